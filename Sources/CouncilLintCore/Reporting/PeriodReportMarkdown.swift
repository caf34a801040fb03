/// A periodic report in GitHub-flavoured Markdown, for a CI job summary: totals, the trend as a
/// sparkline and a table, totals per rule, kind and month, and every finding under its document.
public struct PeriodReportMarkdown: PeriodReportRenderer {
    public init() {}

    private typealias Counts = PeriodReport.SeverityCounts

    public func render(_ report: PeriodReport) -> String {
        var sections = [
            "## councillint report: \(report.period.name)",
            "Documents dated \(report.period.first.englishName) to \(report.period.last.englishName), by each document's own date.",
            summary(report),
        ]
        if let notCounted = notCounted(report) { sections.append(notCounted) }
        sections += [trend(report), byRule(report), byKind(report), byMonth(report), mostFindings(report), findings(report)]
        if !report.cleanDocuments.isEmpty {
            sections.append("### Clean documents (\(report.cleanDocuments.count))\n\n" + report.cleanDocuments.map {
                "- " + link($0.path, $0.link) + " (\($0.date.iso), \(PeriodReport.displayName(of: $0.kind)))"
            }.joined(separator: "\n"))
        }
        if !report.undated.isEmpty { sections.append(undated(report)) }
        if !report.unreadable.isEmpty {
            sections.append("### Unreadable files (\(report.unreadable.count))\n\n" + MarkdownTable.render(
                header: ["File", "Error"], alignments: [.left, .left],
                rows: report.unreadable.map { [MarkdownEscaping.escapedCell($0.path), MarkdownEscaping.escapedCell(PeriodReport.problem(of: $0))] }))
        }
        if !report.runNotes.isEmpty {
            sections.append("### Notes on the run\n\n" + report.runNotes.map {
                "- \($0.severity.rawValue): \(MarkdownEscaping.escapedCell($0.message)) (`\($0.rule)`)"
            }.joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    private func summary(_ report: PeriodReport) -> String {
        let totals = report.totals
        let withFindings = report.documents.count - report.cleanDocuments.count
        return MarkdownTable.render(
            header: ["Documents", "Clean", "With findings", "Errors", "Warnings", "Info"],
            alignments: Array(repeating: .right, count: 6),
            rows: [[report.documents.count, report.cleanDocuments.count, withFindings, totals.error, totals.warning, totals.info]
                .map(String.init)])
    }

    private func notCounted(_ report: PeriodReport) -> String? {
        var parts: [String] = []
        if !report.undated.isEmpty { parts.append(PeriodReport.counted(report.undated.count, "undated document")) }
        if !report.unreadable.isEmpty { parts.append(PeriodReport.counted(report.unreadable.count, "unreadable file")) }
        return parts.isEmpty ? nil : "Not counted: " + parts.joined(separator: " and ") + " (listed below)."
    }

    private func trend(_ report: PeriodReport) -> String {
        let months = report.trend.map(\.month)
        let range = "\(months.first?.name ?? "") to \(months.last?.name ?? "")"
        return "### Trend: 12 months to \(CalendarMonth(report.period.last).name)\n\n"
            + "`\(Self.sparkline(report.trend.map(\.counts.total)))` findings per month, \(range)\n\n"
            + monthTable(report.trend, highlighting: Set(report.period.months))
            + "\n\nMonths in **bold** are in the report period; a month counts every document dated in it."
    }

    private func byRule(_ report: PeriodReport) -> String {
        guard !report.byRule.isEmpty else { return "### Findings by rule\n\nNo findings in the period." }
        return "### Findings by rule\n\n" + MarkdownTable.render(
            header: ["Rule", "Title"] + Self.countHeader, alignments: [.left, .left] + Self.countAlignments,
            rows: report.byRule.map { ["`\($0.rule)`", MarkdownEscaping.escapedCell($0.title ?? "")] + cells($0.counts) })
    }

    private func byKind(_ report: PeriodReport) -> String {
        guard !report.byKind.isEmpty else { return "### Findings by document kind\n\nNo documents in the period." }
        return "### Findings by document kind\n\n" + MarkdownTable.render(
            header: ["Kind", "Documents", "Clean"] + Self.countHeader, alignments: [.left, .right, .right] + Self.countAlignments,
            rows: report.byKind.map { [PeriodReport.displayName(of: $0.kind), String($0.documents), String($0.clean)] + cells($0.counts) })
    }

    private func byMonth(_ report: PeriodReport) -> String {
        "### Findings by month\n\n" + monthTable(report.byMonth, highlighting: [])
    }

    private func mostFindings(_ report: PeriodReport) -> String {
        guard !report.mostFindings.isEmpty else { return "### Documents with the most findings\n\nNone: every document is clean." }
        return "### Documents with the most findings\n\n" + MarkdownTable.render(
            header: ["Document", "Date", "Kind"] + Self.countHeader, alignments: [.left, .left, .left] + Self.countAlignments,
            rows: report.mostFindings.map {
                [link($0.path, $0.link), $0.date.iso, PeriodReport.displayName(of: $0.kind)] + cells($0.counts)
            })
    }

    private func findings(_ report: PeriodReport) -> String {
        let groups = report.findingsByDate
        guard !groups.isEmpty else { return "### Findings\n\nNo findings in the period." }
        var blocks = ["### Findings"]
        for group in groups {
            blocks.append("#### \(group.date.englishNameWithWeekday)")
            for document in group.documents {
                blocks.append("**\(link(document.path, document.link))** (\(PeriodReport.displayName(of: document.kind))): "
                    + document.counts.summary + "\n\n" + document.findings.map(finding).joined(separator: "\n"))
            }
        }
        return blocks.joined(separator: "\n\n")
    }

    private func finding(_ finding: Finding) -> String {
        var lines = ["- **\(finding.severity.rawValue)** `\(finding.rule)` (\(PeriodReport.location(of: finding))): "
            + MarkdownEscaping.escapedCell(finding.message)]
        if !finding.excerpt.isEmpty { lines.append("  - excerpt: " + MarkdownEscaping.escapedCell(finding.excerpt)) }
        if !finding.citation.isEmpty { lines.append("  - protocol: " + MarkdownEscaping.escapedCell(finding.citation)) }
        if let help = finding.help { lines.append("  - how to fix: " + MarkdownEscaping.escapedCell(help)) }
        return lines.joined(separator: "\n")
    }

    private func undated(_ report: PeriodReport) -> String {
        "### Undated documents (\(report.undated.count))\n\nNo meeting or issue date was found in these, so no period counts them.\n\n"
            + MarkdownTable.render(
                header: ["Document", "Kind"] + Self.countHeader, alignments: [.left, .left] + Self.countAlignments,
                rows: report.undated.map { [link($0.path, $0.link), PeriodReport.displayName(of: $0.kind)] + cells($0.counts) })
    }

    private func monthTable(_ totals: [PeriodReport.MonthTotal], highlighting highlighted: Set<CalendarMonth>) -> String {
        MarkdownTable.render(
            header: ["Month", "Documents"] + Self.countHeader, alignments: [.left, .right] + Self.countAlignments,
            rows: totals.map { total in
                [highlighted.contains(total.month) ? "**\(total.month.name)**" : total.month.name, String(total.documents)]
                    + cells(total.counts)
            })
    }

    private static let countHeader = ["Errors", "Warnings", "Info", "Total"]
    private static let countAlignments = [MarkdownTable.Alignment](repeating: .right, count: 4)

    private func cells(_ counts: Counts) -> [String] {
        [counts.error, counts.warning, counts.info, counts.total].map(String.init)
    }

    private func link(_ path: String, _ href: String) -> String {
        "[\(MarkdownEscaping.escapedCell(path))](\(href))"
    }

    private static let sparkLevels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per value, scaled to the largest; zero is the lowest block, any finding at least the second.
    static func sparkline(_ values: [Int]) -> String {
        let largest = values.max() ?? 0
        return String(values.map { value in
            guard value > 0, largest > 0 else { return sparkLevels[0] }
            let level = Int((Double(value) / Double(largest) * Double(sparkLevels.count - 1)).rounded())
            return sparkLevels[max(1, level)]
        })
    }
}
