@testable import CouncilLintCore

/// A year of a town council's documents linted in one run, for the monthly report of April 2025:
/// documents on both edges of the month, one across the year end, one just outside the trend,
/// an undated one, an unreadable one, and a minute quoting markup a browser must never run.
enum PeriodReportSamples {
    static let workingDirectory = "/home/clerk/ashcombe"
    static let links = DocumentLinks(reportDirectory: workingDirectory + "/reports", workingDirectory: workingDirectory)
    static let april2025 = ReportPeriod(month: CalendarMonth(year: 2025, month: 4)!)

    static let partyPolitical = RuleDescription(
        id: "party-political-publicity", severity: .error, title: "Party-political publicity",
        description: "A press release promotes a party or group, or attacks another.",
        protocol: ProtocolCitation(citation: "Code of Recommended Practice on Local Authority Publicity (2011), para 21",
                                   text: "Publicity by local authorities should not be party political."),
        help: "describe the council's decision without naming or praising a party group",
        vocabulary: [:], examples: RuleExamples(triggering: [], nonTriggering: []))

    static let rules = [ReporterSamples.staffCapability, ReporterSamples.councillorInstructing, partyPolitical]

    static func finding(_ rule: RuleDescription, _ severity: Severity? = nil, in path: String, line: Int,
                        message: String, excerpt: String, item: String? = nil) -> Finding {
        Finding(rule: rule.id, severity: severity ?? rule.severity, path: path,
                range: SourceRange(start: SourcePosition(line: line, column: 1), end: SourcePosition(line: line, column: 20)),
                message: message, excerpt: excerpt, item: item, citation: rule.protocol.citation, help: rule.help)
    }

    static let aprilMinutes = "minutes/2025-04-09 Full Council.txt"
    static let aprilPressRelease = "press-releases/2025-04-30 Mayor's walk.txt"

    static let scriptFinding = finding(
        ReporterSamples.councillorInstructing, in: aprilMinutes, line: 14,
        message: "Cllr Hale told the Clerk to publish \"<script>alert(1)</script>\" on the website",
        excerpt: "    Cllr Hale told the Clerk to publish \"<script>alert(1)</script>\" & 'fix it’ by Friday (£50).   ",
        item: "25/042")

    static func file(_ path: String, _ kind: DocumentKind?, _ date: String?, _ findings: [Finding] = []) -> FileReport {
        FileReport(path: path, kind: kind, date: date, error: nil, findings: findings)
    }

    static var lintReport: LintReport {
        let files = [
            file("minutes/2024-04-30 Full Council.txt", .minutes, "2024-04-30", [
                finding(ReporterSamples.staffCapability, in: "minutes/2024-04-30 Full Council.txt", line: 20,
                        message: "the Clerk's appraisal is discussed in public", excerpt: "The Clerk's appraisal was discussed."),
            ]),
            file("minutes/2024-05-14 Annual Council.txt", .minutes, "2024-05-14", [
                finding(ReporterSamples.councillorInstructing, in: "minutes/2024-05-14 Annual Council.txt", line: 31,
                        message: "Cllr Patel instructs the Groundsman", excerpt: "Cllr Patel told the Groundsman to cut the verges."),
            ]),
            file("minutes/2024-12-09 Full Council.txt", .minutes, "2024-12-09", [
                finding(ReporterSamples.staffCapability, in: "minutes/2024-12-09 Full Council.txt", line: 12,
                        message: "the Deputy Clerk's sickness absence is discussed in public", excerpt: "The Deputy Clerk's sickness absence was noted."),
                finding(ReporterSamples.staffCapability, in: "minutes/2024-12-09 Full Council.txt", line: 18,
                        message: "the Caretaker's conduct is discussed in public", excerpt: "Members criticised the Caretaker's conduct."),
            ]),
            file("press-releases/2025-01-20 Gritting.txt", .pressRelease, "2025-01-20", [
                finding(ReporterSamples.councillorInstructing, in: "press-releases/2025-01-20 Gritting.txt", line: 6,
                        message: "Cllr Okafor instructs the Clerk", excerpt: "Cllr Okafor asked the Clerk to order more grit."),
            ]),
            file("agendas/2025-03-31 Planning.md", .agenda, "2025-03-31"),
            file("agendas/2025-04-01 Planning.md", .agenda, "2025-04-01"),
            file(aprilMinutes, .minutes, "2025-04-09", [
                finding(ReporterSamples.staffCapability, in: aprilMinutes, line: 9, message: "the Deputy Clerk's sickness absence is discussed in public",
                        excerpt: "Members expressed concern at the Deputy Clerk's repeated sickness absence.", item: "25/041"),
                scriptFinding,
            ]),
            file(aprilPressRelease, .pressRelease, "2025-04-30", [
                finding(partyPolitical, in: aprilPressRelease, line: 3, message: "the release praises the Liberal Democrat group",
                        excerpt: "The Liberal Democrat group has delivered again for Ashcombe."),
                Finding(rule: "reader", severity: .info, path: aprilPressRelease,
                        range: SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1)),
                        message: "the file mixes line endings", excerpt: "PRESS RELEASE", citation: ""),
            ]),
            file("minutes/2025-05-01 Amenities.txt", .minutes, "2025-05-01", [
                finding(ReporterSamples.staffCapability, in: "minutes/2025-05-01 Amenities.txt", line: 7,
                        message: "the Groundsman's probation is discussed in public", excerpt: "The Groundsman's probation was extended."),
            ]),
            file("notes/working group.txt", .unknown, nil, [
                finding(ReporterSamples.councillorInstructing, .info, in: "notes/working group.txt", line: 2,
                        message: "Cllr Hale asks the Clerk for figures", excerpt: "Cllr Hale asked the Clerk for figures."),
            ]),
            FileReport(path: "press-releases/2025-04-15.txt", kind: nil, date: nil,
                       error: ReadError(path: "press-releases/2025-04-15.txt", line: 1,
                                        message: "not a text document (it is a PDF; convert it to text first, e.g. with pdftotext -layout)"),
                       findings: []),
        ]
        return LintReport(files: files, runFindings: [ReporterSamples.noProfileNote], rules: rules)
    }

    static var report: PeriodReport { PeriodReport(lintReport, period: april2025, links: links) }
}
