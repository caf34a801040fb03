/// Compiler-style text, one block per finding, so editors and terminals can jump to it:
/// `path:line:col: severity: message [rule]`, the source line, an underline, protocol and help.
public struct TextReporter: StreamingReporter {
    public var colour: Bool
    /// Longest stretch of a source line shown; long lines are cut around the finding.
    static let excerptWidth = 120
    private var tally = ReportTally()

    public init(colour: Bool = false) {
        self.colour = colour
    }

    public var sectionCount: Int { 1 }

    public mutating func add(_ file: FileReport) -> [String] {
        tally.add(file)
        var out = ""
        if let error = file.error {
            let location = error.line.map { "\(error.path):\($0)" } ?? error.path
            out += "\(paint(location, .bold)): \(paint("error", .red)): \(error.message)\n"
        }
        for finding in file.findings {
            out += render(finding) + "\n"
        }
        return [out]
    }

    public mutating func finish(runFindings: [Finding]) -> [String] {
        tally.add(runFindings)
        var out = ""
        for finding in runFindings {
            out += "councillint: \(paint(finding.severity.rawValue, colourOf(finding.severity))): \(finding.message) [\(finding.rule)]\n"
        }
        return [out + summary() + "\n"]
    }

    func render(_ finding: Finding) -> String {
        let start = finding.range.start
        if finding.rule == Linter.readerNoteRule {
            return "\(paint("\(finding.path):\(start.line)", .bold)): \(paint("note", .cyan)): \(finding.message)\n"
        }
        var out = "\(paint("\(finding.path):\(start.line):\(start.column)", .bold)): "
            + "\(paint(finding.severity.rawValue, colourOf(finding.severity))): \(finding.message) [\(finding.rule)]\n"
        if !finding.excerpt.isEmpty {
            let gutter = String(start.line)
            let pad = String(repeating: " ", count: max(1, 5 - gutter.count))
            let (shown, caretColumn) = Self.window(of: finding.excerpt, column: start.column)
            let endColumn = finding.range.end.line == start.line ? finding.range.end.column : start.column + shown.count
            let length = max(1, min(endColumn - start.column, shown.count - caretColumn + 1))
            let lead = shown.prefix(caretColumn - 1).map { $0 == "\t" ? "\t" : " " }.joined()
            out += "\(pad)\(gutter) | \(shown)\n"
            out += "\(pad)\(String(repeating: " ", count: gutter.count)) | \(lead)\(paint("^" + String(repeating: "~", count: length - 1), colourOf(finding.severity)))\n"
        }
        let indent = String(repeating: " ", count: 3)
        if !finding.citation.isEmpty { out += "\(indent)= protocol: \(finding.citation)\n" }
        if let help = finding.help, !help.isEmpty { out += "\(indent)= help: \(help)\n" }
        return out
    }

    /// The part of `line` to show and the finding's column within it.
    static func window(of line: String, column: Int) -> (String, Int) {
        let characters = Array(line.unicodeScalars)
        guard characters.count > excerptWidth else { return (line, column) }
        let start = max(0, min(column - 1 - 20, characters.count - excerptWidth))
        let end = min(characters.count, start + excerptWidth)
        var shown = String(String.UnicodeScalarView(characters[start..<end]))
        var caret = column - start
        if start > 0 {
            shown = "…" + shown
            caret += 1
        }
        if end < characters.count { shown += "…" }
        return (shown, caret)
    }

    private func summary() -> String {
        var parts = [
            plural(tally.findings, "finding"),
            "(\(plural(tally.count(of: .error), "error")), \(plural(tally.count(of: .warning), "warning")), \(tally.count(of: .info)) info)",
            "in \(plural(tally.files, "file"))",
        ]
        if tally.unreadable > 0 { parts.append("(\(tally.unreadable) could not be read)") }
        return parts.joined(separator: " ")
    }

    private func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    enum Style: String {
        case bold = "1", red = "1;31", yellow = "1;33", cyan = "1;36"
    }

    private func colourOf(_ severity: Severity) -> Style {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .info: .cyan
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
