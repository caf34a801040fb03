import Foundation

/// Reads Markdown as council websites publish it: ATX and setext headings, list items, pipe
/// tables, paragraphs; inline emphasis, code marks, links and backslash escapes are dropped
/// from the text while positions still point at the visible characters. HTML comments carry
/// suppressions and are not text.
public struct MarkdownReader: DocumentReader {
    public init() {}

    public func read(bytes: [UInt8], path: String) throws(ReadError) -> Document {
        let source = try SourceText(bytes: bytes, path: path)
        var blocks: [Block] = []
        var suppressions: [SuppressionComment] = []
        var builder = BlockTextBuilder()
        var builderKind = BlockKind.paragraph
        var openComment: (line: Int, body: String)?
        var inFence = false

        func flush() {
            if let block = builder.build(kind: builderKind) { blocks.append(block) }
            builder = BlockTextBuilder()
            builderKind = .paragraph
        }

        for (index, rawLine) in source.lines.enumerated() {
            let lineNumber = index + 1
            var line = rawLine
            // Characters of the raw line before `line`: a comment from an earlier line ending here.
            var commentEndColumn = 0
            if var comment = openComment {
                if let end = line.firstRange(of: "-->") {
                    comment.body += " " + line[..<end.lowerBound]
                    if let parsed = SuppressionCommentParser.parse(comment.body[...], line: comment.line) {
                        suppressions.append(parsed)
                    }
                    openComment = nil
                    line = line[end.upperBound...]
                    commentEndColumn = rawLine.unicodeScalars.distance(from: rawLine.startIndex, to: end.upperBound)
                } else {
                    comment.body += " " + line
                    openComment = comment
                    continue
                }
            }
            line = Self.removingComments(from: line, line: lineNumber, into: &suppressions, open: &openComment)
            let content = line.drop { $0 == " " || $0 == "\t" }
            let column = commentEndColumn + line.unicodeScalars.distance(from: line.startIndex, to: content.startIndex) + 1
            if content.hasPrefix("```") || content.hasPrefix("~~~") {
                flush()
                inFence.toggle()
                continue
            }
            if content.allSatisfy({ $0.isWhitespace }) {
                flush()
                continue
            }
            if inFence {
                builder.append(content, at: SourcePosition(line: lineNumber, column: column))
                flush()
                continue
            }
            if Self.isSetextUnderline(content), !builder.isEmpty {
                builderKind = .heading
                flush()
                continue
            }
            if Self.isThematicBreak(content) {
                flush()
                continue
            }
            var marker = 0
            var kind = BlockKind.paragraph
            var level = 0
            if let hashes = Self.atxHeadingLevel(content) {
                flush()
                kind = .heading
                level = hashes
                marker = hashes + 1
            } else if let width = Self.listMarkerWidth(content) {
                flush()
                kind = .listItem
                marker = width
            } else if content.hasPrefix("|") {
                flush()
                kind = .tableRow
                if Self.isTableDelimiterRow(content) { continue }
            } else if content.hasPrefix(">") {
                marker = content.dropFirst().first == " " ? 2 : 1
            } else if LineShape.opensWithItemNumber(Self.unescapedOpening(of: content)) {
                flush()
            }
            let text = content.dropFirst(marker)
            if builder.isEmpty {
                builderKind = kind
            } else {
                builder.appendSpace()
            }
            InlineMarkdown.append(text, line: lineNumber, column: column + marker, to: &builder,
                                  tableRow: kind == .tableRow)
            if kind == .heading {
                var heading = builder
                heading.appendSpace()
                if let block = heading.build(kind: .heading, level: level) { blocks.append(block) }
                builder = BlockTextBuilder()
                builderKind = .paragraph
            } else if kind == .tableRow {
                flush()
            }
        }
        flush()
        return Document(path: path, format: .markdown, blocks: blocks, suppressions: suppressions,
                        sourceLines: source.lines)
    }

    private static func removingComments(from line: Substring, line lineNumber: Int,
                                         into suppressions: inout [SuppressionComment],
                                         open: inout (line: Int, body: String)?) -> Substring {
        guard line.utf8.contains(UInt8(ascii: "<")), line.contains("<!--") else { return line }
        var kept = ""
        var rest = line
        while let start = rest.firstRange(of: "<!--") {
            kept += rest[..<start.lowerBound]
            let afterStart = rest[start.upperBound...]
            if let end = afterStart.firstRange(of: "-->") {
                if let parsed = SuppressionCommentParser.parse(afterStart[..<end.lowerBound], line: lineNumber) {
                    suppressions.append(parsed)
                }
                kept += String(repeating: " ", count: rest[start.lowerBound..<end.upperBound].unicodeScalars.count)
                rest = afterStart[end.upperBound...]
            } else {
                open = (lineNumber, String(afterStart))
                return Substring(kept)
            }
        }
        kept += rest
        return Substring(kept)
    }

