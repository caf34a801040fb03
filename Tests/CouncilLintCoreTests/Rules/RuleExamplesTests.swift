import Foundation
import XCTest
@testable import CouncilLintCore

/// Runs every example of every rule in the catalogue, as SwiftLint does with its rule
/// descriptions: a triggering example must report at its ↓ marker, a non-triggering one must
/// stay silent, and each result must hold again with CRLF line endings.
final class RuleExamplesTests: XCTestCase {
    private let marker: Character = "\u{2193}"

    func test_everyRule_hasTriggeringAndNonTriggeringExamples() {
        for rule in RuleCatalogue.builtInWithExamples.rules {
            XCTAssertFalse(rule.examples.triggering.isEmpty, "\(rule.id) has no triggering example")
            XCTAssertFalse(rule.examples.nonTriggering.isEmpty, "\(rule.id) has no non-triggering example")
        }
    }

    func test_everyCatalogueRule_isImplemented_andEveryImplementedRule_isCatalogued() {
        let catalogued = Set(RuleCatalogue.builtIn.rules.map(\.id))
        let implemented = Set(RuleRegistry.all.map { $0.id })
        XCTAssertEqual(catalogued, implemented)
    }

    func test_triggeringExamples_reportAtTheirMarker() throws {
        for rule in RuleCatalogue.builtInWithExamples.rules {
            for (index, example) in rule.examples.triggering.enumerated() {
                let (document, expected) = try XCTUnwrap(strippingMarker(example.document), "\(rule.id) triggering[\(index)] has no ↓ marker")
                for lineEnding in ["\n", "\r\n"] {
                    let findings = try lint(document.replacingOccurrences(of: "\n", with: lineEnding), example: example, rule: rule.id)
                    XCTAssertTrue(findings.contains { $0.range.start == expected },
                                  "\(rule.id) triggering[\(index)] (\(example.note ?? "")): expected a finding at \(expected.line):\(expected.column), got \(findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.message)" })")
                }
            }
        }
    }

    func test_nonTriggeringExamples_reportNothing() throws {
        for rule in RuleCatalogue.builtInWithExamples.rules {
            for (index, example) in rule.examples.nonTriggering.enumerated() {
                for lineEnding in ["\n", "\r\n"] {
                    let findings = try lint(example.document.replacingOccurrences(of: "\n", with: lineEnding), example: example, rule: rule.id)
                    XCTAssertTrue(findings.isEmpty,
                                  "\(rule.id) nonTriggering[\(index)] (\(example.note ?? "")): unexpected \(findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.message)" })")
                }
            }
        }
    }

    private func strippingMarker(_ text: String) -> (String, SourcePosition)? {
        var line = 1
        var column = 1
        var output = ""
        var position: SourcePosition?
        for character in text {
            if character == marker {
                position = SourcePosition(line: line, column: column)
                continue
            }
            output.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return position.map { (output, $0) }
    }

    private func lint(_ text: String, example: RuleExample, rule: String) throws -> [Finding] {
        var profile: CouncilProfile?
        if let json = example.profile {
            let data = try JSONEncoder().encode(json)
            profile = try CouncilProfile.parse(bytes: Array(data), path: "example-profile.json").0
        }
        let kind = example.kind.flatMap(DocumentKind.init(rawValue:))
        let linter = Linter(catalogue: .builtIn, options: Linter.Options(kind: kind, profile: profile, discoverProfiles: false))
        let format = example.format.flatMap(DocumentFormat.init(rawValue:)) ?? .plainText
        let report = linter.lint(bytes: Array(text.utf8), path: "example", format: format, profile: profile)
        XCTAssertNil(report.error, "example could not be read: \(String(describing: report.error))")
        return report.findings.filter { $0.rule == rule }
    }
}
