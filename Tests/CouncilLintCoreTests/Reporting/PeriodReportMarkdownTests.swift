import XCTest
@testable import CouncilLintCore

final class PeriodReportMarkdownTests: XCTestCase {
    private let markdown = PeriodReportMarkdown().render(PeriodReportSamples.report)

    func test_sampleReport_matchesStoredSummary() throws {
        try ReporterResources.assertOutput(markdown, matches: "period.md")
    }

    func test_trend_isASparklineAndATable() {
        XCTAssertTrue(markdown.contains("`▃▁▁▁▁▁▁▅▃▁▁█` findings per month, May 2024 to April 2025"))
        XCTAssertTrue(markdown.contains("| **April 2025** | 3 | 2 | 1 | 1 | 4 |"))
        XCTAssertTrue(markdown.contains("| August 2024 | 0 | 0 | 0 | 0 | 0 |"))
    }

    func test_sparkline_keepsAnyFindingAboveTheFloor() {
        XCTAssertEqual(PeriodReportMarkdown.sparkline([0, 1, 50, 100]), "▁▂▅█")
        XCTAssertEqual(PeriodReportMarkdown.sparkline([0, 0]), "▁▁")
    }

    func test_scriptInAMinute_isEscaped() {
        XCTAssertTrue(markdown.contains("\"\\<script\\>alert(1)\\</script\\>\" \\& 'fix it’"))
        XCTAssertFalse(markdown.contains("<script>"))
    }
}
