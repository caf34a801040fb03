/// A periodic report as JSON for dashboards and scripts: the period, totals, the trend, and every
/// document of the period with its findings; keys sorted so equal reports give equal files.
public struct PeriodReportJSON: PeriodReportRenderer {
    public init() {}

    public func render(_ report: PeriodReport) -> String {
        let totals = report.totals
        let output: JSONValue = [
            "version": 1,
            "period": ["since": .string(report.period.first.iso), "until": .string(report.period.last.iso)],
            "summary": counts(totals, adding: [
                "documents": .integer(report.documents.count),
                "clean": .integer(report.cleanDocuments.count),
                "findings": .integer(totals.total),
                "undated": .integer(report.undated.count),
                "unreadable": .integer(report.unreadable.count),
            ]),
            "byRule": .array(report.byRule.map { total in
                counts(total.counts, adding: ["rule": .string(total.rule), "title": total.title.map(JSONValue.string) ?? .null])
            }),
            "byKind": .array(report.byKind.map { total in
                counts(total.counts, adding: ["kind": kind(total.kind), "documents": .integer(total.documents),
                                              "clean": .integer(total.clean)])
            }),
            "byMonth": .array(report.byMonth.map(month)),
            "trend": .array(report.trend.map(month)),
            "mostFindings": .array(report.mostFindings.map { document in
                counts(document.counts, adding: ["file": .string(document.path), "date": .string(document.date.iso)])
            }),
            "documents": .array(report.documents.map(document)),
            "undated": .array(report.undated.map { document in
                counts(document.counts, adding: ["file": .string(document.path), "link": .string(document.link),
                                                 "kind": kind(document.kind)])
            }),
            "unreadable": .array(report.unreadable.map { error in
                ["file": .string(error.path), "line": error.line.map(JSONValue.integer) ?? .null, "error": .string(error.message)]
            }),
            "notes": .array(report.runNotes.map { note in
                ["rule": .string(note.rule), "severity": .string(note.severity.rawValue), "message": .string(note.message)]
            }),
        ]
        return JSONWriter().string(output) + "\n"
    }

    private func document(_ document: PeriodReport.Document) -> JSONValue {
        [
            "file": .string(document.path),
            "link": .string(document.link),
            "date": .string(document.date.iso),
            "kind": kind(document.kind),
            "findings": .array(document.findings.map(finding)),
        ]
    }

    private func finding(_ finding: Finding) -> JSONValue {
        [
            "rule": .string(finding.rule),
            "severity": .string(finding.severity.rawValue),
            "line": .integer(finding.range.start.line),
            "column": .integer(finding.range.start.column),
            "endLine": .integer(finding.range.end.line),
            "endColumn": .integer(finding.range.end.column),
            "message": .string(finding.message),
            "excerpt": .string(finding.excerpt),
            "item": finding.item.map(JSONValue.string) ?? .null,
            "protocol": .string(finding.citation),
            "help": finding.help.map(JSONValue.string) ?? .null,
        ]
    }

    private func month(_ total: PeriodReport.MonthTotal) -> JSONValue {
        counts(total.counts, adding: ["month": .string(total.month.iso), "documents": .integer(total.documents)])
    }

    private func kind(_ kind: DocumentKind?) -> JSONValue {
        kind.map { .string($0.rawValue) } ?? .null
    }

    /// `members` with "findings", "error", "warning" and "info" counts added.
    private func counts(_ counts: PeriodReport.SeverityCounts, adding members: [String: JSONValue]) -> JSONValue {
        var object = members
        object["findings"] = .integer(counts.total)
        for severity in Severity.allCases { object[severity.rawValue] = .integer(counts[severity]) }
        return .object(object)
    }
}
