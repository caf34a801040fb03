/// A Markdown summary for a CI job page (`$GITHUB_STEP_SUMMARY`): totals, then a table of
/// findings for each file that has any, unreadable files, and notes about the run.
public struct MarkdownReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var sections = ["## councillint", totals(report)]
        if report.allFindings.isEmpty { sections.append("No findings.") }
        for file in report.files where !file.findings.isEmpty {
            sections.append("### " + MarkdownEscaping.escaped(file.path) + "\n\n" + findingsTable(file.findings))
        }
        let unreadable = report.files.compactMap(\.error)
        if !unreadable.isEmpty {
            sections.append("### Unreadable files\n\n"
                + unreadable.map { "- " + MarkdownEscaping.escapedCell($0.description) }.joined(separator: "\n"))
        }
        if !report.runFindings.isEmpty {
            sections.append("### Notes on the run\n\n" + report.runFindings.map {
                "- \($0.severity.rawValue): \(MarkdownEscaping.escapedCell($0.message)) (\(MarkdownEscaping.escaped($0.rule)))"
            }.joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    private func totals(_ report: LintReport) -> String {
        MarkdownTable.render(header: ["Files", "Errors", "Warnings", "Info"], alignments: Array(repeating: .right, count: 4), rows: [[
            String(report.files.count), String(report.count(of: .error)),
            String(report.count(of: .warning)), String(report.count(of: .info)),
        ]])
    }

    private func findingsTable(_ findings: [Finding]) -> String {
        MarkdownTable.render(header: ["Location", "Severity", "Rule", "Message", "Item"], alignments: Array(repeating: .left, count: 5),
                             rows: findings.map {
            [$0.locationDescription, $0.severity.rawValue, $0.rule, $0.message, $0.item ?? ""]
                .map(MarkdownEscaping.escapedCell)
        })
    }
}
