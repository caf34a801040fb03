import Foundation

/// Reads Markdown as council websites publish it: ATX and setext headings, list items, pipe
/// tables, paragraphs; inline emphasis, code marks, links and backslash escapes are dropped
/// from the text while positions still point at the visible characters. HTML comments carry
/// suppressions and are not text.
public struct MarkdownReader: DocumentReader {
    public init() {}

    public func read(bytes: [UInt8], path: String) throws(ReadError) -> Document {
        let source = try SourceText(bytes: bytes, path: path)
        var blocks = BlockCutter()
        var suppressions: [SuppressionComment] = []
        var openComment: (line: Int, body: String)?

        source.forEachLine { lineNumber, bytes in
            guard openComment != nil || bytes.contains(UInt8(ascii: "<")) else {
                blocks.read(LineText(bytes), lineNumber: lineNumber, commentEndColumn: 0)
                return
            }
            let rawLine = source.lines[lineNumber - 1]
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
                    return
                }
            }
            var text = String(Self.removingComments(from: line, line: lineNumber, into: &suppressions, open: &openComment))
            text.withUTF8 { blocks.read(LineText($0), lineNumber: lineNumber, commentEndColumn: commentEndColumn) }
        }
        return Document(path: path, format: .markdown, blocks: blocks.finish(), suppressions: suppressions,
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
}

/// Cuts Markdown lines (comments removed) into blocks.
private struct BlockCutter {
    private var blocks: [Block] = []
    private var builder = BlockTextBuilder()
    private var builderKind = BlockKind.paragraph
    private var inFence = false

    mutating func read(_ line: LineText, lineNumber: Int, commentEndColumn: Int) {
        let indentation = line.leadingLength(of: " \t")
        let content = line.dropFirst(indentation)
        let column = commentEndColumn + UTF8Bytes.scalarCount(line.bytes.prefix(indentation)) + 1
        if content.hasPrefix("```") || content.hasPrefix("~~~") {
            flush()
            inFence.toggle()
            return
        }
        if content.isBlank {
            flush()
            return
        }
        if inFence {
            builder.append(utf8: content.bytes, at: SourcePosition(line: lineNumber, column: column))
            flush()
            return
        }
        if Self.isSetextUnderline(content), !builder.isEmpty {
            builderKind = .heading
            flush()
            return
        }
        if Self.isThematicBreak(content) {
            flush()
            return
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
            if content.consists(of: "|-: \t") { return }
        } else if content.hasPrefix(">") {
            marker = content.hasPrefix("> ") ? 2 : 1
        } else if Self.opensWithItemNumber(content.bytes) {
            flush()
        }
        if builder.isEmpty {
            builderKind = kind
        } else {
            builder.appendSpace()
        }
        // Every marker character is one ASCII byte.
        InlineMarkdown.append(content.dropFirst(marker).bytes, line: lineNumber, column: column + marker,
                              to: &builder, tableRow: kind == .tableRow)
        if kind == .heading {
            if let block = builder.build(kind: .heading, level: level) { blocks.append(block) }
            builder.removeAll()
            builderKind = .paragraph
        } else if kind == .tableRow {
            flush()
        }
    }

    mutating func finish() -> [Block] {
        flush()
        return blocks
    }

    private mutating func flush() {
        if let block = builder.build(kind: builderKind) { blocks.append(block) }
        builder.removeAll()
        builderKind = .paragraph
    }

    private static func atxHeadingLevel(_ line: LineText) -> Int? {
        let hashes = line.leadingLength(of: "#")
        guard (1...6).contains(hashes) else { return nil }
        let after = line.dropFirst(hashes)
        return after.bytes.isEmpty || after.hasPrefix(" ") || after.hasPrefix("\t") ? hashes : nil
    }

    private static func listMarkerWidth(_ line: LineText) -> Int? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return 2 }
        let digits = line.leadingLength(of: "0123456789")
        guard digits >= 1, digits <= 3 else { return nil }
        let rest = line.dropFirst(digits)
        guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return nil }
        // "7. Planning" keeps its number: item numbers are content in council documents.
        return 0
    }

    /// "===" or "---" under a paragraph: on bytes when its marks and its ends are ASCII.
    private static func isSetextUnderline(_ line: LineText) -> Bool {
        guard line.isPlain, let mark = line.bytes.first, mark != UInt8(ascii: " "), mark != UInt8(ascii: "\t"),
              mark < 0x80 else { return isSetextUnderline(Substring(line.string)) }
        guard mark == UInt8(ascii: "=") || mark == UInt8(ascii: "-") else { return false }
        let trimmed = line.droppingTrailing(" \t").bytes
        guard let last = trimmed.last, last < 0x80 else { return isSetextUnderline(Substring(line.string)) }
        return trimmed.count >= 2 && trimmed.allSatisfy { $0 == mark }
    }

    private static func isSetextUnderline(_ line: Substring) -> Bool {
        guard let mark = line.unicodeScalars.first(where: { !CharacterSet.whitespaces.contains($0) }),
              mark == "=" || mark == "-" else { return false }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count >= 2 && trimmed.allSatisfy { $0 == Character(mark) }
    }

    private static func isThematicBreak(_ line: LineText) -> Bool {
        guard line.isPlain else { return isThematicBreak(Substring(line.string)) }
        let bytes = line.bytes
        var mark: UInt8?
        var marks = 0
        var index = 0
        while index < bytes.count {
            let spaceLength = BlockTextBuilder.foldableLength(bytes, at: index)
            if spaceLength > 0 {
                index += spaceLength
                continue
            }
            let byte = bytes[index]
            if mark == nil {
                guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") else { return false }
                mark = byte
            }
            guard byte == mark else { return false }
            marks += 1
            index += 1
        }
        return marks >= 3
    }

    private static func isThematicBreak(_ line: Substring) -> Bool {
        guard let mark = line.first(where: { !$0.isWhitespace }), "-*_".contains(mark) else { return false }
        let compact = line.filter { !$0.isWhitespace }
        return compact.count >= 3 && compact.allSatisfy { $0 == mark }
    }

    /// An item number, read through backslash escapes ("7\. Planning").
    private static func opensWithItemNumber(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let opening = line.prefix(16)
        guard opening.contains(UInt8(ascii: "\\")) else { return LineShape.opensWithItemNumber(line) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { unescaped in
            var count = 0
            for byte in line where byte != UInt8(ascii: "\\") {
                guard count < 16 else { break }
                unescaped[count] = byte
                count += 1
            }
            return LineShape.opensWithItemNumber(UnsafeBufferPointer(rebasing: unescaped[..<count]))
        }
    }
}

