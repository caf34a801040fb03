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
            builder = BlockTextBuilder()
            builderKind = .paragraph
        }

        for (index, line) in source.lines.enumerated() {
            let content = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
            if content.allSatisfy({ $0.isWhitespace }) {
                flush()
                previousLineWasHeading = false
                continue
            }
            let column = line.unicodeScalars.distance(from: line.startIndex, to: content.startIndex) + 1
            let startsBlock = (LineShape.opensBlock(content) && !previousLineLeadsOn) || previousLineWasHeading
            if startsBlock { flush() }
            let isHeading = LineShape.looksLikeHeading(content)
            if builder.isEmpty {
                builderKind = LineShape.isBullet(content) ? .listItem : (isHeading ? .heading : .paragraph)
            } else {
                if builderKind == .heading { builderKind = .paragraph }
                builder.appendSpace()
            }
            builder.append(content, at: SourcePosition(line: index + 1, column: column))
            previousLineWasHeading = isHeading
            previousLineLeadsOn = LineShape.leadsOnToReference(content)
        }
        flush()
        return Document(path: path, format: .plainText, blocks: blocks, sourceLines: source.lines)
    }
}

/// How a single line of plain text or Markdown looks, used to cut it into blocks.
enum LineShape {
    static func isBullet<S: StringProtocol>(_ line: S) -> Bool {
        var scalars = line.unicodeScalars.makeIterator()
        guard let first = scalars.next(), "-*•·▪–+".unicodeScalars.contains(first) else { return false }
        let second = scalars.next()
        return second == " " || second == "\t"
    }

    /// A line that begins with an item reference: "7.", "7.1", "6a)", "25/041", "FC24/262", "(ii)".
    static func opensWithItemNumber<S: StringProtocol>(_ line: S) -> Bool {
        let utf8 = Array(line.utf8.prefix(16))
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
    static func leadsOnToReference(_ line: Substring) -> Bool {
        guard let last = lastWord(of: line, longest: 12) else { return false }
        return referenceLeadWords.contains(last)
    }

    private static let referenceLeadWords: Set<String> = [
        "item", "items", "minute", "minutes", "no.", "no", "application", "ref", "ref.", "reference", "at", "in",
        "of", "and", "to", "see", "under", "on", "&", "per", "page", "para", "paragraph",
    ]

    /// The line's last word (after trailing spaces and tabs), ASCII-lowercased, or nil when it is
    /// longer than `longest` bytes: every word it is compared with is short and ASCII.
    private static func lastWord(of line: Substring, longest: Int) -> String? {
        let utf8 = line.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let before = utf8.index(before: end)
            guard utf8[before] == UInt8(ascii: " ") || utf8[before] == UInt8(ascii: "\t") else { break }
            end = before
        }
        var start = end
        var length = 0
        while start > utf8.startIndex, length <= longest {
            let before = utf8.index(before: start)
            if utf8[before] == UInt8(ascii: " ") || utf8[before] == UInt8(ascii: "\t") { break }
            start = before
            length += 1
        }
        guard start < end, length <= longest else { return nil }
        return String(decoding: utf8[start..<end].map { isUpperASCII($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    static func opensBlock<S: StringProtocol>(_ line: S) -> Bool {
        isBullet(line) || opensWithItemNumber(line) || opensWithLetter(line)
    }

    /// "(a) 25/0113/HH ..." or "b) ...": a lettered paragraph.
    static func opensWithLetter<S: StringProtocol>(_ line: S) -> Bool {
        let head = Array(line.utf8.prefix(4))
        if head.count >= 4, head[0] == UInt8(ascii: "("), isLowerASCII(head[1]), head[2] == UInt8(ascii: ")"), head[3] == UInt8(ascii: " ") {
            return true
        }
        return head.count >= 3 && isLowerASCII(head[0]) && head[1] == UInt8(ascii: ")") && head[2] == UInt8(ascii: " ")
    }

    /// A short line with no closing full stop, mostly capitals or a numbered title.
    static func looksLikeHeading<S: StringProtocol>(_ line: S) -> Bool {
        if isNumberedTitle(line) { return true }
        let utf8 = line.utf8
        guard utf8.count >= 3, utf8.count <= 360 else { return false }
        var trimmed = Substring(line)
        while let last = trimmed.utf8.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { trimmed = trimmed.dropLast() }
        // Counting characters is the slow part; a byte count of 12 to 90 settles it for most lines.
        let byteCount = trimmed.utf8.count
        guard byteCount >= 3, (12...90).contains(byteCount) || (3...90).contains(trimmed.count) else { return false }
        if trimmed.hasSuffix(".") && !trimmed.hasSuffix("..") { return false }
        if trimmed.hasSuffix(",") || trimmed.hasSuffix(";") || trimmed.hasSuffix("-") { return false }
        // A heading broken across lines by PDF layout ("DECLARATIONS OF" / "INTEREST") continues.
        if let last = lastWord(of: trimmed, longest: 3), headingContinuations.contains(last) { return false }
        var letters = 0
        var upper = 0
        for scalar in trimmed.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if isUpperASCII(byte) { letters += 1; upper += 1 } else if isLowerASCII(byte) { letters += 1 }
            } else if scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isUppercase { upper += 1 }
            }
        }
        return letters >= 3 && upper * 10 >= letters * 8
    }

    private static let headingContinuations: Set<String> = ["of", "and", "the", "to", "for", "in", "&", "on", "or"]

    /// PDF layout's "52         Apologies for Absence": a number, a wide gap, a capitalised title.
    static func isNumberedTitle<S: StringProtocol>(_ line: S) -> Bool {
        guard line.utf8.count <= 100 else { return false }
        let utf8 = Array(line.utf8)
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

    private static func romanNumeralOpening(_ utf8: [UInt8]) -> Bool {
        var index = 0
        if index < utf8.count, utf8[index] == UInt8(ascii: "(") { index += 1 }
        let start = index
        while index < utf8.count, "ivx".utf8.contains(utf8[index]) { index += 1 }
        guard index > start, index - start <= 4, index < utf8.count else { return false }
        return utf8[index] == UInt8(ascii: ")") || utf8[index] == UInt8(ascii: ".")
    }
}
