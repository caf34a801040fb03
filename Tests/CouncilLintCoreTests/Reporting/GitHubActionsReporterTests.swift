import XCTest
@testable import CouncilLintCore

final class GitHubActionsReporterTests: XCTestCase {
    private let reporter = GitHubActionsReporter(workingDirectory: ReporterSamples.workingDirectory)

    func test_sampleReport_matchesStoredWorkflowCommands() throws {
        try ReporterResources.assertOutput(reporter.render(ReporterSamples.report), matches: "sample.github.txt")
    }

    func test_propertyValues_escapeColonCommaPercentAndLineBreaks() {
        var finding = ReporterSamples.finding(rule: "councillor-instructing-staff", severity: .warning,
                                              message: "50% of items:\r\nsee, minute 25/041")
        finding.path = "./minutes/Hale, P: 100%.txt"
        let report = ReporterSamples.report(with: finding)
        XCTAssertEqual(reporter.render(report), "::warning file=minutes/Hale%2C P%3A 100%25.txt,line=3,col=10,"
                       + "endLine=3,endColumn=22,title=councillor-instructing-staff::50%25 of items:%0D%0Asee, minute 25/041\n")
    }

    func test_infoFinding_isANotice() {
        let report = ReporterSamples.report(with: ReporterSamples.finding(rule: "unused-suppression", severity: .info))
        XCTAssertTrue(reporter.render(report).hasPrefix("::notice file="))
    }

    func test_cleanReport_writesNothing() {
        XCTAssertEqual(reporter.render(ReporterSamples.cleanReport), "")
    }
}
