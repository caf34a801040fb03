import Foundation
import XCTest
@testable import CouncilLintCore

final class RuleCatalogueTests: XCTestCase {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func test_builtInCopy_equalsRulesJSON() throws {
        let file = try String(contentsOf: Self.repositoryRoot.appendingPathComponent("rules.json"), encoding: .utf8)
        XCTAssertEqual(BuiltInCatalogue.json + "\n", file, "run scripts/embed-rules after editing rules.json")
    }

    func test_builtInCopyWithoutExamples_readsAsRulesJSONWithoutExamples() throws {
        let whole = try RuleCatalogue(json: Array(BuiltInCatalogue.json.utf8), path: "rules.json", includingExamples: false)
        XCTAssertEqual(RuleCatalogue.builtIn.rules, whole.rules, "run scripts/embed-rules after editing rules.json")
        XCTAssertFalse(BuiltInCatalogue.jsonWithoutExamples.contains("\"examples\""))
        XCTAssertTrue(RuleCatalogue.builtInWithExamples.rules.allSatisfy { !$0.examples.triggering.isEmpty })
    }

    func test_builtInCatalogue_namesEveryRuleOfTheInterface() {
        let ids = Set(RuleCatalogue.builtIn.rules.map(\.id))
        for id in ["staff-capability-in-public", "pre-election-publicity", "party-political-publicity", "member-quote-in-press-release",
                   "missing-declarations-item", "undeclared-interest", "participation-despite-interest", "councillor-instructing-staff"] {
            XCTAssertTrue(ids.contains(id), "rules.json lacks \(id)")
        }
    }

    func test_readmeRuleTable_matchesTheCatalogue() throws {
        let readme = try String(contentsOf: Self.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try XCTUnwrap(readme.components(separatedBy: "## Rules\n").dropFirst().first?.components(separatedBy: "\n## ").first)
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| `") }.map { row in
            row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let table = rows.map { [$0[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")), $0[1], $0[2]] }
        let catalogue = RuleCatalogue.builtIn.rules.map { [$0.id, $0.severity.rawValue, $0.protocol.citation] }
        XCTAssertEqual(table, catalogue)
    }

    func test_invalidSeverity_isReportedWithItsJSONPath() {
        let json = #"{"version": 1, "rules": [{"id": "missing-declarations-item", "severity": "fatal"}]}"#
        XCTAssertThrowsError(try RuleCatalogue(json: Array(json.utf8), path: "my-rules.json")) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.hasPrefix("my-rules.json: rules[0].severity"), message)
        }
    }

    func test_missingField_isReportedWithItsJSONPath() {
        let json = #"{"version": 1, "rules": [{"id": "missing-declarations-item", "severity": "error"}]}"#
        XCTAssertThrowsError(try RuleCatalogue(json: Array(json.utf8), path: "my-rules.json")) { error in
            XCTAssertEqual(String(describing: error), "my-rules.json: rules[0].title: missing (required)")
        }
    }

    func test_unknownRuleID_isRefused() throws {
        var rules = try JSONSerialization.jsonObject(with: Data(BuiltInCatalogue.json.utf8)) as! [String: Any]
        var list = rules["rules"] as! [[String: Any]]
        list[0]["id"] = "no-such-rule"
        rules["rules"] = list
        let data = try JSONSerialization.data(withJSONObject: rules)
        XCTAssertThrowsError(try RuleCatalogue(json: Array(data), path: "r.json")) { error in
            XCTAssertTrue(String(describing: error).hasPrefix("r.json: rules[0].id: expected one of"), String(describing: error))
        }
    }

    func test_malformedJSON_isReported() {
        XCTAssertThrowsError(try RuleCatalogue(json: Array("{\"version\": 1,".utf8), path: "r.json")) { error in
            XCTAssertTrue(String(describing: error).hasPrefix("r.json:1: not valid JSON"), String(describing: error))
        }
    }
}
