import XCTest
@testable import CouncilLintCore

final class MarkdownReporterTests: XCTestCase {
    func test_sampleReport_matchesStoredSummary() throws {
        try ReporterResources.assertOutput(MarkdownReporter().render(ReporterSamples.report), matches: "sample.md")
    }

    func test_cleanReport_saysNoFindings() {
        XCTAssertEqual(MarkdownReporter().render(ReporterSamples.cleanReport), """
            ## councillint

            | Files | Errors | Warnings | Info |
            | ---: | ---: | ---: | ---: |
            | 1 | 0 | 0 | 0 |

            No findings.

            """)
    }

    func test_multiLineMessage_staysInItsTableRow() {
        let report = ReporterSamples.report(with: ReporterSamples.finding(
            rule: "councillor-instructing-staff", severity: .warning, message: "told the Clerk:\n*urgent* | today"))
        XCTAssertTrue(MarkdownReporter().render(report).contains(
            "| warning | councillor-instructing-staff | told the Clerk: \\*urgent\\* \\| today | 25/041 |\n"))
    }
}
