import Foundation
import XCTest
@testable import CouncilLintCore

final class JUnitReporterTests: XCTestCase {
    private let reporter = JUnitReporter(timestamp: ReporterSamples.timestamp)

    func test_sampleReport_matchesStoredJUnit() throws {
        try ReporterResources.assertOutput(reporter.render(ReporterSamples.report), matches: "sample.junit.xml")
    }

    func test_sampleAndCleanReports_areValidAgainstTheJUnitSchema() throws {
        try ExternalValidator.requireTool(["xmllint", "--version"], otherwise: "xmllint is not installed (apt-get install libxml2-utils)")
        for report in [ReporterSamples.report, ReporterSamples.cleanReport] {
            let document = try ExternalValidator.temporaryFile(reporter.render(report), suffix: ".xml")
            defer { try? FileManager.default.removeItem(at: document) }
            let outcome = try ExternalValidator.run(["xmllint", "--noout", "--schema", ReporterResources.schema("junit.xsd"), document.path])
            XCTAssertEqual(outcome.status, 0, outcome.output)
        }
    }

    func test_infoFinding_goesToSystemOutAndDoesNotFail() {
        let xml = reporter.render(ReporterSamples.report(with: ReporterSamples.finding(rule: "unused-suppression", severity: .info)))
        XCTAssertFalse(xml.contains("<failure"))
        XCTAssertTrue(xml.contains("failures=\"0\""))
        XCTAssertTrue(xml.contains("<system-out>minutes/2025-04-09 Full Council.txt:3:10: info: "))
    }

    func test_charactersXMLCannotCarry_areDropped() {
        let xml = render(warning: "form feed\u{0C} bell\u{07} and \u{FFFF} gone")
        XCTAssertTrue(xml.contains("message=\"[councillor-instructing-staff] form feed bell and  gone\""))
    }

    func test_lineBreakInAMessage_survivesInTheAttribute() {
        XCTAssertTrue(render(warning: "first\r\nsecond").contains("message=\"[councillor-instructing-staff] first&#13;&#10;second\""))
    }

    private func render(warning message: String) -> String {
        reporter.render(ReporterSamples.report(with: ReporterSamples.finding(
            rule: "councillor-instructing-staff", severity: .warning, message: message)))
    }
}
