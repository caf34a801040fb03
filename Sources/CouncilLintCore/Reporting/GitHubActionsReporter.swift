import Foundation

/// GitHub Actions workflow commands, one line per finding, which the runner turns into annotations
/// on the pull request: `::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE`.
public struct GitHubActionsReporter: Reporter {
    /// Annotations need paths relative to the checkout, which is where the workflow runs.
    public var workingDirectory: String

    public init(workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = workingDirectory
    }

    public func render(_ report: LintReport) -> String {
        var lines: [String] = []
        for file in report.files {
            if let error = file.error {
                var properties = [("file", relativePath(error.path))]
                if let line = error.line { properties.append(("line", String(line))) }
                lines.append(Self.command("error", properties: properties, message: error.message))
            }
            for finding in file.findings {
                let start = finding.range.start, end = finding.range.end
                lines.append(Self.command(Self.commandName(finding.severity), properties: [
                    ("file", relativePath(finding.path)),
                    ("line", String(start.line)), ("col", String(start.column)),
                    ("endLine", String(end.line)), ("endColumn", String(end.column)),
                    ("title", finding.rule),
                ], message: finding.message))
            }
        }
        for finding in report.runFindings {
            lines.append(Self.command(Self.commandName(finding.severity), properties: [("title", finding.rule)],
                                      message: finding.message))
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private func relativePath(_ path: String) -> String {
        WorkingDirectoryPath(path, workingDirectory: workingDirectory).path
    }

    private static func commandName(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    private static func command(_ name: String, properties: [(String, String)], message: String) -> String {
        let list = properties.map { "\($0.0)=\(escapedProperty($0.1))" }.joined(separator: ",")
        return "::\(name) \(list)::\(escapedData(message))"
    }

    /// As `@actions/core` escapes a command's message.
    static func escapedData(_ text: String) -> String { escaped(text, isProperty: false) }

    /// As `@actions/core` escapes a property value, where ":" and "," would end it.
    static func escapedProperty(_ text: String) -> String { escaped(text, isProperty: true) }

    /// Scalar by scalar, because "\r\n" is one `Character` and must still become "%0D%0A".
    private static func escaped(_ text: String, isProperty: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where isProperty: out += "%3A"
            case "," where isProperty: out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
