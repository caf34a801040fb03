import Foundation
import XCTest
@testable import CouncilLintCore

/// Lints every document under fixtures/examples with the profile beside them and compares the
/// result with the `.expected` file next to each document. Set UPDATE_EXPECTED=1 to rewrite the
/// expected files after a deliberate change (then read the diff).
final class FixtureTests: XCTestCase {
    static let root = RuleCatalogueTests.repositoryRoot
    static let examples = root.appendingPathComponent("fixtures/examples")

    func test_everyExample_producesItsExpectedFindings() throws {
        let files = try Self.exampleDocuments()
        XCTAssertGreaterThanOrEqual(files.count, 8, "fixtures/examples should hold documents of every kind and format")
        let linter = Linter(catalogue: .builtIn)
        let update = ProcessInfo.processInfo.environment["UPDATE_EXPECTED"] == "1"
        for file in files {
            let relative = String(file.path.dropFirst(Self.root.path.count + 1))
            let report = linter.lint(LintInput(source: .file(file.path), displayPath: relative))
            let actual = Self.render(report)
            let expectedURL = URL(fileURLWithPath: file.path + ".expected")
            if update {
                try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            XCTAssertEqual(actual, expected, "\(relative) differs from its .expected file")
        }
    }

    func test_examplesCoverEveryKindAndFormat() throws {
        let files = try Self.exampleDocuments()
        let formats = Set(files.compactMap { DocumentFormat(pathExtension: $0.pathExtension) })
        XCTAssertEqual(formats, Set(DocumentFormat.allCases))
    }

    static func exampleDocuments() throws -> [URL] {
        let enumerator = FileManager.default.enumerator(at: examples, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if DocumentFormat(pathExtension: url.pathExtension) != nil { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    static func render(_ report: FileReport) -> String {
        var out = "kind: \(report.kind?.rawValue ?? "-")\ndate: \(report.date ?? "-")\n"
        if let error = report.error { out += "error: \(error)\n" }
        let text = TextReporter(colour: false)
        for finding in report.findings {
            out += "\n" + text.render(finding)
        }
        return out
    }
}
