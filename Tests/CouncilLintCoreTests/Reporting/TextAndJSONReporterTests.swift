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

    // MARK: Written as the run goes

    func test_jsonWrittenFileByFile_isTheDocumentOfTheWholeReport_inEveryShape() throws {
        let sample = ReporterSamples.report
        let clean = LintReport(files: sample.files.map { var file = $0; file.findings = []; return file }, rules: sample.rules)
        let reports = [
            sample,
            LintReport(files: [], rules: sample.rules),
            clean,
            LintReport(files: [], runFindings: sample.runFindings.isEmpty ? [Self.runNote] : sample.runFindings, rules: sample.rules),
            LintReport(files: clean.files, runFindings: [Self.runNote], rules: sample.rules),
        ]
        for report in reports {
            XCTAssertEqual(JSONReporter().render(report), Self.wholeTreeJSON(report))
        }
    }

    func test_textWrittenFileByFile_countsEveryFileInItsSummary() {
        var reporter = TextReporter(colour: false)
        var output = ""
        for file in ReporterSamples.report.files { output += reporter.add(file).joined() }
        output += reporter.finish(runFindings: [Self.runNote]).joined()
        XCTAssertEqual(output, TextReporter(colour: false).render(LintReport(files: ReporterSamples.report.files, runFindings: [Self.runNote],
                                                                             rules: [])))
        XCTAssertTrue(output.contains("in \(ReporterSamples.report.files.count) files"), output)
    }

    private static let runNote = Finding(rule: "undeclared-interest", severity: .info, path: "",
                                         range: SourceRange(start: SourcePosition(line: 0, column: 0), end: SourcePosition(line: 0, column: 0)),
                                         message: "no council profile", excerpt: "", citation: "")

    /// The interface's JSON built as one tree and written at once: what the streamed output must equal.
    private static func wholeTreeJSON(_ report: LintReport) -> String {
        let findings: [JSONValue] = report.allFindings.map { finding in
            [
                "rule": .string(finding.rule), "severity": .string(finding.severity.rawValue), "file": .string(finding.path),
                "line": .integer(finding.range.start.line), "column": .integer(finding.range.start.column),
                "endLine": .integer(finding.range.end.line), "endColumn": .integer(finding.range.end.column),
                "message": .string(finding.message), "excerpt": .string(JSONReporter.trimmedExcerpt(finding.excerpt)),
                "item": finding.item.map(JSONValue.string) ?? .null, "protocol": .string(finding.citation),
                "help": finding.help.map(JSONValue.string) ?? .null,
            ]
        }
        let files: [JSONValue] = report.files.map { file in
            ["file": .string(file.path), "kind": file.kind.map { .string($0.rawValue) } ?? .null,
             "date": file.date.map(JSONValue.string) ?? .null, "error": file.error.map { .string($0.description) } ?? .null]
        }
        let summary: JSONValue = [
            "files": .integer(report.files.count), "findings": .integer(findings.count), "error": .integer(report.count(of: .error)),
            "warning": .integer(report.count(of: .warning)), "info": .integer(report.count(of: .info)),
        ]
        return JSONWriter().string(["version": 1, "findings": .array(findings), "files": .array(files), "summary": summary]) + "\n"
    }
}
