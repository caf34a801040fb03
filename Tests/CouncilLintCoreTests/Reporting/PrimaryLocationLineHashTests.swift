import XCTest
@testable import CouncilLintCore

/// Vectors from github/codeql-action's src/fingerprints.test.ts, plus values cross-checked against a
/// direct port of its src/fingerprints.ts (UTF-16 code units, as JavaScript's charCodeAt reads them).
final class PrimaryLocationLineHashTests: XCTestCase {
    func test_emptyFile_hasOneLineWithTheEndOfFileHash() {
        XCTAssertEqual(PrimaryLocationLineHash.hashes(ofText: ""), ["c129715d7a2bc9a3:1"])
    }

    func test_leadingSpacesAndTabs_areSkipped() {
        XCTAssertEqual(PrimaryLocationLineHash.hashes(ofText: " a\nb\n  \t\tc\n d"),
                       ["271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1"])
    }

    func test_trailingNewline_changesEveryHashAndAddsALine() {
        XCTAssertEqual(PrimaryLocationLineHash.hashes(ofText: " hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End"), [
            "8b7cf3e952e7aeb2:1", "b1ae1287ec4718d9:1", "bff680108adb0fcc:1",
            "c6805c5e1288b612:1", "b86d3392aea1be30:1", "e6ceba753e1a442:1",
        ])
        XCTAssertEqual(PrimaryLocationLineHash.hashes(ofText: " hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n"),
                       Self.helloWorldWithFinalNewline)
    }

    func test_crAndCrlfLineEndings_hashLikeLineFeeds() {
        for text in [
            " hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r",
            " hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n",
            " hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n",
        ] {
            XCTAssertEqual(PrimaryLocationLineHash.hashes(ofText: text), Self.helloWorldWithFinalNewline, text.debugDescription)
        }
    }

    func test_sourceLinesOfACrlfFile_hashLikeTheFileItself() throws {
        let source = try SourceText(bytes: Array(" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n".utf8), path: "t.txt")
        XCTAssertEqual(PrimaryLocationLineHash.hashes(ofLines: source.lines), Self.helloWorldWithFinalNewline)
    }

    func test_repeatedLines_countOccurrencesOfTheSameHash() {
        XCTAssertEqual(PrimaryLocationLineHash.hashes(ofText: String(repeating: "Lorem ipsum dolor sit amet.\n", count: 10)), [
            "a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3", "a7f2ff13bc495cf2:4",
            "a7f2ff13bc495cf2:5", "a7f2ff13bc495cf2:6", "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1",
            "55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1", "c129715d7a2bc9a3:1",
        ])
    }

    func test_curlyApostropheAndPoundSign_countAsOneCodeUnitEach() {
        let hashes = PrimaryLocationLineHash.hashes(ofLines: ReporterSamples.minutesLines)
        XCTAssertEqual(hashes.count, ReporterSamples.minutesLines.count)
        XCTAssertEqual(hashes[8], "b153ef3432b9e454:1")
        XCTAssertEqual(hashes[9], "3e19fe84daa2b7a1:1")
    }

    func test_emojiOutsideTheBasicPlane_countsAsTwoCodeUnits() {
        let text = String(repeating: "Cllr Hale 👍 said\r\n\tyes\r\n", count: 3) + String(repeating: "x", count: 150) + "\nend"
        XCTAssertEqual(PrimaryLocationLineHash.hashes(ofText: text), [
            "69282f15dd7f5a85:1", "ab4d27cf52c4536d:1", "108a5e01557c6fb2:1", "ab70cf2133b94196:1",
            "aa681a7195f4fc4b:1", "12c8be4a8266a0bb:1", "52b56201ffb58620:1", "43b6461eda086fe2:1",
        ])
    }

    private static let helloWorldWithFinalNewline = [
        "e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1",
        "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1",
    ]
}
