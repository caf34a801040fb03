import Foundation
import XCTest
@testable import CouncilLintCore

/// The streamed output is written in blocks; what reaches the file must be the whole report,
/// however the blocks fall.
final class StreamedOutputTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("streamed-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A run whose files and findings sections each outgrow several blocks.
    private var manyFiles: LintReport {
        let sample = ReporterSamples.report
        let files = (0..<1_500).map { index in
            var file = sample.files[index % sample.files.count]
            file.path = "minutes/\(index).txt"
            file.findings = file.findings.map { finding in
                var moved = finding
                moved.path = file.path
                return moved
            }
            return file
        }
        return LintReport(files: files, runFindings: sample.runFindings, rules: sample.rules)
    }

    private func streamed(_ reporter: any StreamingReporter, _ report: LintReport) throws -> String {
        let path = folder + "/report.out"
        let output = try StreamedOutput(reporter, to: path)
        for file in report.files { try output.add(file) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "the report appears only when whole")
        try output.finish(runFindings: report.runFindings)
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    func test_json_streamedInBlocks_isTheWholeReport() throws {
        let report = manyFiles
        let rendered = JSONReporter().render(report)
        XCTAssertGreaterThan(rendered.utf8.count, 4 << 16, "the sample must span several blocks")
        XCTAssertEqual(try streamed(JSONReporter(), report), rendered)
    }

    func test_text_streamedInBlocks_isTheWholeReport() throws {
        let report = manyFiles
        XCTAssertEqual(try streamed(TextReporter(colour: false), report), TextReporter(colour: false).render(report))
    }

    func test_aRunWithNoFiles_stillWritesTheWholeDocument() throws {
        let report = LintReport(files: [], rules: ReporterSamples.report.rules)
        XCTAssertEqual(try streamed(JSONReporter(), report), JSONReporter().render(report))
    }
}
