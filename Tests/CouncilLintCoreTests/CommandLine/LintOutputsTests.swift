import XCTest

/// Extra outputs of one run (`--report`), baselines from the command line, and the progress line.
final class LintOutputsTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("outputs-\(UUID().uuidString)").resolvingSymlinksInPath().path
        try FileManager.default.createDirectory(atPath: folder + "/minutes", withIntermediateDirectories: true)
        try SampleMinutes.withCapabilityMatter.write(toFile: folder + "/minutes/2025-04-09.txt", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func lint(_ arguments: String..., environment: [String: String] = ProgramRun.isolatedEnvironment) throws -> ProgramRun {
        try ProgramRun.councillint(["lint"] + arguments, in: folder, environment: environment)
    }

    private func read(_ name: String) throws -> String {
        try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }

    func test_reports_writeEveryFormatInTheSameRun() throws {
        let run = try lint("minutes", "--format", "github", "--report", "json:out/lint.json", "--report", "text:lint.txt",
                           "--report", "sarif:lint.sarif")
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("::error file=minutes/2025-04-09.txt"), run.stdout)
        XCTAssertTrue(try read("out/lint.json").contains("\"rule\": \"staff-capability-in-public\""))
        let text = try read("lint.txt")
        XCTAssertTrue(text.contains("minutes/2025-04-09.txt:\(SampleMinutes.staffingLineNumber):"), text)
        XCTAssertFalse(text.contains("\u{1B}["), "a report file has no colour")
        XCTAssertTrue(try read("lint.sarif").contains("\"version\": \"2.1.0\"") || (try read("lint.sarif").contains("\"2.1.0\"")))
    }

    func test_unknownReportFormat_isAUsageError() throws {
        let run = try lint("minutes", "--report", "pdf:lint.pdf")
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("unknown format 'pdf'; the formats are text, json, sarif, junit, github, markdown"), run.stderr)
        let missingFile = try lint("minutes", "--report", "json")
        XCTAssertEqual(missingFile.status, 2)
        XCTAssertTrue(missingFile.stderr.contains("--report expects FORMAT:FILE"), missingFile.stderr)
    }

    func test_baseline_writtenThenUsed_hidesKnownFindings() throws {
        let written = try lint("minutes", "--write-baseline", "baseline.json")
        XCTAssertEqual(written.status, 1, "the run still reports what it found")
        XCTAssertTrue(written.stderr.contains("wrote baseline.json: 1 finding recorded"), written.stderr)
        let quiet = try lint("minutes", "--baseline", "baseline.json")
        XCTAssertEqual(quiet.status, 0, quiet.stdout)
    }

    func test_malformedBaseline_isALocatedErrorWithStatus2() throws {
        try "{\n  \"version\": 1,\n  \"findings\": [\n".write(toFile: folder + "/baseline.json", atomically: true, encoding: .utf8)
        let run = try lint("minutes", "--baseline", "baseline.json")
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("councillint: error: baseline.json:3: not valid JSON"), run.stderr)
        XCTAssertEqual(run.stdout, "", "nothing is linted against a baseline that cannot be read")
    }

    func test_progress_neverInAPipeOrOnCI_onlyOnATerminal() throws {
        for index in 1...24 {
            try SampleMinutes.clean.write(toFile: folder + "/minutes/2025-\(index).txt", atomically: true, encoding: .utf8)
        }
        XCTAssertFalse(try lint("minutes").stderr.contains("linting"), "standard error is a pipe here")

        // script(1) gives the run a terminal; its output then holds what the terminal showed.
        guard let script = ["/usr/bin/script", "/bin/script"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("script(1) is not installed, so no terminal can be given to the run")
        }
        let command = "'\(try ProgramRun.councillintPath())' lint minutes >/dev/null"
        let onTerminal = try ProgramRun(script, ["-qec", command, "/dev/null"], in: folder)
        XCTAssertTrue(onTerminal.stdout.contains("linting 25/25 files"), onTerminal.stdout)
        var ci = ProgramRun.isolatedEnvironment
        ci["CI"] = "true"
        let onCI = try ProgramRun(script, ["-qec", command, "/dev/null"], in: folder, environment: ci)
        XCTAssertFalse(onCI.stdout.contains("linting"), onCI.stdout)
    }
}
