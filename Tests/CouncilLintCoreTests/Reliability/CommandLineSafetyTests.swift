import Foundation
import XCTest
@testable import CouncilLintCore

/// The built `councillint` on hostile inputs and configurations: it always ends with status
/// 0, 1 or 2 (never by a signal), names what it could not use, lints nothing with a profile
/// or catalogue it could not read whole, and never changes an input.
final class CommandLineSafetyTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cli-safety-\(UUID().uuidString)")
            .resolvingSymlinksInPath().path
        try FileManager.default.createDirectory(atPath: folder + "/minutes", withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func write(_ text: String, to name: String) throws {
        try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: folder + "/" + name).deletingLastPathComponent().path,
                                                withIntermediateDirectories: true)
        try text.write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
    }

    /// Runs `councillint lint ...` in the folder and checks it ended by exiting with `status`.
    private func lint(_ arguments: [String], expecting status: Int32, file: StaticString = #filePath,
                      line: UInt = #line) throws -> ProgramRun {
        let run = try ProgramRun.councillint(["lint"] + arguments, in: folder)
        XCTAssertFalse(run.endedBySignal, "killed by signal \(run.status): \(run.stderr)", file: file, line: line)
        XCTAssertEqual(run.status, status, run.stdout + run.stderr, file: file, line: line)
        return run
    }

    // MARK: Inputs that are not documents

    func test_pdfAndBinaryNamedTxt_areNotTextDocuments_status2_andTheOthersAreStillLinted() throws {
        try Data("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".utf8).write(to: URL(fileURLWithPath: folder + "/minutes/agenda.txt"))
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: URL(fileURLWithPath: folder + "/minutes/blob.txt"))
        try write(SampleMinutes.withCapabilityMatter, to: "minutes/april.txt")
        let run = try lint(["minutes"], expecting: 2)
        XCTAssertTrue(run.stdout.contains("minutes/agenda.txt:1: error: not a text document (it is a PDF; convert it to text first"), run.stdout)
        XCTAssertTrue(run.stdout.contains("minutes/blob.txt:1: error: not a text document (it contains NUL bytes)"), run.stdout)
        XCTAssertTrue(run.stdout.contains("minutes/april.txt:\(SampleMinutes.staffingLineNumber):"), run.stdout)
    }

    func test_damagedWordDocuments_areLocatedErrors_status2() throws {
        try Data("PK\u{3}\u{4}truncated".utf8).write(to: URL(fileURLWithPath: folder + "/minutes/cut.docx"))
        try Data("just text".utf8).write(to: URL(fileURLWithPath: folder + "/minutes/renamed.docx"))
        let run = try lint(["minutes"], expecting: 2)
        XCTAssertTrue(run.stdout.contains("minutes/cut.docx: error: not a Word document (the zip archive is damaged or truncated)"), run.stdout)
        XCTAssertTrue(run.stdout.contains("minutes/renamed.docx: error: not a Word document (not a zip archive)"), run.stdout)
    }

    func test_wordDocumentInAForeignEncoding_withBytesItCannotDecode_printsNoneOfThem() throws {
        // libxml2 reports a failed encoding conversion outside any parser, quoting the bytes.
        let bytes = try WordPackage.zip([("word/document.xml", """
            <?xml version="1.0" encoding="ISO-2022-JP"?>
            <w:document xmlns:w="\(WordPackage.wordNamespace)"><w:body><w:p><w:r><w:t>Salary £80</w:t></w:r></w:p></w:body></w:document>
            """)])
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/minutes/foreign.docx"))
        let run = try lint(["minutes"], expecting: 2)
        XCTAssertTrue(run.stdout.contains("minutes/foreign.docx: error: word/document.xml is not well-formed XML"), run.stdout)
        XCTAssertEqual(run.stderr, "", "libxml2 printed on its own")
    }

    func test_symlinkLoop_runEnds_andEachFileIsLintedOnce() throws {
        try write(SampleMinutes.withCapabilityMatter, to: "minutes/2025/april.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/minutes/2025/loop", withDestinationPath: "..")
        let run = try lint(["minutes"], expecting: 1)
        XCTAssertEqual(run.stdout.components(separatedBy: "[staff-capability-in-public]").count - 1, 1, run.stdout)
    }

    func test_unreadableFile_isALocatedError_status2() throws {
        try write(SampleMinutes.clean, to: "minutes/secret.txt")
        try write(SampleMinutes.withCapabilityMatter, to: "minutes/april.txt")
        XCTAssertEqual(chmod(folder + "/minutes/secret.txt", 0), 0)
        var command = try [ProgramRun.councillintPath(), "lint", "minutes"]
        if geteuid() == 0 {
            // Permissions do not stop root, so the run drops to nobody, whom they do stop.
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                throw XCTSkip("tests run as root, where chmod 000 does not stop reading, and setpriv is not installed to run as nobody")
            }
            command = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
        }
        let run = try ProgramRun(command[0], Array(command.dropFirst()), in: folder)
        XCTAssertFalse(run.endedBySignal)
        XCTAssertEqual(run.status, 2, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("minutes/secret.txt: error: cannot be read (permission denied?)"), run.stdout)
        XCTAssertTrue(run.stdout.contains("minutes/april.txt:\(SampleMinutes.staffingLineNumber):"), run.stdout)
    }

    // MARK: Profiles and catalogues that cannot be read whole

    func test_invalidProfileNamedOnTheCommandLine_isALocatedError_status2_andNothingIsLinted() throws {
        try write(SampleMinutes.withCapabilityMatter, to: "minutes/april.txt")
        let profiles = [
            ("{\n  \"council\": \"Ashcombe\",\n  \"members\": [\n    { \"name\": \"Peter Hale\" }\n    { \"name\": \"Amina Rahman\" }\n  ]\n}\n",
             "profile.json:5: not valid JSON: invalid value at column 5"),
            (#"{ "council": 5 }"#, "profile.json: council: expected a string, got 5"),
            (#"{ "elections": [ { "pollingDay": "2027-02-30" } ] }"#,
             #"profile.json: elections[0].pollingDay: "2027-02-30" is not a real date (February 2027 has 28 days)"#),
        ]
        for (json, message) in profiles {
            try write(json, to: "profile.json")
            let run = try lint(["minutes", "--profile", "profile.json"], expecting: 2)
            XCTAssertTrue(run.stderr.contains("councillint: error: " + message), run.stderr)
            XCTAssertEqual(run.stdout, "", "nothing is linted with a profile that could not be read")
        }
    }

    func test_invalidProfileFoundBesideFiles_leavesThemUnlinted_status2_whileOtherFoldersAreLinted() throws {
        try write(#"{ "members": [ { "name": "Peter Hale", "roles": ["treasurer"] } ] }"#, to: "minutes/town/.councillint.json")
        try write(SampleMinutes.withCapabilityMatter, to: "minutes/town/april.txt")
        try write(SampleMinutes.withCapabilityMatter, to: "minutes/parish/april.txt")
        let run = try lint(["minutes"], expecting: 2)
        XCTAssertTrue(run.stdout.contains("minutes/town/april.txt: error: not linted: its profile is invalid: "
            + "\(folder)/minutes/town/.councillint.json: members[0].roles[0]: expected one of"), run.stdout)
        XCTAssertFalse(run.stdout.contains("minutes/town/april.txt:\(SampleMinutes.staffingLineNumber):"), run.stdout)
        XCTAssertTrue(run.stdout.contains("minutes/parish/april.txt:\(SampleMinutes.staffingLineNumber):"), run.stdout)
    }

    func test_unknownProfileFields_areWarnings_andTheRunGoesOn() throws {
        try write(SampleMinutes.withCapabilityMatter, to: "minutes/april.txt")
        try write(#"{ "council": "Ashcombe Town Council", "memebrs": [] }"#, to: "profile.json")
        let run = try lint(["minutes", "--profile", "profile.json"], expecting: 1)
        XCTAssertTrue(run.stderr.contains("councillint: warning: profile.json: memebrs: unknown field (ignored)"), run.stderr)
        XCTAssertTrue(run.stdout.contains("[staff-capability-in-public]"), run.stdout)
    }

    func test_invalidRulesCatalogue_isALocatedError_status2_andNothingIsLinted() throws {
        try write(SampleMinutes.withCapabilityMatter, to: "minutes/april.txt")
        for json in ["{ \"rules\": [\n", #"{ "rules": 3 }"#, "[]"] {
            try write(json, to: "rules.json")
            let run = try lint(["minutes", "--rules", "rules.json"], expecting: 2)
            XCTAssertTrue(run.stderr.contains("councillint: error: rules.json"), run.stderr)
            XCTAssertEqual(run.stdout, "", "nothing is linted with a catalogue that could not be read")
        }
    }

    // MARK: Nothing lost

    func test_inputsKeepTheirBytesAndTimes_andEveryOutputIsWholeWithNoTemporaryFileLeft() throws {
        try write(SampleMinutes.withCapabilityMatter, to: "minutes/2025-04-09.txt")
        try write("# Agenda\n\n1. Apologies\n2. Declarations of interest\n", to: "minutes/agenda.md")
        try write(CouncilProfile.starterJSON, to: "minutes/.councillint.json")
        let docx = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures/examples/minutes/2025-06-11-finance-committee.docx")
        try FileManager.default.copyItem(atPath: docx.path, toPath: folder + "/minutes/finance.docx")
        // A longer report from an earlier run: what is written next must replace it whole.
        try write(String(repeating: "stale report line\n", count: 2_000), to: "out/lint.txt")
        // Times in the past, so a rewrite of the same bytes would still show.
        let inputs = try FileManager.default.subpathsOfDirectory(atPath: folder + "/minutes").map { folder + "/minutes/" + $0 }
        for input in inputs {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)], ofItemAtPath: input)
        }
        let before = try snapshot(inputs)

        let run = try lint(["minutes", "--output", "out/lint.txt", "--report", "json:out/lint.json", "--report", "sarif:out/lint.sarif",
                            "--write-baseline", "out/baseline.json"], expecting: 1)

        XCTAssertEqual(try snapshot(inputs), before, "an input's bytes or modification time changed")
        let text = try String(contentsOfFile: folder + "/out/lint.txt", encoding: .utf8)
        XCTAssertFalse(text.contains("stale report line"), "the old report was not replaced whole")
        XCTAssertTrue(text.hasSuffix("in 3 files\n"), text)
        for json in ["out/lint.json", "out/lint.sarif", "out/baseline.json"] {
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/" + json))), json)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder + "/out").sorted(),
                       ["baseline.json", "lint.json", "lint.sarif", "lint.txt"], "a temporary file was left behind")
        XCTAssertTrue(run.stderr.contains("wrote out/baseline.json"), run.stderr)
    }

    func test_outputWrittenAsTheRunGoes_equalsTheOutputWrittenAtTheEnd() throws {
        for index in 0..<40 {
            try write(index.isMultiple(of: 3) ? SampleMinutes.withCapabilityMatter : SampleMinutes.clean, to: "minutes/\(index).txt")
        }
        try Data("%PDF-1.7\n".utf8).write(to: URL(fileURLWithPath: folder + "/minutes/scan.txt"))
        for format in ["text", "json"] {
            _ = try lint(["minutes", "--format", format, "--output", "out/streamed"], expecting: 2)
            // Writing a baseline makes the run hold its whole report and write the output at the end.
            _ = try lint(["minutes", "--format", format, "--output", "out/whole", "--write-baseline", "out/baseline.json"], expecting: 2)
            let streamed = try String(contentsOfFile: folder + "/out/streamed", encoding: .utf8)
            XCTAssertEqual(streamed, try String(contentsOfFile: folder + "/out/whole", encoding: .utf8), format)
            XCTAssertTrue(streamed.contains("minutes/39.txt"), streamed)
        }
    }

    func test_readerOfStandardOutputGoingAway_endsTheOutputQuietly_notTheProcessBySignal() throws {
        for index in 0..<60 { try write(SampleMinutes.withCapabilityMatter, to: "minutes/\(index).txt") }
        for format in ["text", "sarif"] {
            let pipe = Pipe()
            // Nothing will read: every write to standard output meets a closed pipe (EPIPE, or SIGPIPE).
            try pipe.fileHandleForReading.close()
            let process = Process()
            process.executableURL = URL(fileURLWithPath: try ProgramRun.councillintPath())
            process.arguments = ["lint", "minutes", "--format", format]
            process.currentDirectoryURL = URL(fileURLWithPath: folder, isDirectory: true)
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            try process.run()
            try pipe.fileHandleForWriting.close()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .exit, "\(format): ended by signal \(process.terminationStatus)")
            XCTAssertEqual(process.terminationStatus, 1, "\(format): the run's own status (findings), whatever became of its output")
        }
    }

    func test_runKilledAtAnyMoment_leavesTheOldOutputOrTheWholeNewOne() throws {
        for index in 0..<150 { try write(SampleMinutes.withCapabilityMatter, to: "minutes/\(index).txt") }
        let previous = "the previous report, whole\n"
        try write(previous, to: "out/lint.txt")
        let arguments = ["lint", "minutes", "--output", "out/lint.txt", "--fail-on", "never"]
        let started = Date()
        _ = try lint(Array(arguments.dropFirst()), expecting: 0)
        let fullRun = Date().timeIntervalSince(started)
        let complete = try String(contentsOfFile: folder + "/out/lint.txt", encoding: .utf8)
        XCTAssertTrue(complete.hasSuffix("in 150 files\n"), complete)
        // SIGKILL cannot be caught: whatever the moment, only the rename may change the file.
        for fraction in [0.05, 0.25, 0.5, 0.75, 0.9, 0.97, 1.0, 1.05] {
            try write(previous, to: "out/lint.txt")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: try ProgramRun.councillintPath())
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: folder, isDirectory: true)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(fullRun * fraction * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = try String(contentsOfFile: folder + "/out/lint.txt", encoding: .utf8)
            XCTAssertTrue(after == previous || after == complete,
                          "killed at \(fraction) of a run, the output is neither the old report nor the new one whole: \(after.suffix(200))")
        }
    }

    func test_outputThatCannotBeWritten_isAnError_status2_leavingNoTemporaryFile() throws {
        try write(SampleMinutes.clean, to: "minutes/april.txt")
        try FileManager.default.createDirectory(atPath: folder + "/out/lint.json", withIntermediateDirectories: true)
        let run = try lint(["minutes", "--output", "out/lint.json", "--format", "json"], expecting: 2)
        XCTAssertTrue(run.stderr.contains("councillint: error: out/lint.json: cannot be written"), run.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder + "/out"), ["lint.json"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder + "/out/lint.json"), [])
    }

    /// Each file's bytes and modification time.
    private func snapshot(_ paths: [String]) throws -> [String: [String]] {
        try Dictionary(uniqueKeysWithValues: paths.map { path in
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
            let bytes = FileManager.default.contents(atPath: path) ?? Data()
            return (path, [bytes.base64EncodedString(), String(modified)])
        })
    }
}
