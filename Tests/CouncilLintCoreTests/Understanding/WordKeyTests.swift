import XCTest
@testable import CouncilLintCore

final class WordKeyTests: XCTestCase {
    private func words(_ text: String) -> [Word] {
        SentenceSplitter.words(in: text, range: 0..<text.utf8.count)
    }

    func test_wordKeys_areTheSameWhicheverWayTheWordWasCut() {
        // The ASCII fast path and the Unicode path must agree, or a vocabulary would miss words.
        let ascii = words("Clerk's CLERK clerk")
        let unicode = words("Clerk’s Clérk")
        XCTAssertEqual(ascii[0].key, unicode[0].key, "’s and 's")
        XCTAssertEqual(ascii[0].stemKey, ascii[1].key)
        XCTAssertEqual(ascii[1].key, ascii[2].key)
        XCTAssertEqual(unicode[0].stemKey, WordKey.of("clerk".utf8))
        XCTAssertEqual(unicode[1].key, WordKey.of("clérk".utf8))
        XCTAssertTrue(ascii[0].isPossessive)
        XCTAssertFalse(ascii[1].isPossessive)
        XCTAssertFalse(words("'s")[0].isPossessive, "nothing before the 's")
    }

    func test_wordSet_findsItsWords_inAnyCase_andNothingElse() {
        let set: WordSet = ["present", "apologies", "Council’s"]
        let found = words("PRESENT: Apologies from the council's clerk; presentation").map { set.contains($0) }
        XCTAssertEqual(found, [true, true, false, false, true, false, false])
    }

    func test_wordTable_keepsEveryEntryThroughGrowth_andFindsStemsOfPossessives() {
        let entries = (0..<2_000).map { ("word\($0)", $0) }
        let table = WordTable(entries)
        for (word, value) in entries {
            XCTAssertEqual(table.value(forKey: WordKey.of(word.utf8), word: word), value)
        }
        XCTAssertNil(table.value(forKey: WordKey.of("word2000".utf8), word: "word2000"))
        let possessive = words("Word17's")[0]
        XCTAssertNil(table.value(for: possessive))
        XCTAssertEqual(table.value(forKey: possessive.stemKey, stemOf: possessive.lower), 17)
    }

    func test_wordTable_comparesTheWords_notOnlyTheirKeys() {
        let table = WordTable([("clerk", 1)])
        // The same key with another word is not a match (a collision must not pass as one).
        XCTAssertNil(table.value(forKey: WordKey.of("clerk".utf8), word: "chair"))
    }

    func test_laterEntries_replaceEarlierOnes() {
        XCTAssertEqual(WordTable([("his", false), ("HIS", true)]).value(for: words("his")[0]), true)
    }
}
