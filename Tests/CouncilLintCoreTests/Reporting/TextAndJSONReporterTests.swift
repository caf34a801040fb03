import Foundation
import XCTest
@testable import CouncilLintCore

final class TextAndJSONReporterTests: XCTestCase {
    func test_textReporter_matchesStoredOutput() throws {
        try ReporterResources.assertOutput(TextReporter(colour: false).render(ReporterSamples.report), matches: "sample.txt")
    }

    func test_jsonReporter_matchesStoredOutput_andHasTheInterfaceFields() throws {
        let output = JSONReporter().render(ReporterSamples.report)
        try ReporterResources.assertOutput(output, matches: "sample.json")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        XCTAssertEqual(json["version"] as? Int, 1)
        let finding = try XCTUnwrap((json["findings"] as? [[String: Any]])?.first)
        for key in ["rule", "severity", "file", "line", "column", "endLine", "endColumn", "message", "excerpt", "item", "protocol"] {
            XCTAssertNotNil(finding[key], "finding lacks \(key)")
        }
        let files = try XCTUnwrap(json["files"] as? [[String: Any]])
        XCTAssertTrue(files.allSatisfy { $0.keys.contains("error") }, "every file entry has an error field, null when read")
    }

    func test_colour_onlyWhenAsked() {
        XCTAssertFalse(TextReporter(colour: false).render(ReporterSamples.report).contains("\u{1B}["))
        XCTAssertTrue(TextReporter(colour: true).render(ReporterSamples.report).contains("\u{1B}[1;31m"))
    }
}