/// Inline Markdown: keeps visible characters with their columns, drops markup characters.
enum InlineMarkdown {
    static func append(_ text: UnsafeBufferPointer<UInt8>, line: Int, column: Int, to builder: inout BlockTextBuilder,
                       tableRow: Bool) {
        // The text kept between two pieces of markup is one stretch of `text`, copied whole.
        var runStart: Int?
        var runColumn = column
        var current = column
        var index = 0
        // Found once: asking at every "<" whether a ">" follows would be quadratic on "<a<a<a...".
        let lastClosingAngle = text.lastIndex(of: UInt8(ascii: ">")) ?? -1

        func flushRun() {
            if let start = runStart {
                builder.append(utf8: UnsafeBufferPointer(rebasing: text[start..<index]),
                               at: SourcePosition(line: line, column: runColumn))
            }
            runStart = nil
        }
        func skip(to end: Int) {
            flushRun()
            current += UTF8Bytes.scalarCount(text[index..<end])
            index = end
            runColumn = current
        }
        func keep(bytes length: Int) {
            if runStart == nil {
                runStart = index
                runColumn = current
            }
            index += length
            current += 1
        }

        while index < text.count {
            let byte = text[index]
            guard isMarkupByte(byte) else {
                keep(bytes: byte < 0x80 ? 1 : min(BlockTextBuilder.scalarLength(leadingByte: byte), text.count - index))
                continue
            }
            let next: UInt8? = index + 1 < text.count ? text[index + 1] : nil
            switch byte {
            case UInt8(ascii: "\\") where next != nil && UTF8Bytes.scalar(in: text, at: index + 1).scalar.properties.isPatternSyntax:
                skip(to: index + 1)
                keep(bytes: UTF8Bytes.scalar(in: text, at: index).length)
            case UInt8(ascii: "*"), UInt8(ascii: "`"):
                skip(to: index + 1)
            case UInt8(ascii: "_") where isEmphasisUnderscore(text, at: index):
                skip(to: index + 1)
            case UInt8(ascii: "|") where tableRow:
                flushRun()
                builder.appendReplacement(" | ", at: SourcePosition(line: line, column: current))
                index += 1
                current += 1
                runColumn = current
            case UInt8(ascii: "!") where next == UInt8(ascii: "["):
                skip(to: index + 1)
            case UInt8(ascii: "["):
                skip(to: index + 1)
            case UInt8(ascii: "]") where next == UInt8(ascii: "("):
                skip(to: text[index...].firstIndex(of: UInt8(ascii: ")")).map { $0 + 1 } ?? text.count)
            case UInt8(ascii: "]"):
                skip(to: index + 1)
            case UInt8(ascii: "<") where index < lastClosingAngle && looksLikeTag(next):
                skip(to: text[index...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? text.count)
                builder.appendSpace()
            default:
                keep(bytes: 1)
            }
        }
        flushRun()
    }

    /// The bytes that may open markup: `\ * ` _ | ! [ ] <`.
    private static func isMarkupByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "`"), UInt8(ascii: "_"), UInt8(ascii: "|"),
             UInt8(ascii: "!"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"):
            return true
        default:
            return false
        }
    }

    private static func isEmphasisUnderscore(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let before: Unicode.Scalar = index > 0 ? UTF8Bytes.scalar(in: text, at: UTF8Bytes.scalarStart(in: text, before: index)).scalar : " "
        let after: Unicode.Scalar = index + 1 < text.count ? UTF8Bytes.scalar(in: text, at: index + 1).scalar : " "
        return !(before.properties.isAlphabetic && after.properties.isAlphabetic)
    }

    /// "<" opening a tag ("<br>", "</span>"), given that a ">" follows somewhere.
    private static func looksLikeTag(_ next: UInt8?) -> Bool {
        guard let next else { return false }
        let lower = next | 0x20
        return next == UInt8(ascii: "/") || (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
    }
}
