import XCTest
@testable import CouncilLintCore

final class LinterTests: XCTestCase {
    private final class ProgressLog: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var calls: [(completed: Int, total: Int)] = []

        func record(_ completed: Int, _ total: Int) {
            lock.withLock { calls.append((completed, total)) }
        }
    }

    func test_pathExtension_isFoundationsForEveryShapeOfPath() {
        let paths = ["minutes/2025-04-09.TXT", "agenda.xhtml", "/abs/dir.d/notes", "a/b.c/d", ".councillint.json", "dir/.hidden",
                     "x.tar.gz", "folder.md/", "dir//file.md", "a.", "/", "", "plain", "caf\u{00E9}.m\u{00E9}", "../up/one.html"]
        for path in paths {
            XCTAssertEqual(LintInput.pathExtension(of: path), URL(fileURLWithPath: path).pathExtension, path)
        }
    }

    func test_progress_countsEveryFileInOrderUpToTheTotal() {
        let log = ProgressLog()
        let linter = Linter(catalogue: .builtIn, options: Linter.Options(progress: { log.record($0, $1) }))
        let inputs = (0..<30).map { index in
            LintInput(source: .bytes(Array(SampleMinutes.clean.utf8)), displayPath: "minutes/\(index).txt")
        }
        let report = linter.lint(inputs)
        XCTAssertEqual(report.files.count, 30)
        XCTAssertEqual(log.calls.map(\.completed), Array(1...30))
        XCTAssertTrue(log.calls.allSatisfy { $0.total == 30 })
    }

    func test_reportsAreDeliveredInInputOrder_asSoonAsTheyAreReady() {
        // Files of very different sizes finish out of order; the delivery must not.
        let inputs = (0..<60).map { index in
            let text = index.isMultiple(of: 7) ? String(repeating: SampleMinutes.clean, count: 20) : SampleMinutes.withCapabilityMatter
            return LintInput(source: .bytes(Array(text.utf8)), displayPath: "minutes/\(index).txt")
        }
        var delivered: [String] = []
        let notes = Linter(catalogue: .builtIn).lint(inputs) { delivered.append($0.path) }
        XCTAssertEqual(delivered, inputs.map(\.displayPath))
        XCTAssertEqual(notes.runFindings.map(\.rule), ["undeclared-interest"], "the no-profile note comes once, at the end")
    }
}
