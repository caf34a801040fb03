/// Words that attribute speech: "said", "added", "commented", "explained".
enum SpeechVerbs {
    private static let verbs: WordSet = [
        "said", "says", "saying", "added", "adds", "adding", "commented", "comments", "commenting", "explained", "explains",
        "explaining", "stated", "states", "remarked", "continued", "concluded", "noted", "observed", "told", "tells", "urged",
        "urges", "warned", "warns", "insisted", "insists", "acknowledged", "admitted", "replied", "responded", "announced",
        "emphasised", "emphasized", "stressed", "highlighted", "described", "describes", "called", "argued", "argues",
        "believes", "believed", "welcomed", "reflected", "recalled", "enthused", "praised",
    ]
    /// Verbs that report speech without quotation marks: "Cllr Hale said the council would ...".
    private static let reportingVerbs: WordSet = [
        "said", "says", "added", "explained", "commented", "stated", "told", "believes", "insisted", "argued", "warned", "stressed",
        "emphasised", "emphasized",
    ]

    static func contains(_ word: Word) -> Bool { verbs.contains(word) }
    static func reports(_ word: Word) -> Bool { reportingVerbs.contains(word) }
}

/// Words in a press release in someone's own voice, and who said them.
public struct Quote: Sendable, Hashable {
    /// Sentences holding the quoted words (for reported speech, the sentence reporting it).
    public let sentences: [Int]
    /// The speaker, as resolved from the attribution (through a pronoun to the person it stands for).
    public let speaker: PersonReference
    /// Where the text attributes the quote: the speaker's words or the pronoun ("she said").
    public let attributionSentence: Int
    public let attributionWords: Range<Int>
    /// Words inside quotation marks; false for reported speech ("Cllr Hale said the council would ...").
    public let isDirect: Bool
}

/// A stretch of a block's text inside quotation marks (UTF-8 offsets).
struct QuotedSpan: Hashable {
    let block: Int
    let range: Range<Int>
    /// Whether the closing mark was found in the same block.
    let isClosed: Bool
}

/// Finds quotation marks in block text: curly and straight double quotes, and single quotes
/// (only in blocks with no double quotes, where an apostrophe cannot be taken for a quote).
enum QuotationMarks {
    static func spans(in text: String, block: Int) -> [QuotedSpan] {
        let bytes = Array(text.utf8)
        // “ and ” are E2 80 9C / E2 80 9D.
        let hasDouble = bytes.contains(0x22) || bytes.indices.contains { index in
            bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D)
        }
        var spans: [QuotedSpan] = []
        var open: Int?
        func close(at index: Int) {
            guard let start = open else { return }
            spans.append(QuotedSpan(block: block, range: start..<index, isClosed: true))
            open = nil
        }
        var index = 0
        while index < bytes.count {
            let (mark, width) = self.mark(bytes, at: index)
            defer { index += width }
            guard let mark else { continue }
            let previous = index > 0 ? bytes[index - 1] : 0x20
            let next = index + width < bytes.count ? bytes[index + width] : 0x20
            switch mark {
            case .doubleOpen, .singleOpen:
                if open == nil, mark == .doubleOpen || !hasDouble { open = index + width }
            case .doubleClose, .singleClose:
                // A closing single mark between letters is an apostrophe: "council’s".
                if mark == .doubleClose || !hasDouble, !isLetter(next) { close(at: index) }
            case .straightDouble:
                if open != nil { close(at: index) } else if next != 0x20 { open = index + width }
            case .straightSingle:
                guard !hasDouble else { break }
                if open != nil, !isLetter(next), previous != 0x20 {
                    close(at: index)
                } else if open == nil, !isLetter(previous), isLetter(next) || isDigit(next) {
                    open = index + width
                }
            }
        }
        if let start = open, start < bytes.count {
            spans.append(QuotedSpan(block: block, range: start..<bytes.count, isClosed: false))
        }
        return spans.filter { !$0.range.isEmpty }
    }

    private enum Mark { case doubleOpen, doubleClose, singleOpen, singleClose, straightDouble, straightSingle }

    private static func mark(_ bytes: [UInt8], at index: Int) -> (Mark?, Int) {
        let byte = bytes[index]
        if byte == 0x22 { return (.straightDouble, 1) }
        if byte == 0x27 { return (.straightSingle, 1) }
        guard byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return (nil, 1) }
        switch bytes[index + 2] {
        case 0x9C: return (.doubleOpen, 3)
        case 0x9D: return (.doubleClose, 3)
        case 0x98: return (.singleOpen, 3)
        case 0x99: return (.singleClose, 3)
        default: return (nil, 1)
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0xC0
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
