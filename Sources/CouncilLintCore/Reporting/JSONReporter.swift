/// The JSON output of the interface (`--format json`, version 1); keys sorted, nulls kept.
/// Written as two sections: the `files` list, then the `findings` and the summary.
public struct JSONReporter: StreamingReporter {
    private var tally = ReportTally()
    private let writer = JSONWriter()

    public init() {}

    public var sectionCount: Int { 2 }

    public mutating func add(_ file: FileReport) -> [String] {
        var entry: [UInt8] = []
        entry.reserveCapacity(256)
        JSONWriter.append(tally.files == 0 ? "{\n  \"files\": [\n" : ",\n", to: &entry)
        Self.writeElement(file, to: &entry)
        let findings = elements(of: file.findings)
        tally.add(file)
        return [String(decoding: entry, as: UTF8.self), findings]
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
        guard !findings.isEmpty else { return "" }
        var out: [UInt8] = []
        out.reserveCapacity(1024 * findings.count)
        for (offset, finding) in findings.enumerated() {
            JSONWriter.append(tally.findings + offset == 0 ? "[\n" : ",\n", to: &out)
            Self.writeElement(finding, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    // Elements of the lists that are values of top-level keys: objects two levels deep.
    private static func writeElement(_ file: FileReport, to out: inout [UInt8]) {
        JSONWriter.append("    ", to: &out)
        var object = JSONObjectWriter(depth: 2, opening: &out)
        object.add("date", file.date, to: &out)
        object.add("error", file.error?.description, to: &out)
        object.add("file", file.path, to: &out)
        object.add("kind", file.kind?.rawValue, to: &out)
        object.close(&out)
    }

    private static func writeElement(_ finding: Finding, to out: inout [UInt8]) {
        JSONWriter.append("    ", to: &out)
        var object = JSONObjectWriter(depth: 2, opening: &out)
        object.add("column", finding.range.start.column, to: &out)
        object.add("endColumn", finding.range.end.column, to: &out)
        object.add("endLine", finding.range.end.line, to: &out)
        object.add("excerpt", trimmedExcerpt(finding.excerpt), to: &out)
        object.add("file", finding.path, to: &out)
        object.add("help", finding.help, to: &out)
        object.add("item", finding.item, to: &out)
        object.add("line", finding.range.start.line, to: &out)
        object.add("message", finding.message, to: &out)
        object.add("protocol", finding.citation, to: &out)
        object.add("rule", finding.rule, to: &out)
        object.add("severity", finding.severity.rawValue, to: &out)
        object.close(&out)
    }

    /// A line of a PDF pasted whole can be megabytes; an excerpt stays readable.
    static func trimmedExcerpt(_ excerpt: String) -> String {
        excerpt.unicodeScalars.count > 500 ? String(String.UnicodeScalarView(excerpt.unicodeScalars.prefix(500))) + "…" : excerpt
    }
}
