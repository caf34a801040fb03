import Foundation
import XCTest
@testable import CouncilLintCore

/// Inline suppression comments and profile `ignore` entries, as the interface defines them.
final class SuppressionTests: XCTestCase {
    private let staffSentence = "Members discussed the Deputy Clerk's repeated lateness."

    private func minutes(_ body: String) -> String {
        """
        # Ashcombe Town Council

        Minutes of the meeting held on Wednesday 9 April 2025

        1\\. **Declarations of interest.** None.

        2\\. **Staffing.**

        \(body)
        """
    }

    private func lint(_ text: String, profile: CouncilProfile? = nil, path: String = "minutes/2025-04-09.md") -> [Finding] {
        let linter = Linter(catalogue: .builtIn, options: Linter.Options(kind: .minutes, profile: profile, discoverProfiles: false))
        return linter.lint(bytes: Array(text.utf8), path: path, format: .markdown, profile: profile).findings
    }

    func test_disableNextLine_withReason_suppressesTheFindingBelowIt() {
        let findings = lint(minutes("<!-- councillint-disable-next-line staff-capability-in-public -- agreed with the Monitoring Officer -->\n\(staffSentence)"))
        XCTAssertTrue(findings.isEmpty, "\(findings.map(\.message))")
    }

    func test_withoutTheComment_theFindingIsReported() {
        XCTAssertEqual(lint(minutes(staffSentence)).map(\.rule), ["staff-capability-in-public"])
    }

    func test_suppressionWithoutReason_isReportedAsInfo() {
        let findings = lint(minutes("<!-- councillint-disable-next-line staff-capability-in-public -->\n\(staffSentence)"))
        XCTAssertEqual(findings.map(\.rule), [SuppressionFilter.ruleID])
        XCTAssertEqual(findings.first?.severity, .info)
        XCTAssertTrue(findings.first?.message.contains("no reason") ?? false)
    }

    func test_suppressionThatSuppressesNothing_isReportedAsInfo() {
        let findings = lint(minutes("<!-- councillint-disable-next-line party-political-publicity -- old note -->\nThe minutes were approved."))
        XCTAssertEqual(findings.map(\.rule), [SuppressionFilter.ruleID])
        XCTAssertTrue(findings.first?.message.contains("suppresses nothing") ?? false)
    }

    func test_disableEnableRegion_coversOnlyTheLinesBetween() {
        let text = minutes("""
        <!-- councillint-disable staff-capability-in-public -- the committee asked for this record -->
        \(staffSentence)

        <!-- councillint-enable staff-capability-in-public -->

        The Groundsman's sickness absence was noted.
        """)
        let findings = lint(text).filter { $0.rule == "staff-capability-in-public" }
        XCTAssertEqual(findings.count, 1)
        XCTAssertTrue(findings.first?.excerpt.contains("Groundsman") ?? false)
    }

    func test_profileIgnoreEntry_matchesFileGlobRuleAndLineText() throws {
        let json = #"{"ignore": [{"file": "minutes/2025-*.md", "rule": "staff-capability-in-public", "contains": "repeated lateness", "reason": "historic record"}]}"#
        let profile = try CouncilProfile.parse(bytes: Array(json.utf8), path: "p.json").0
        XCTAssertTrue(lint(minutes(staffSentence), profile: profile).isEmpty)
        XCTAssertEqual(lint(minutes(staffSentence), profile: profile, path: "minutes/2024-04-09.md").map(\.rule), ["staff-capability-in-public"])
        let other = minutes("The Groundsman's sickness absence was noted.")
        XCTAssertEqual(lint(other, profile: profile).map(\.rule), ["staff-capability-in-public"])
    }
}
