import Foundation
import XCTest
@testable import CouncilLintCore

final class SARIFReporterTests: XCTestCase {
    private let reporter = SARIFReporter(workingDirectory: ReporterSamples.workingDirectory)

    func test_sampleReport_matchesStoredSARIF() throws {
        try ReporterResources.assertOutput(reporter.render(ReporterSamples.report), matches: "sample.sarif")
    }

    func test_sampleReport_isValidAgainstTheSARIF210Schema() throws {
        try ExternalValidator.requireTool(["python3", "-c", "import jsonschema"],
                                          otherwise: "python3 with the jsonschema module is not installed")
        let document = try ExternalValidator.temporaryFile(reporter.render(ReporterSamples.report), suffix: ".sarif")
        defer { try? FileManager.default.removeItem(at: document) }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            document = json.load(open(sys.argv[2], encoding="utf-8"))
            validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
            errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
            print("\\n".join(errors))
            sys.exit(1 if errors else 0)
            """
        let outcome = try ExternalValidator.run(["python3", "-c", script,
                                                 ReporterResources.schema("sarif-schema-2.1.0.json"), document.path])
        XCTAssertEqual(outcome.status, 0, outcome.output)
    }

    func test_results_carryCodeScanningLineHashOfTheirStartLine() throws {
        let results = try run(of: ReporterSamples.report)["results"] as? [[String: Any]] ?? []
        let hashes = results.map { ($0["partialFingerprints"] as? [String: String])?["primaryLocationLineHash"] }
        XCTAssertEqual(hashes, ["b153ef3432b9e454:1", "3e19fe84daa2b7a1:1"])
    }

    func test_paths_areRelativeURIsUnderTheSourceRoot() throws {
        var report = ReporterSamples.report
        report.files[0].findings[0].path = "./minutes/Cllr Hale’s notes.txt"
        let location = try firstArtifactLocation(of: report)
        XCTAssertEqual(location["uri"] as? String, "minutes/Cllr%20Hale%E2%80%99s%20notes.txt")
        XCTAssertEqual(location["uriBaseId"] as? String, "%SRCROOT%")
    }

    func test_fileOutsideTheWorkingDirectory_isAnAbsoluteFileURIWithoutBase() throws {
        var report = ReporterSamples.report
        report.files[0].findings[0].path = "../archive/2019 minutes.txt"
        let location = try firstArtifactLocation(of: report)
        XCTAssertEqual(location["uri"] as? String, "file:///home/clerk/archive/2019%20minutes.txt")
        XCTAssertNil(location["uriBaseId"])
    }

    func test_infoFinding_hasLevelNote() throws {
        let report = ReporterSamples.report(with: ReporterSamples.finding(rule: "staff-capability-in-public", severity: .info))
        let result = try XCTUnwrap((try run(of: report)["results"] as? [[String: Any]])?.first)
        XCTAssertEqual(result["level"] as? String, "note")
    }

    func test_ruleMissingFromTheCatalogue_getsADescriptorThatItsResultPointsAt() throws {
        var report = ReporterSamples.report
        report.files[0].findings.append(ReporterSamples.finding(rule: "unused-suppression", severity: .info))
        let run = try run(of: report)
        let rules = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]] ?? []
        XCTAssertEqual(rules.map { $0["id"] as? String }, ["staff-capability-in-public", "councillor-instructing-staff", "unused-suppression"])
        XCTAssertEqual(rules.last?["name"] as? String, "UnusedSuppression")
        let result = (run["results"] as? [[String: Any]])?.last
        XCTAssertEqual(result?["ruleIndex"] as? Int, 2)
    }

    func test_allFilesRead_executionSuccessfulWithoutNotifications() throws {
        let invocation = (try run(of: ReporterSamples.cleanReport)["invocations"] as? [[String: Any]])?.first
        XCTAssertEqual(invocation?["executionSuccessful"] as? Bool, true)
        XCTAssertNil(invocation?["toolExecutionNotifications"])
    }

    private func run(of report: LintReport) throws -> [String: Any] {
        let log = try JSONSerialization.jsonObject(with: Data(reporter.render(report).utf8)) as? [String: Any]
        return try XCTUnwrap((log?["runs"] as? [[String: Any]])?.first)
    }

    private func firstArtifactLocation(of report: LintReport) throws -> [String: Any] {
        let result = (try run(of: report)["results"] as? [[String: Any]])?.first
        let location = (result?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        return try XCTUnwrap(location?["artifactLocation"] as? [String: Any])
    }
}
