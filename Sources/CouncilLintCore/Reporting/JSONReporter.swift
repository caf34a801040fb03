/// The JSON output of the interface (`--format json`, version 1); keys sorted, nulls kept.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        let findings: [JSONValue] = report.allFindings.map { finding in
            [
                "rule": .string(finding.rule),
                "severity": .string(finding.severity.rawValue),
                "file": .string(finding.path),
                "line": .integer(finding.range.start.line),
                "column": .integer(finding.range.start.column),
                "endLine": .integer(finding.range.end.line),
                "endColumn": .integer(finding.range.end.column),
                "message": .string(finding.message),
                "excerpt": .string(Self.trimmedExcerpt(finding.excerpt)),
                "item": finding.item.map(JSONValue.string) ?? .null,
                "protocol": .string(finding.citation),
                "help": finding.help.map(JSONValue.string) ?? .null,
            ]
        }
        let files: [JSONValue] = report.files.map { file in
            [
                "file": .string(file.path),
                "kind": file.kind.map { .string($0.rawValue) } ?? .null,
                "date": file.date.map(JSONValue.string) ?? .null,
                "error": file.error.map { .string($0.description) } ?? .null,
            ]
        }
        let summary: JSONValue = [
            "files": .integer(report.files.count),
            "findings": .integer(findings.count),
            "error": .integer(report.count(of: .error)),
            "warning": .integer(report.count(of: .warning)),
            "info": .integer(report.count(of: .info)),
        ]
        let output: JSONValue = ["version": 1, "findings": .array(findings), "files": .array(files), "summary": summary]
        return JSONWriter().string(output) + "\n"
    }

    /// A line of a PDF pasted whole can be megabytes; an excerpt stays readable.
    static func trimmedExcerpt(_ excerpt: String) -> String {
        excerpt.unicodeScalars.count > 500 ? String(String.UnicodeScalarView(excerpt.unicodeScalars.prefix(500))) + "…" : excerpt
    }
}
