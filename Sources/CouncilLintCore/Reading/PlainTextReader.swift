import Foundation

/// Reads `.txt` files, including text pasted from PDFs (layout spacing, whole documents on
/// one line): blank lines end paragraphs, and a line that opens with a bullet or an item
/// number starts a new block, as does the line after a short heading-like line.
public struct PlainTextReader: DocumentReader {
    public init() {}

    public func read(bytes: [UInt8], path: String) throws(ReadError) -> Document {
        let source = try SourceText(bytes: bytes, path: path)
        var blocks: [Block] = []
        var builder = BlockTextBuilder()
        var builderKind = BlockKind.paragraph
        var previousLineWasHeading = false
        var previousLineLeadsOn = false

        func flush() {
            if let block = builder.build(kind: builderKind) { blocks.append(block) }
            builder.removeAll()
            builderKind = .paragraph
        }

        source.forEachLine { number, bytes in
            let line = LineText(bytes)
            let indentation = line.leadingLength(of: " \t\u{0C}")
            let content = line.dropFirst(indentation)
            if content.isBlank {
                flush()
                previousLineWasHeading = false
                return
            }
            let column = UTF8Bytes.scalarCount(bytes.prefix(indentation)) + 1
            let startsBlock = (LineShape.opensBlock(content.bytes) && !previousLineLeadsOn) || previousLineWasHeading
            if startsBlock { flush() }
            let isHeading = LineShape.looksLikeHeading(content)
            if builder.isEmpty {
                builderKind = LineShape.isBullet(content.bytes) ? .listItem : (isHeading ? .heading : .paragraph)
            } else {
                if builderKind == .heading { builderKind = .paragraph }
                builder.appendSpace()
            }
            builder.append(utf8: content.bytes, at: SourcePosition(line: number, column: column))
            previousLineWasHeading = isHeading
            previousLineLeadsOn = LineShape.leadsOnToReference(content.bytes)
        }
        flush()
        return Document(path: path, format: .plainText, blocks: blocks, sourceLines: source.lines)
    }
}

