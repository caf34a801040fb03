import Foundation

/// The JSON output of the interface (`--format json`, version 1).
public struct JSONReporter: Reporter {
    public init() {}

    struct Output: Encodable {
        let version = 1
        let findings: [FindingOutput]
        let files: [FileOutput]
        let summary: Summary
    }

    struct FindingOutput: Encodable {
        let rule: String
        let severity: String
        let file: String
        let line: Int
        let column: Int
        let endLine: Int
        let endColumn: Int
        let message: String
        let excerpt: String
        let item: String?
        let `protocol`: String
        let help: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(rule, forKey: .rule)
            try container.encode(severity, forKey: .severity)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(endLine, forKey: .endLine)
            try container.encode(endColumn, forKey: .endColumn)
            try container.encode(message, forKey: .message)
            try container.encode(excerpt, forKey: .excerpt)
            try container.encode(item, forKey: .item)
            try container.encode(`protocol`, forKey: .protocol)
            try container.encode(help, forKey: .help)
        }

        enum CodingKeys: String, CodingKey {
            case rule, severity, file, line, column, endLine, endColumn, message, excerpt, item, `protocol`, help
        }
    }

    struct FileOutput: Encodable {
        let file: String
        let kind: String?
        let date: String?
        let error: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(kind, forKey: .kind)
            try container.encode(date, forKey: .date)
            try container.encode(error, forKey: .error)
        }

        enum CodingKeys: String, CodingKey { case file, kind, date, error }
    }

    struct Summary: Encodable {
        let files: Int
        let findings: Int
        let error: Int
        let warning: Int
        let info: Int
    }

    public func render(_ report: LintReport) -> String {
        let findings = report.allFindings.map { finding in
            FindingOutput(rule: finding.rule, severity: finding.severity.rawValue, file: finding.path,
                          line: finding.range.start.line, column: finding.range.start.column,
                          endLine: finding.range.end.line, endColumn: finding.range.end.column,
                          message: finding.message, excerpt: JSONReporter.trimmedExcerpt(finding.excerpt), item: finding.item,
                          protocol: finding.citation, help: finding.help)
        }
        let files = report.files.map { file in
            FileOutput(file: file.path, kind: file.kind?.rawValue, date: file.date, error: file.error?.description)
        }
        let output = Output(findings: findings, files: files,
                            summary: Summary(files: report.files.count, findings: findings.count,
                                             error: report.count(of: .error), warning: report.count(of: .warning),
                                             info: report.count(of: .info)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(output) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A line of a PDF pasted whole can be megabytes; an excerpt stays readable.
    static func trimmedExcerpt(_ excerpt: String) -> String {
        excerpt.unicodeScalars.count > 500 ? String(String.UnicodeScalarView(excerpt.unicodeScalars.prefix(500))) + "…" : excerpt
    }
}
