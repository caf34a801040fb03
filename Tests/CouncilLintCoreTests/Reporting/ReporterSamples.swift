import Foundation
import XCTest
@testable import CouncilLintCore

/// One realistic run: minutes with two findings (one on a line with "’" and "£"), a clean agenda,
/// a PDF saved as .txt, and a note about the run; the same for every reporter's expected output.
enum ReporterSamples {
    static let workingDirectory = "/home/clerk/ashcombe"
    /// 2025-04-09T19:30:00Z
    static let timestamp = Date(timeIntervalSince1970: 1_744_227_000)

    static let minutesPath = "minutes/2025-04-09 Full Council.txt"
    static let minutesLines: SourceLines = [
        "ASHCOMBE TOWN COUNCIL",
        "Minutes of the meeting of the Full Council held on Wednesday 9 April 2025 at 7.00pm",
        "Present: Cllr P Hale (Mayor), Cllr R Patel, Cllr S Okafor",
        "",
        "25/040 Apologies for absence",
        "None.",
        "",
        "25/041 Public participation",
        "Members expressed concern at the Deputy Clerk's repeated sickness absence.",
        "Cllr Hale’s £50 donation was noted; Cllr Hale told the Deputy Clerk to \"sort the hall bookings & <lettings> | today\".",
        "",
    ]

    static let staffCapability = RuleDescription(
        id: "staff-capability-in-public", severity: .error,
        title: "Staff capability discussed in public",
        description: "An individual employee's conduct, capability, performance or sickness is raised in the public part of a meeting.",
        protocol: ProtocolCitation(
            citation: "Protocol on Councillor/Officer Relationships (Oakham TC), para (l)",
            text: "Councillors should not raise matters relating to the conduct or capability of Employees at meetings held in public or before the Press."),
        help: "move this item after a resolution excluding the press and public (Public Bodies (Admission to Meetings) Act 1960, s.1(2))",
        vocabulary: [:], examples: RuleExamples(triggering: [], nonTriggering: []))

    static let councillorInstructing = RuleDescription(
        id: "councillor-instructing-staff", severity: .warning,
        title: "Councillor instructing staff",
        description: "The record shows an individual councillor instructing or directing an employee.",
        protocol: ProtocolCitation(
            citation: "Protocol on Councillor/Officer Relationships (Oakham TC), para (i)",
            text: "No Employee shall take action upon the instruction of an individual Councillor."),
        help: "record the instruction as a resolution of the council or a committee, or as a request to the Clerk",
        vocabulary: [:], examples: RuleExamples(triggering: [], nonTriggering: []))

    static let capabilityFinding = Finding(
        rule: staffCapability.id, severity: .error, path: minutesPath,
        range: SourceRange(start: SourcePosition(line: 9, column: 1), end: SourcePosition(line: 9, column: 75)),
        message: "the Deputy Clerk's sickness absence is discussed in the public part of the meeting",
        excerpt: String(minutesLines[8]), item: "25/041", citation: staffCapability.protocol.citation,
        help: staffCapability.help)

    static let instructingFinding = Finding(
        rule: councillorInstructing.id, severity: .warning, path: minutesPath,
        range: SourceRange(start: SourcePosition(line: 10, column: 37), end: SourcePosition(line: 10, column: 118)),
        message: "Cllr Hale instructs the Deputy Clerk: \"sort the hall bookings & <lettings> | today\"",
        excerpt: String(minutesLines[9]), item: "25/041", citation: councillorInstructing.protocol.citation,
        help: councillorInstructing.help)

    static let noProfileNote = Finding(
        rule: "undeclared-interest", severity: .info, path: "",
        range: SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1)),
        message: "no profile: the register-of-interests check is inactive", excerpt: "",
        citation: "Localism Act 2011, s.31")

    static var report: LintReport {
        LintReport(files: [
            FileReport(path: minutesPath, kind: .minutes, date: "2025-04-09", error: nil,
                       findings: [capabilityFinding, instructingFinding], sourceLines: minutesLines),
            FileReport(path: "agendas/2025-05-14.md", kind: .agenda, date: "2025-05-14", error: nil, findings: [],
                       sourceLines: ["# Agenda", "", "1. Apologies for absence", "2. Declarations of interest", ""]),
            FileReport(path: "press-releases/2025-03-31.txt", kind: nil, date: nil,
                       error: ReadError(path: "press-releases/2025-03-31.txt", line: 1,
                                        message: "not a text document (it is a PDF; convert it to text first, e.g. with pdftotext -layout)"),
                       findings: []),
        ], runFindings: [noProfileNote], rules: [staffCapability, councillorInstructing])
    }

    static var cleanReport: LintReport {
        LintReport(files: [FileReport(path: "agendas/2025-05-14.md", kind: .agenda, date: "2025-05-14", error: nil,
                                      findings: [], sourceLines: ["# Agenda"])],
                   rules: [staffCapability, councillorInstructing])
    }

    /// A finding of `severity` on line 3 of the minutes, otherwise like the capability finding.
    static func finding(rule: String, severity: Severity, message: String? = nil) -> Finding {
        var finding = capabilityFinding
        finding.rule = rule
        finding.severity = severity
        finding.range = SourceRange(start: SourcePosition(line: 3, column: 10), end: SourcePosition(line: 3, column: 22))
        if let message { finding.message = message }
        return finding
    }

    /// A run over the minutes alone that found just `finding`.
    static func report(with finding: Finding) -> LintReport {
        LintReport(files: [FileReport(path: finding.path, kind: .minutes, date: "2025-04-09", error: nil,
                                      findings: [finding], sourceLines: minutesLines)],
                   rules: [staffCapability, councillorInstructing])
    }
}

/// Files beside the tests (the Resources folder is not part of the test target).
enum ReporterResources {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Resources")

    static func expectedOutput(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent("reporters").appendingPathComponent(name), encoding: .utf8)
    }

    static func schema(_ name: String) -> String {
        directory.appendingPathComponent("schemas").appendingPathComponent(name).path
    }

    static func assertOutput(_ output: String, matches name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = try expectedOutput(name)
        XCTAssertEqual(output, expected, "differs from Resources/reporters/\(name)", file: file, line: line)
    }
}

/// Runs a validator installed on the machine; a test skips when the tool is not there.
enum ExternalValidator {
    struct Outcome {
        var status: Int32
        var output: String
    }

    static func run(_ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    static func requireTool(_ arguments: [String], otherwise reason: String) throws {
        let available = (try? run(arguments))?.status == 0
        if !available { throw XCTSkip(reason) }
    }

    static func temporaryFile(_ contents: String, suffix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("councillint-\(UUID().uuidString)\(suffix)")
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}