/// How a single line of plain text or Markdown looks, used to cut it into blocks; read from
/// the line's UTF-8.
enum LineShape {
    /// "- ", "• ", "–\t": a bullet, then a space or a tab.
    static func isBullet(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = line.first else { return false }
        var markerLength = 0
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            markerLength = 1
        } else if first >= 0x80 {
            let (scalar, length) = UTF8Bytes.scalar(in: line, at: 0)
            if "•·▪–".unicodeScalars.contains(scalar) { markerLength = length }
        }
        guard markerLength > 0, markerLength < line.count else { return false }
        return line[markerLength] == UInt8(ascii: " ") || line[markerLength] == UInt8(ascii: "\t")
    }

    /// A line that begins with an item reference: "7.", "7.1", "6a)", "25/041", "FC24/262", "(ii)".
    static func opensWithItemNumber(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let utf8 = UnsafeBufferPointer(rebasing: line.prefix(16))
        var index = 0
        var letters = 0
        while index < utf8.count, isUpperASCII(utf8[index]), letters < 4 { index += 1; letters += 1 }
        let digitsStart = index
        while index < utf8.count, isDigit(utf8[index]) { index += 1 }
        let digits = index - digitsStart
        guard digits >= 1, digits <= 4 else { return romanNumeralOpening(utf8) }
        if index == utf8.count { return letters == 0 && digits <= 3 }
        let next = utf8[index]
        if next == UInt8(ascii: "/") || next == UInt8(ascii: ":") {
            // "25/041 Planning", "FC24/262." — but not "F26/006, because" inside a sentence.
            var end = index + 1
            guard end < utf8.count, isDigit(utf8[end]) else { return false }
            while end < utf8.count, isDigit(utf8[end]) { end += 1 }
            if end < utf8.count, utf8[end] == UInt8(ascii: ".") || utf8[end] == UInt8(ascii: ":") || utf8[end] == UInt8(ascii: ")") { end += 1 }
            return end == utf8.count || utf8[end] == UInt8(ascii: " ") || utf8[end] == UInt8(ascii: "\t")
        }
        if letters > 0 { return false }
        if next == UInt8(ascii: ".") {
            // "7.", "7.1 Title" — but not "8.48pm" or "9.40".
            var end = index + 1
            while end < utf8.count, isDigit(utf8[end]) || utf8[end] == UInt8(ascii: ".") { end += 1 }
            return end == utf8.count || utf8[end] == UInt8(ascii: " ") || utf8[end] == UInt8(ascii: ")")
        }
        if next == UInt8(ascii: ")") || next == UInt8(ascii: "\\") {
            return true
        }
        if isLowerASCII(next), index + 1 < utf8.count {
            let after = utf8[index + 1]
            return after == UInt8(ascii: ".") || after == UInt8(ascii: ")") || after == UInt8(ascii: " ")
        }
        return next == UInt8(ascii: " ") && digits <= 3 && utf8.count > index + 1 && isUpperASCII(utf8[index + 1])
    }

    /// A line ending "... interest in item" continues onto the next line's number.
    static func leadsOnToReference(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = lastWord(of: line, longest: 12) else { return false }
        return referenceLeadWords.contains(last)
    }

    private static let referenceLeadWords = keys([
        "item", "items", "minute", "minutes", "no.", "no", "application", "ref", "ref.", "reference", "at", "in",
        "of", "and", "to", "see", "under", "on", "&", "per", "page", "para", "paragraph",
    ])

    /// The line's last word (after trailing spaces and tabs), ASCII-lowercased, or nil when it is
    /// longer than `longest` bytes: every word it is compared with is short and ASCII.
    private static func lastWord(of line: UnsafeBufferPointer<UInt8>, longest: Int) -> ShortNameKey? {
        var end = line.count
        while end > 0, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        var start = end
        while start > 0, end - start <= longest, line[start - 1] != UInt8(ascii: " "), line[start - 1] != UInt8(ascii: "\t") {
            start -= 1
        }
        guard start < end, end - start <= longest else { return nil }
        return ShortNameKey(line[start..<end])
    }

    private static func keys(_ words: [String]) -> Set<ShortNameKey> {
        Set(words.compactMap { ShortNameKey($0) })
    }

    static func opensBlock(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        isBullet(line) || opensWithItemNumber(line) || opensWithLetter(line)
    }

    /// "(a) 25/0113/HH ..." or "b) ...": a lettered paragraph.
    static func opensWithLetter(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let head = line.prefix(4)
        if head.count >= 4, head[0] == UInt8(ascii: "("), isLowerASCII(head[1]), head[2] == UInt8(ascii: ")"), head[3] == UInt8(ascii: " ") {
            return true
        }
        return head.count >= 3 && isLowerASCII(head[0]) && head[1] == UInt8(ascii: ")") && head[2] == UInt8(ascii: " ")
    }

    /// A short line with no closing full stop, mostly capitals or a numbered title.
    static func looksLikeHeading(_ line: LineText) -> Bool {
        if isNumberedTitle(line.bytes) { return true }
        guard line.bytes.count >= 3, line.bytes.count <= 360 else { return false }
        let trimmed = line.droppingTrailing(" \t")
        // Counting characters is the slow part; a byte count of 12 to 90 settles it for most lines.
        let byteCount = trimmed.bytes.count
        guard byteCount >= 3, (12...90).contains(byteCount) || (3...90).contains(trimmed.characterCount) else { return false }
        if trimmed.hasSuffix(".") && !trimmed.hasSuffix("..") { return false }
        if trimmed.hasSuffix(",") || trimmed.hasSuffix(";") || trimmed.hasSuffix("-") { return false }
        // A heading broken across lines by PDF layout ("DECLARATIONS OF" / "INTEREST") continues.
        if let last = lastWord(of: trimmed.bytes, longest: 3), headingContinuations.contains(last) { return false }
        var letters = 0
        var upper = 0
        var index = 0
        let bytes = trimmed.bytes
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if isUpperASCII(byte) { letters += 1; upper += 1 } else if isLowerASCII(byte) { letters += 1 }
                index += 1
                continue
            }
            let (scalar, length) = UTF8Bytes.scalar(in: bytes, at: index)
            if scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isUppercase { upper += 1 }
            }
            index += length
        }
        return letters >= 3 && upper * 10 >= letters * 8
    }

    private static let headingContinuations = keys(["of", "and", "the", "to", "for", "in", "&", "on", "or"])

    /// PDF layout's "52         Apologies for Absence": a number, a wide gap, a capitalised title.
    static func isNumberedTitle(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard utf8.count <= 100 else { return false }
        var index = 0
        while index < utf8.count, isDigit(utf8[index]) { index += 1 }
        guard (1...3).contains(index) else { return false }
        var gap = 0
        while index < utf8.count, utf8[index] == UInt8(ascii: " ") || utf8[index] == UInt8(ascii: "\t") {
            gap += utf8[index] == UInt8(ascii: "\t") ? 2 : 1
            index += 1
        }
        guard gap >= 2, index < utf8.count, isUpperASCII(utf8[index]) else { return false }
        return utf8.last != UInt8(ascii: ".")
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isUpperASCII(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isLowerASCII(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    private static func romanNumeralOpening(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if index < utf8.count, utf8[index] == UInt8(ascii: "(") { index += 1 }
        let start = index
        while index < utf8.count, "ivx".utf8.contains(utf8[index]) { index += 1 }
        guard index > start, index - start <= 4, index < utf8.count else { return false }
        return utf8[index] == UInt8(ascii: ")") || utf8[index] == UInt8(ascii: ".")
    }
}
