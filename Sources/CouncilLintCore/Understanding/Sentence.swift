/// A word of a sentence: its lowercased form for matching and where it sits in the block text.
public struct Word: Sendable, Hashable {
    /// Lowercased, with curly apostrophes straightened and a trailing possessive "'s" kept.
    public let lower: String
    /// UTF-8 range in the block's text.
    public let range: Range<Int>
    public let isCapitalised: Bool
    public let isAllCaps: Bool
    /// The word is the first on its source line (names and titles do not run across lines).
    public let startsLine: Bool
}

/// A sentence (or sentence-like fragment: a heading, a list line) of one block, the unit most
/// checks read. Items and session states are assigned per sentence.
public struct Sentence: Sendable {
    public let blockIndex: Int
    /// UTF-8 range in the block's text.
    public let range: Range<Int>
    public let text: Substring
    public let words: [Word]
    /// The index of this sentence in the document's sentence list.
    public let index: Int
}

/// Cuts block text into sentences and words on UTF-8 bytes.
public enum SentenceSplitter {
    private static let abbreviations: Set<String> = [
        "cllr", "cllrs", "cl", "mr", "mrs", "ms", "dr", "st", "no", "nos", "prop", "sec", "approx", "etc", "eg", "ie",
        "e.g", "i.e", "rev", "revd", "co", "ltd", "inc", "vs", "v", "para", "paras", "ref", "min", "mins", "cttee", "tel",
        "mob", "dept", "govt", "cont", "fig", "sq", "ft", "m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "coun", "councillor", "p", "pp", "incl", "a.m", "p.m", "am", "pm", "nr", "rd",
        "ave", "cc", "hon", "sen", "jnr", "snr", "jr", "sr", "esq", "op", "cf", "al", "viz", "s", "sch", "reg", "art",
    ]

