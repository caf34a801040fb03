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
            XCTAssertEqual(table.value(for: WordText(word)), value)
        }
        XCTAssertNil(table.value(for: WordText("word2000")))
        let possessive = words("Word17's")[0]
        XCTAssertNil(table.value(for: possessive))
        XCTAssertEqual(table.value(forStemOf: possessive), 17)
        XCTAssertNil(table.value(forStemOf: words("Word17")[0]), "only a possessive has a stem of its own")
    }

    func test_wordSignature_neverRulesOutAWordItHolds_possessivesThroughTheirStems() {
        for index in 0..<2_000 {
            let sentence = words("The report of word\(index)'s clerk and word\(index + 1)")
            let signature = sentence.withUnsafeBufferPointer { WordSignature($0) }
            for vocabulary in ["word\(index)", "word\(index + 1)", "clerk", "the"] {
                XCTAssertTrue(signature.mayShareAWord(with: WordSignature([WordText(vocabulary)])), vocabulary)
            }
        }
        let matcher = PhraseMatcher(["clerk report"])
        XCTAssertEqual(matcher.matches(in: Words(words("The Clerk's report was noted"))).map(\.wordRange), [1..<3])
    }

    func test_wordSignature_rulesOutMostVocabulariesOfOneWord_forAShortSentence() {
        let signature = words("The Clerk reported on the verges").withUnsafeBufferPointer { WordSignature($0) }
        let sharing = (0..<2_000).filter { signature.mayShareAWord(with: WordSignature([WordText("word\($0)")])) }
        // Five distinct words set at most five of the 64 bits.
        XCTAssertLessThan(sharing.count, 2_000 * 5 / 64 + 60)
    }

    func test_firstWordFilter_neverRulesOutAFirstWord_possessivesThroughTheirStems_andRulesOutMostOthers() {
        let firstWords = (0..<20).map { WordText("word\($0)") }
        let filter = FirstWordFilter(firstWords)
        for index in 0..<20 {
            XCTAssertTrue(filter.mayStart(words("Word\(index)")[0]))
            XCTAssertTrue(filter.mayStart(words("word\(index)'s")[0]), "a possessive starts its stem's phrases")
        }
        let passing = (20..<2_020).filter { filter.mayStart(words("word\($0)")[0]) }
        // Twenty words set at most twenty of the 256 bits.
        XCTAssertLessThan(passing.count, 2_000 * 20 / 256 + 60)
    }

    /// The matcher against a plain reading of the phrase rules, word by word: at each word, the
    /// longest phrase that matches there (a word matches as written or as a possessive's stem,
    /// "word*" by prefix, "#" any number).
    func test_matches_areTheLongestPhraseAtEachWord_asThePlainRulesReadThem() {
        let phrases = ["clerk", "town clerk", "town clerk to the council", "to receive", "to receive and note", "to note",
                       "the clerk's report", "dismiss* from", "item #", "# items", "report*", "to"]
        let matcher = PhraseMatcher(phrases)
        let texts = [
            "The Town Clerk's report was received; to receive and note the Town Clerk to the Council's letter",
            "To Note: item 7 and 3 items to receive, to notes, to; dismissed from post, dismissal",
            "the Clerk’s report, the clerks report, the clerk's reports, Town Clerks", "town", "to",
        ]
        func matchesAsWritten(_ pattern: Substring, _ word: Word) -> Bool {
            if pattern == "#" { return word.startsWithDigit }
            if pattern.hasSuffix("*") { return word.lower.description.hasPrefix(pattern.dropLast()) }
            let expected = WordText(String(pattern))
            return word.lower == expected || (word.isPossessive && word.stem == expected)
        }
        var (matchedWords, allWords) = (0, 0)
        for text in texts {
            let sentence = Words(words(text))
            var expected: [Range<Int>] = []
            for start in sentence.indices {
                let ends = phrases.compactMap { phrase -> Int? in
                    let patterns = phrase.split(separator: " ")
                    guard start + patterns.count <= sentence.count,
                          zip(patterns, sentence[start...]).allSatisfy(matchesAsWritten) else { return nil }
                    return start + patterns.count
                }
                if let end = ends.max() { expected.append(start..<end) }
            }
            XCTAssertEqual(matcher.matches(in: sentence).map(\.wordRange), expected, text)
            (matchedWords, allWords) = (matchedWords + expected.count, allWords + sentence.count)
        }
        XCTAssertTrue(matchedWords > 10 && allWords - matchedWords > 10, "both outcomes are tried often: \(matchedWords) of \(allWords)")
    }

    func test_groupMatches_areWhereAndWhatEachGroupsOwnMatcherFinds() {
        // Phrases opening with "the" in every group: each group has its own longest match there.
        let groups = [["the clerk", "clerk", "reported", "the clerk reported that"],
                      ["report*", "#", "clerk's report", "the clerk's report"], ["the", "item #", "the clerk's"]]
        let grouped = PhraseMatcher(groups: groups)
        let texts = ["The Clerk reported that the clerk's report of 3 May was noted", "Nothing here",
                     "Reports, reporting; 12 and 14", "The Clerk reported on item 6"]
        for text in texts {
            let sentence = Words(words(text))
            var starts: [[Int]] = [[], [], []]
            grouped.forEachGroupMatch(in: sentence) { group, start in starts[group].append(start) }
            XCTAssertEqual(starts, groups.map { PhraseMatcher($0).matches(in: sentence).map(\.wordRange.lowerBound) }, text)
            var ranges: [[Range<Int>]] = [[], [], []]
            var previousStart = 0
            grouped.forEachGroupLongestMatch(in: sentence) { group, range in
                XCTAssertGreaterThanOrEqual(range.lowerBound, previousStart, "in order of position")
                previousStart = range.lowerBound
                ranges[group].append(range)
            }
            XCTAssertEqual(ranges, groups.map { PhraseMatcher($0).matches(in: sentence).map(\.wordRange) }, text)
        }
        var counts = [0, 0, 0]
        grouped.forEachGroupMatch(in: Words(words("The Clerk reported on item 6"))) { group, _ in counts[group] += 1 }
        XCTAssertEqual(counts, [3, 2, 2], "once at each word where a group's phrase starts, however many of its phrases do")
    }

    func test_fewCapitalisedWords_outsideARange_isALineThatIsOnlyADate() {
        func check(_ text: String, date: String) -> Bool {
            let start = text.utf8.count - date.utf8.count
            return Words(words(text)).hasFewCapitalisedWords(outside: start..<text.utf8.count, atMost: 6)
        }
        XCTAssertTrue(check("28 April 2026", date: "28 April 2026"))
        XCTAssertTrue(check("Harnford Borough Council, 3 March 2026", date: "3 March 2026"))
        XCTAssertFalse(check("The park reopens on 3 March 2026", date: "3 March 2026"), "a lowercase word")
        XCTAssertFalse(check("Harnford Borough Council Press Office News Desk Team, 3 March 2026", date: "3 March 2026"),
                       "seven words besides the date")
    }

    func test_vocabularyWords_normalisedOnce_areTheWordsNormalisedAgain() {
        let phrases = RuleCatalogue.builtIn.rules.flatMap { $0.vocabulary.values.joined() } + ["Council’s", "CAFÉ", "İstanbul", "ÆSIR"]
        XCTAssertGreaterThan(phrases.count, 500)
        for phrase in phrases {
            for token in WordKey.normalised(phrase).utf8.split(separator: UInt8(ascii: " ")).map({ String(Substring($0)) }) {
                XCTAssertEqual(WordText(normalised: token), WordText(token), token)
                XCTAssertEqual(WordText(normalised: token).count, WordText(token).count, token)
            }
            XCTAssertEqual(WordKey.normalised(phrase).utf8.split(separator: UInt8(ascii: " ")).count,
                           WordKey.normalised(phrase).split(separator: " ").count, phrase)
        }
        XCTAssertTrue(PhraseMatcher(["the clerk’s report"]).contains(in: Words(words("THE CLERK'S REPORT was noted"))))
    }

    func test_laterEntries_replaceEarlierOnes() {
        XCTAssertEqual(WordTable([("his", false), ("HIS", true)]).value(for: words("his")[0]), true)
    }

    func test_wordText_comparesTheBytes_notOnlyTheKey() {
        let clerk = WordText("clerk")
        // Words of the same length and key but other bytes must not pass as the same word.
        let impostor = "chair".utf8.withContiguousStorageIfAvailable { WordText(lowered: $0, key: clerk.key, count: 5) }!
        XCTAssertNotEqual(clerk, impostor)
        XCTAssertEqual(words("CLERK")[0].lower, clerk)
        XCTAssertNotEqual(words("clerks")[0].lower, clerk)
    }

    func test_wordText_ofAWordLongerThanItKeeps_comparesByLengthKeyAndFirstBytes() {
        let long = "Counterrevolutionaries-Extraordinaire"
        let word = words(long)[0]
        XCTAssertFalse(word.lower.isComplete)
        XCTAssertEqual(word.lower.utf8Count, long.utf8.count)
        XCTAssertEqual(word.lower, WordText(long))
        XCTAssertNotEqual(word.lower, WordText("Counterrevolutionaries-Extraordinair"), "one byte shorter")
        XCTAssertNotEqual(word.lower, WordText("Counterrevolutionaries-Extraordinairx"), "the same length and first bytes")
        XCTAssertTrue(word.lower.hasPrefix("counterrevolutio"), "a prefix of the bytes kept")
        XCTAssertEqual(ItemSentences.first(long).lowercasedText(of: word), long.lowercased(), "the whole word from its sentence")
        XCTAssertTrue(word.lower.description.hasSuffix("…"))
    }

    func test_stems_ofPossessives_andUnicodeWords() {
        XCTAssertEqual(words("Clerk's")[0].stem, WordText("clerk"))
        XCTAssertEqual(words("Council’s")[0].stem, WordText("council"))
        XCTAssertEqual(words("Clerk")[0].stem, WordText("clerk"))
        XCTAssertTrue(words("Clerk's")[0].stem == "clerk", "compared with a word written in the code")
        XCTAssertFalse(words("Clerks")[0].lower == "clerk")
        let accented = words("Ménière's")[0]
        XCTAssertEqual(accented.stem, WordText("ménière"))
        XCTAssertEqual(accented.lower.count, 9, "characters, not bytes")
        XCTAssertTrue(words("Élan")[0].isCapitalised)
    }

    func test_words_stayPlainAndSmall() {
        // BitwiseCopyable (checked by the compiler) keeps copies free of reference counting; the
        // size is what a huge file pays per word (20 MB of text is about three million words).
        XCTAssertLessThanOrEqual(MemoryLayout<Word>.stride, 56)
        // A view of words is copied at every question a check asks of a sentence: three machine
        // words, or its copies cost more than the Bloom signature it carries saves.
        XCTAssertLessThanOrEqual(MemoryLayout<Words>.size, 3 * MemoryLayout<Int>.size)
    }

    func test_prefixes_matchOnTheBytesKept() {
        XCTAssertTrue(words("interests")[0].lower.hasPrefix("interest"))
        XCTAssertFalse(words("inter")[0].lower.hasPrefix("interest"))
        XCTAssertEqual(WordText(prefixOf: String(repeating: "a", count: 30)).utf8Count, WordText.capacity)
    }
}

/// The first sentence of a one-block document.
private enum ItemSentences {
    static func first(_ text: String) -> Sentence {
        let document = Document(path: "t", format: .plainText, blocks: [Block(kind: .paragraph, text: text, anchors: [])])
        return ItemSegmenter.segment(document).sentences[0]
    }
}
