import XCTest
@testable import CouncilLintCore

final class BaselineTests: XCTestCase {
    private let linter = Linter(catalogue: .builtIn)
    private let path = "minutes/2025-04-09.txt"
    private let cwd = "/home/clerk/ashcombe"

    private func report(_ text: String, path: String? = nil) -> LintReport {
        let file = linter.lint(bytes: Array(text.utf8), path: path ?? self.path, format: .plainText, profile: nil)
        return LintReport(files: [file], runFindings: [], rules: [])
    }

    private func rules(_ report: LintReport) -> [String] {
        report.allFindings.map(\.rule)
    }

    func test_recordedFinding_isDropped() {
        let before = report(SampleMinutes.withCapabilityMatter)
        XCTAssertEqual(rules(before), ["staff-capability-in-public"])
        XCTAssertEqual(rules(Baseline(recording: before, workingDirectory: cwd).filter(before, workingDirectory: cwd)), [])
    }

    func test_linesInsertedAbove_doNotResurrectTheFinding() {
        let baseline = Baseline(recording: report(SampleMinutes.withCapabilityMatter), workingDirectory: cwd)
        let moved = report(SampleMinutes.minutes(staffing: SampleMinutes.capabilityLine, preamble: "DRAFT\n\nNot yet approved.\n"))
        XCTAssertEqual(moved.allFindings.first?.range.start.line, SampleMinutes.staffingLineNumber + 3)
        XCTAssertEqual(rules(baseline.filter(moved, workingDirectory: cwd)), [])
    }

    func test_changedOffendingLine_isReported() {
        let baseline = Baseline(recording: report(SampleMinutes.withCapabilityMatter), workingDirectory: cwd)
        let changed = report(SampleMinutes.minutes(staffing: "Members expressed concern at the Deputy Clerk's repeated lateness and asked the Chair to speak to her."))
        XCTAssertEqual(rules(baseline.filter(changed, workingDirectory: cwd)), ["staff-capability-in-public"])
    }

    func test_whitespaceChangesOnTheLine_stillMatch() {
        let baseline = Baseline(recording: report(SampleMinutes.withCapabilityMatter), workingDirectory: cwd)
        let reflowed = report(SampleMinutes.minutes(staffing: "  Members expressed  concern at the Deputy Clerk's\trepeated lateness and asked for it to be monitored.  "))
        XCTAssertEqual(rules(baseline.filter(reflowed, workingDirectory: cwd)), [])
    }

    func test_twoIdenticalFindings_baselineWithOne_reportsOne() {
        let once = report(SampleMinutes.withCapabilityMatter)
        let twice = report(SampleMinutes.minutes(staffing: SampleMinutes.capabilityLine + "\n\n6. Staffing (continued)\n" + SampleMinutes.capabilityLine))
        XCTAssertEqual(rules(twice), ["staff-capability-in-public", "staff-capability-in-public"])
        let remaining = Baseline(recording: once, workingDirectory: cwd).filter(twice, workingDirectory: cwd).allFindings
        XCTAssertEqual(remaining.map(\.rule), ["staff-capability-in-public"])
        XCTAssertEqual(Baseline(recording: twice, workingDirectory: cwd).counts.values.first, 2)
    }

    func test_findingInAnotherFile_isReported() {
        let baseline = Baseline(recording: report(SampleMinutes.withCapabilityMatter), workingDirectory: cwd)
        let other = report(SampleMinutes.withCapabilityMatter, path: "minutes/2025-05-14.txt")
        XCTAssertEqual(rules(baseline.filter(other, workingDirectory: cwd)), ["staff-capability-in-public"])
    }

    func test_pathsSpelledDifferently_inTheSameFolder_match() {
        let baseline = Baseline(recording: report(SampleMinutes.withCapabilityMatter, path: "./" + path), workingDirectory: cwd)
        XCTAssertEqual(baseline.counts.keys.first?.file, path)
        let absolute = report(SampleMinutes.withCapabilityMatter, path: cwd + "/" + path)
        XCTAssertEqual(rules(baseline.filter(absolute, workingDirectory: cwd)), [])
    }

    func test_notesAboutTheRun_areNeitherRecordedNorDropped() {
        var withNote = report(SampleMinutes.clean)
        let position = SourcePosition(line: 0, column: 0)
        withNote.runFindings = [Finding(rule: "undeclared-interest", severity: .info, path: "",
                                        range: SourceRange(start: position, end: position), message: "no council profile",
                                        excerpt: "", citation: "")]
        let baseline = Baseline(recording: withNote, workingDirectory: cwd)
        XCTAssertEqual(baseline.findingCount, 0)
        XCTAssertEqual(baseline.filter(withNote, workingDirectory: cwd).runFindings.count, 1)
    }

    func test_savedBaseline_loadsEqual() throws {
        let baseline = Baseline(recording: report(SampleMinutes.withCapabilityMatter), workingDirectory: cwd)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("baseline-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try baseline.save(to: file)
        XCTAssertEqual(try Baseline.load(path: file), baseline)
        let json = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(json.contains("\"text\": \"\(SampleMinutes.capabilityLine)\""), json)
        XCTAssertFalse(json.contains("\"line\""), "keyed by the line's text, never its number")
    }

    func test_entriesWithTheSameKey_addUp() throws {
        let json = """
            {"version": 1, "findings": [
              {"file": "a.txt", "rule": "r", "text": "t", "count": 2},
              {"file": "a.txt", "rule": "r", "text": "t"}
            ]}
            """
        XCTAssertEqual(try Baseline.parse(bytes: Array(json.utf8), path: "b.json").findingCount, 3)
    }

    func test_malformedJSON_isLocatedByLine() {
        let json = "{\n  \"version\": 1,\n  \"findings\": [\n    {\"file\" \"a.txt\"}\n  ]\n}\n"
        XCTAssertThrowsError(try Baseline.parse(bytes: Array(json.utf8), path: "baseline.json")) { error in
            XCTAssertTrue("\(error)".hasPrefix("baseline.json:4: not valid JSON"), "\(error)")
        }
    }

    func test_wrongShape_isLocatedByJSONPath() {
        let cases = [
            ("[]", "baseline.json: (top level): expected an object"),
            ("{\"version\": 2, \"findings\": []}", "baseline.json: version: expected 1, got 2"),
            ("{\"version\": 1}", "baseline.json: findings: expected an array, it is missing"),
            ("{\"version\": 1, \"findings\": [{\"file\": \"a.txt\", \"text\": \"t\"}]}", "baseline.json: findings[0].rule: expected a string, it is missing"),
            ("{\"version\": 1, \"findings\": [{\"file\": \"a\", \"rule\": \"r\", \"text\": \"t\", \"count\": 0}]}", "baseline.json: findings[0].count: expected a whole number of at least 1, got 0"),
        ]
        for (json, expected) in cases {
            XCTAssertThrowsError(try Baseline.parse(bytes: Array(json.utf8), path: "baseline.json")) { error in
                XCTAssertTrue("\(error)".hasPrefix(expected), "\(error)")
            }
        }
    }

    func test_missingFile_isAnError() {
        XCTAssertThrowsError(try Baseline.load(path: "/nonexistent/baseline.json")) { error in
            XCTAssertEqual("\(error)", "/nonexistent/baseline.json: no such file (create it with --write-baseline)")
        }
    }
}