    private static func atxHeadingLevel(_ line: Substring) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let after = line.dropFirst(hashes).first
        return after == nil || after == " " || after == "\t" ? hashes : nil
    }

    private static func listMarkerWidth(_ line: Substring) -> Int? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " { return 2 }
        let digits = line.prefix { $0.isASCII && $0.isNumber }.count
        guard digits >= 1, digits <= 3 else { return nil }
        let rest = line.dropFirst(digits)
        guard let delimiter = rest.first, delimiter == "." || delimiter == ")",
              rest.dropFirst().first == " " else { return nil }
        // "7. Planning" keeps its number: item numbers are content in council documents.
        return 0
    }

    /// "===" or "---" under a paragraph; the first mark is checked before the line is copied.
    private static func isSetextUnderline(_ line: Substring) -> Bool {
        guard let mark = line.unicodeScalars.first(where: { !CharacterSet.whitespaces.contains($0) }),
              mark == "=" || mark == "-" else { return false }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count >= 2 && trimmed.allSatisfy { $0 == Character(mark) }
    }

    private static func isThematicBreak(_ line: Substring) -> Bool {
        guard let mark = line.first(where: { !$0.isWhitespace }), "-*_".contains(mark) else { return false }
        let compact = line.filter { !$0.isWhitespace }
        return compact.count >= 3 && compact.allSatisfy { $0 == mark }
    }

    private static func isTableDelimiterRow(_ line: Substring) -> Bool {
        line.allSatisfy { "|-: \t".contains($0) }
    }

    /// The line's first characters without backslash escapes: enough to see an item number.
    private static func unescapedOpening(of line: Substring) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.lazy.filter { $0 != "\\" }.prefix(16)))
    }
}

/// Inline Markdown: keeps visible characters with their columns, drops markup characters.
enum InlineMarkdown {
    static func append(_ text: Substring, line: Int, column: Int, to builder: inout BlockTextBuilder,
                       tableRow: Bool) {
        var runColumn = column
        var current = column
        let scalars = Array(text.unicodeScalars)
        // The text kept between two pieces of markup is one stretch of `text`, copied whole:
        // `position` is where `scalars[index]` starts in it.
        var position = text.unicodeScalars.startIndex
        var runStart: String.Index?
        // Found once: asking at every "<" whether a ">" follows would be quadratic on "<a<a<a...".
        let lastClosingAngle = scalars.lastIndex(of: ">") ?? -1
        var index = 0

        func flushRun() {
            if let start = runStart {
                builder.append(Substring(text.unicodeScalars[start..<position]), at: SourcePosition(line: line, column: runColumn))
            }
            runStart = nil
        }
        func advance(_ count: Int) {
            index += count
            current += count
            position = text.unicodeScalars.index(position, offsetBy: count)
        }
        func skip(_ count: Int) {
            flushRun()
            advance(count)
            runColumn = current
        }
        func keep() {
            if runStart == nil {
                runStart = position
                runColumn = current
            }
            advance(1)
        }

        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\\" where index + 1 < scalars.count && scalars[index + 1].properties.isPatternSyntax:
                skip(1)
                keep()
            case "*", "`":
                skip(1)
            case "_" where isEmphasisUnderscore(scalars, at: index):
                skip(1)
            case "|" where tableRow:
                flushRun()
                builder.appendReplacement(" | ", at: SourcePosition(line: line, column: current))
                advance(1)
                runColumn = current
            case "!" where index + 1 < scalars.count && scalars[index + 1] == "[":
                skip(1)
            case "[":
                skip(1)
            case "]" where index + 1 < scalars.count && scalars[index + 1] == "(":
                let close = scalars[index...].firstIndex(of: ")") ?? scalars.count - 1
                skip(close - index + 1)
            case "]":
                skip(1)
            case "<" where index < lastClosingAngle && looksLikeTag(scalars, at: index):
                let close = scalars[index...].firstIndex(of: ">") ?? scalars.count - 1
                skip(close - index + 1)
                builder.appendSpace()
            default:
                keep()
            }
        }
        flushRun()
    }

    private static func isEmphasisUnderscore(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let before = index > 0 ? scalars[index - 1] : " "
        let after = index + 1 < scalars.count ? scalars[index + 1] : " "
        return !(before.properties.isAlphabetic && after.properties.isAlphabetic)
    }

    /// "<" opening a tag ("<br>", "</span>"), given that a ">" follows somewhere.
    private static func looksLikeTag(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 1 < scalars.count else { return false }
        let next = scalars[index + 1]
        return next == "/" || (next.isASCII && next.properties.isAlphabetic)
    }
}
