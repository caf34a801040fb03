import XCTest
@testable import CouncilLintCore

final class SourceLinesTests: XCTestCase {
    func test_linesOfAText_areCutAtEachNewline_theLastRunningToTheEnd() throws {
        let source = try SourceText(bytes: Array("Minutes\r\n\r\n7. Cllr Hale\u{2019}s item \u{00A3}5\r\nEnd".utf8), path: "m.txt")
        XCTAssertEqual(Array(source.lines), ["Minutes", "", "7. Cllr Hale\u{2019}s item \u{00A3}5", "End"])
        XCTAssertEqual(source.lines.text, source.text)
    }

    func test_aFinalNewline_endsWithAnEmptyLine_andAnEmptyTextIsOneEmptyLine() throws {
        XCTAssertEqual(Array(try SourceText(bytes: Array("a\nb\n".utf8), path: "t.txt").lines), ["a", "b", ""])
        XCTAssertEqual(Array(try SourceText(bytes: [], path: "t.txt").lines), [""])
    }

    func test_linesGivenOneByOne_areJoinedByNewlines_andNoneIsNoLine() {
        let lines = SourceLines(["# Agenda", "", "1. Apologies \u{2013} none"])
        XCTAssertEqual(lines.text, "# Agenda\n\n1. Apologies \u{2013} none")
        XCTAssertEqual(Array(lines), ["# Agenda", "", "1. Apologies \u{2013} none"])
        let none: SourceLines = []
        XCTAssertEqual(none.count, 0)
        XCTAssertEqual(Array(SourceLines([""])), [""])
    }
}
