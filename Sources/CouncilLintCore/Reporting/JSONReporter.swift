/// The JSON output of the interface (`--format json`, version 1); keys sorted, nulls kept.
/// Written as two sections: the `files` list, then the `findings` and the summary.
public struct JSONReporter: StreamingReporter {
    private var tally = ReportTally()
    private let writer = JSONWriter()

    public init() {}

    public var sectionCount: Int { 2 }

    public mutating func add(_ file: FileReport) -> [String] {
        let opening = tally.files == 0 ? "{\n  \"files\": [\n" : ",\n"
        let findings = elements(of: file.findings)
        tally.add(file)
        return [opening + element(Self.value(of: file)), findings]
    }

    public mutating func finish(runFindings: [Finding]) -> [String] {
        let files = tally.files == 0 ? "{\n  \"files\": []" : "\n  ]"
        let findings = elements(of: runFindings)
        tally.add(runFindings)
        let summary: JSONValue = [
            "files": .integer(tally.files),
            "findings": .integer(tally.findings),
            "error": .integer(tally.count(of: .error)),
            "warning": .integer(tally.count(of: .warning)),
            "info": .integer(tally.count(of: .info)),
        ]
        return [files + ",\n  \"findings\": ",
                findings + (tally.findings == 0 ? "[]" : "\n  ]")
                    + ",\n  \"summary\": " + writer.string(summary, depth: 1) + ",\n  \"version\": 1\n}\n"]
    }

    /// `findings` as the next elements of the findings list (the first one opens it).
    private func elements(of findings: [Finding]) -> String {
        findings.enumerated().map { offset, finding in
            (tally.findings + offset == 0 ? "[\n" : ",\n") + element(Self.value(of: finding))
        }.joined()
    }

    /// An element of a list that is the value of a top-level key.
    private func element(_ value: JSONValue) -> String {
        "    " + writer.string(value, depth: 2)
    }

    private static func value(of file: FileReport) -> JSONValue {
        [
            "file": .string(file.path),
            "kind": file.kind.map { .string($0.rawValue) } ?? .null,
            "date": file.date.map(JSONValue.string) ?? .null,
            "error": file.error.map { .string($0.description) } ?? .null,
        ]
    }

    private static func value(of finding: Finding) -> JSONValue {
        [
            "rule": .string(finding.rule),
            "severity": .string(finding.severity.rawValue),
            "file": .string(finding.path),
            "line": .integer(finding.range.start.line),
            "column": .integer(finding.range.start.column),
            "endLine": .integer(finding.range.end.line),
            "endColumn": .integer(finding.range.end.column),
            "message": .string(finding.message),
            "excerpt": .string(trimmedExcerpt(finding.excerpt)),
            "item": finding.item.map(JSONValue.string) ?? .null,
            "protocol": .string(finding.citation),
            "help": finding.help.map(JSONValue.string) ?? .null,
        ]
    }

    /// A line of a PDF pasted whole can be megabytes; an excerpt stays readable.
    static func trimmedExcerpt(_ excerpt: String) -> String {
        excerpt.unicodeScalars.count > 500 ? String(String.UnicodeScalarView(excerpt.unicodeScalars.prefix(500))) + "…" : excerpt
    }
}
