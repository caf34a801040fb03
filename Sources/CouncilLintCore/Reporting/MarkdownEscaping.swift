/// Makes text read literally in GitHub-flavoured Markdown, where messages quoting a document could
/// otherwise turn into emphasis, links, HTML or table columns.
enum MarkdownEscaping {
    private static let punctuation: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "&"]

    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if punctuation.contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// For a table cell, which must stay on one line.
    static func escapedCell(_ text: String) -> String {
        escaped(text).split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