    /// Sentence ranges of `text` (UTF-8 offsets). A boundary is ".", "!" or "?" (or a closing
    /// quote after them) followed by space and a capital, digit or quote, unless the word before
    /// is a known abbreviation or a single initial.
    public static func sentenceRanges(in text: String, extraBreaks: [Int] = []) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var ranges: [Range<Int>] = []
        var start = 0
        var breaks = Set(extraBreaks)
        let sortedExtraBreaks = extraBreaks.sorted()
        var nextExtraBreak = 0
        var sentenceStart = 0
        var index = 0
        while index < bytes.count {
            while nextExtraBreak < sortedExtraBreaks.count, sortedExtraBreaks[nextExtraBreak] <= index {
                sentenceStart = max(sentenceStart, sortedExtraBreaks[nextExtraBreak])
                nextExtraBreak += 1
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                var end = index + 1
                while end < bytes.count, isClosingQuote(bytes, at: end) { end += quoteLength(bytes, at: end) }
                if end < bytes.count, bytes[end] == UInt8(ascii: " "),
                   end + 1 < bytes.count, opensSentence(bytes[end + 1]),
                   !(byte == UInt8(ascii: ".") && endsWithAbbreviation(bytes, dotAt: index)),
                   !isLeadingItemNumber(bytes, from: sentenceStart, to: index) {
                    breaks.insert(end + 1)
                    sentenceStart = end + 1
                }
                index = end
                continue
            }
            index += 1
        }
        for breakPoint in breaks.sorted() where breakPoint > start && breakPoint < bytes.count {
            let range = trimmed(bytes, start..<breakPoint)
            if !range.isEmpty { ranges.append(range) }
            start = breakPoint
        }
        let last = trimmed(bytes, start..<bytes.count)
        if !last.isEmpty { ranges.append(last) }
        return ranges
    }

    /// Words of `text[range]`: runs of letters, digits, apostrophes and inner hyphens/slashes/dots.
    public static func words(in text: String, range: Range<Int>, lineStarts: [Int] = []) -> [Word] {
        var words: [Word] = []
        var nextLineStart = 0
        let utf8 = text.utf8
        var index = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        var offset = range.lowerBound
        var wordStart: Int?
        var wordStartIndex = index
        while index <= end {
            let scalar: Unicode.Scalar?
            var width = 1
            if index < end {
                let decoded = text.unicodeScalars[index]
                scalar = decoded
                width = String(decoded).utf8.count
            } else {
                scalar = nil
            }
            let isWordScalar = scalar.map { isWordCharacter($0, text: text, at: index, end: end, width: width) } ?? false
            if isWordScalar {
                if wordStart == nil {
                    wordStart = offset
                    wordStartIndex = index
                }
            } else if let startOffset = wordStart {
                let raw = text[wordStartIndex..<index]
                while nextLineStart < lineStarts.count, lineStarts[nextLineStart] < startOffset { nextLineStart += 1 }
                let startsLine = nextLineStart < lineStarts.count && lineStarts[nextLineStart] == startOffset
                words.append(makeWord(raw, range: startOffset..<offset, startsLine: startsLine))
                wordStart = nil
            }
            if index == end { break }
            index = utf8.index(index, offsetBy: width)
            offset += width
        }
        return words
    }

    private static func makeWord(_ raw: Substring, range: Range<Int>, startsLine: Bool) -> Word {
        var lower = raw.lowercased()
        if lower.contains("\u{2019}") { lower = lower.replacingOccurrences(of: "\u{2019}", with: "'") }
        while let last = lower.last, last == "'" || last == "." || last == "-" || last == "/" { lower.removeLast() }
        let first = raw.unicodeScalars.first!
        let letters = raw.unicodeScalars.filter { $0.properties.isAlphabetic }
        return Word(lower: lower, range: range,
                    isCapitalised: first.properties.isUppercase || first.properties.numericType != nil,
                    isAllCaps: letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }, startsLine: startsLine)
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar, text: String, at index: String.Index,
                                        end: String.Index, width: Int) -> Bool {
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return true }
        switch scalar {
        case "'", "\u{2019}", "-", "/", ".", "&":
            // Joiners count only between two word characters ("O'Kelly", "25/041", "7.1", "Hesketh-Harvey").
            let next = text.utf8.index(index, offsetBy: width)
            guard next < end else { return false }
            let following = text.unicodeScalars[next]
            guard following.properties.isAlphabetic || following.properties.numericType != nil else { return false }
            guard index > text.startIndex else { return false }
            let previous = text.unicodeScalars[text.unicodeScalars.index(before: index)]
            if scalar == "." {
                return previous.properties.numericType != nil && following.properties.numericType != nil
            }
            if scalar == "&" { return false }
            return previous.properties.isAlphabetic || previous.properties.numericType != nil
        default:
            return false
        }
    }

    /// "7." or "25/041." opening a block is an item number, not a sentence.
    private static func isLeadingItemNumber(_ bytes: [UInt8], from start: Int, to dot: Int) -> Bool {
        let token = bytes[start..<dot].drop { $0 == UInt8(ascii: " ") }
        guard !token.isEmpty, token.count <= 10, let first = token.first, first >= 0x30 && first <= 0x39 else { return false }
        return !token.contains(UInt8(ascii: " "))
    }

    private static func opensSentence(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "(") || byte == 0xE2 || byte == UInt8(ascii: "'")
    }

    private static func isClosingQuote(_ bytes: [UInt8], at index: Int) -> Bool {
        if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") || bytes[index] == UInt8(ascii: ")") {
            return true
        }
        // ” and ’ are E2 80 9D / E2 80 99.
        return index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99)
    }

    private static func quoteLength(_ bytes: [UInt8], at index: Int) -> Int { bytes[index] == 0xE2 ? 3 : 1 }

    private static func endsWithAbbreviation(_ bytes: [UInt8], dotAt dot: Int) -> Bool {
        var start = dot
        while start > 0, isASCIILetterOrDot(bytes[start - 1]) { start -= 1 }
        guard start < dot else { return false }
        let word = String(decoding: bytes[start..<dot], as: UTF8.self)
        if word.count == 1, let first = word.unicodeScalars.first, first.properties.isUppercase { return true }
        return abbreviations.contains(word.lowercased())
    }

    private static func isASCIILetterOrDot(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: ".")
    }

    private static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == UInt8(ascii: " ") { lower += 1 }
        while upper > lower, bytes[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
        return lower..<upper
    }
}
