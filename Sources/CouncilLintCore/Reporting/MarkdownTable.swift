/// A GitHub-flavoured Markdown table; cells must already be escaped (`MarkdownEscaping.escapedCell`).
enum MarkdownTable {
    enum Alignment: String {
        case left = "---"
        case right = "---:"
    }

    static func render(header: [String], alignments: [Alignment], rows: [[String]]) -> String {
        let lines = [header, alignments.map(\.rawValue)] + rows
        return lines.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }
}
