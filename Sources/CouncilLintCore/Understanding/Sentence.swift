/// What stands between a word and the next one in its block (or the block's end): the
/// punctuation the checks read, found once by the splitter so that no check re-reads the text.
/// "Cllr Hale, Cllr Dray": the gap after "Hale" is ", " and holds a comma.
public struct Gap: Sendable, Hashable, BitwiseCopyable {
    public struct Marks: OptionSet, Sendable, Hashable, BitwiseCopyable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }

        public static let comma = Marks(rawValue: 1 << 0)
        public static let semicolon = Marks(rawValue: 1 << 1)
        public static let colon = Marks(rawValue: 1 << 2)
        public static let fullStop = Marks(rawValue: 1 << 3)
        public static let hyphen = Marks(rawValue: 1 << 4)
        /// An en or em dash.
        public static let dash = Marks(rawValue: 1 << 5)
        public static let openingBracket = Marks(rawValue: 1 << 6)
        public static let closingBracket = Marks(rawValue: 1 << 7)
        public static let straightDoubleQuote = Marks(rawValue: 1 << 8)
        public static let openingDoubleQuote = Marks(rawValue: 1 << 9)
        public static let closingDoubleQuote = Marks(rawValue: 1 << 10)
        public static let straightSingleQuote = Marks(rawValue: 1 << 11)
        public static let openingSingleQuote = Marks(rawValue: 1 << 12)
        public static let closingSingleQuote = Marks(rawValue: 1 << 13)
        /// Anything else that is not a space.
        public static let other = Marks(rawValue: 1 << 14)
    }

    public private(set) var marks: Marks = []
    /// The first two bytes after the word (0 where the text ends), for labels such as "For:" and "Present -".
    public private(set) var leading: (UInt8, UInt8)
    /// How many "(" and ")" the gap holds, up to 255.
    public private(set) var openingBrackets: UInt8 = 0
    public private(set) var closingBrackets: UInt8 = 0

    /// Only spaces (or nothing) stand between the words.
    public var isBlank: Bool { marks.isEmpty }

    /// The word is a label opening a list: "Present: ...", "For - Cllrs ...", "Against – Cllr X".
    public var opensList: Bool {
        // A dash after the space is "-", or "–" or "—", whose first UTF-8 byte is 0xE2.
        leading.0 == UInt8(ascii: ":") || (leading.0 == UInt8(ascii: " ")
            && (leading.1 == UInt8(ascii: "-") || (leading.1 == 0xE2 && marks.contains(.dash))))
    }

    public func contains(_ mark: Marks) -> Bool { !marks.isDisjoint(with: mark) }

    /// A gap after a word followed by the bytes `leading`.
    init(leading: (UInt8, UInt8)) {
        self.leading = leading
    }

    /// Adds a scalar of the gap.
    mutating func add(_ scalar: Unicode.Scalar) {
        switch scalar {
        case " ": return
        case ",": marks.insert(.comma)
        case ";": marks.insert(.semicolon)
        case ":": marks.insert(.colon)
        case ".": marks.insert(.fullStop)
        case "-": marks.insert(.hyphen)
        case "\u{2013}", "\u{2014}": marks.insert(.dash)
        case "(":
            marks.insert(.openingBracket)
            if openingBrackets < .max { openingBrackets += 1 }
        case ")":
            marks.insert(.closingBracket)
            if closingBrackets < .max { closingBrackets += 1 }
        case "\"": marks.insert(.straightDoubleQuote)
        case "\u{201C}": marks.insert(.openingDoubleQuote)
        case "\u{201D}": marks.insert(.closingDoubleQuote)
        case "'": marks.insert(.straightSingleQuote)
        case "\u{2018}": marks.insert(.openingSingleQuote)
        case "\u{2019}": marks.insert(.closingSingleQuote)
        default: marks.insert(.other)
        }
    }

    public static func == (lhs: Gap, rhs: Gap) -> Bool {
        lhs.marks == rhs.marks && lhs.leading == rhs.leading
            && lhs.openingBrackets == rhs.openingBrackets && lhs.closingBrackets == rhs.closingBrackets
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(marks)
    }
}

/// A word of a sentence: its lowercased form for matching and where it sits in the block text.
/// Every field is a plain value, so words copy without reference counting.
public struct Word: Sendable, Hashable, BitwiseCopyable {
    /// Lowercased, with curly apostrophes straightened and a trailing possessive "'s" kept.
    public let lower: WordText
    /// UTF-8 range in the block's text.
    public var range: Range<Int> { Int(start)..<Int(end) }
    // 32 bits each, so that a word takes 56 bytes, not 64: no document over
    // `DocumentReaders.maximumSize` is read, so no offset outgrows them.
    private let start: UInt32
    private let end: UInt32
    private let traits: Traits

    private struct Traits: OptionSet, Hashable, BitwiseCopyable {
        let rawValue: UInt8
        static let capitalised = Traits(rawValue: 1 << 0)
        static let allCaps = Traits(rawValue: 1 << 1)
        static let startsLine = Traits(rawValue: 1 << 2)
        static let startsWithLetter = Traits(rawValue: 1 << 3)
        static let startsWithDigit = Traits(rawValue: 1 << 4)
        static let containsNumber = Traits(rawValue: 1 << 5)
        static let mayBeItemNumber = Traits(rawValue: 1 << 6)
    }

    public var isCapitalised: Bool { traits.contains(.capitalised) }
    public var isAllCaps: Bool { traits.contains(.allCaps) }
    /// The word is the first on its source line (names and titles do not run across lines).
    public var startsLine: Bool { traits.contains(.startsLine) }
    /// The word begins with a letter (of any script).
    public var startsWithLetter: Bool { traits.contains(.startsWithLetter) }
    /// The word begins with a digit of any script.
    public var startsWithDigit: Bool { traits.contains(.startsWithDigit) }
    /// Some character of the word is a number ("17/00170/0", "B4", "½").
    public var containsNumber: Bool { traits.contains(.containsNumber) }
    /// An ASCII digit in the first five bytes: only such a word can be an item number ("FC24/262").
    public var mayBeItemNumber: Bool { traits.contains(.mayBeItemNumber) }
    /// What follows the word, up to the next word of its block.
    public fileprivate(set) var gapAfter = Gap(leading: (0, 0))
    /// `WordKey` of `lower` without its possessive "'s" (the same as `key` when it has none).
    let stemKey: UInt64

    /// `WordKey` of `lower`.
    var key: UInt64 { lower.key }

    /// The word ends in "'s" after at least one other character ("Clerk's", "Council’s").
    var isPossessive: Bool { key != stemKey }

    /// `lower` without a possessive's "'s": "clerk" for "clerk's".
    var stem: WordText { isPossessive ? lower.dropping(last: 2, key: stemKey) : lower }

    /// A word whose lowercased, normalised text is `lower` (the Unicode path of the splitter).
    init(lower: String, range: Range<Int>, isCapitalised: Bool, isAllCaps: Bool, startsLine: Bool,
         containsNumber: Bool, mayBeItemNumber: Bool) {
        var lower = lower
        let utf8 = lower.utf8
        let stemKey = Self.isPossessive(utf8) ? WordKey.of(utf8.dropLast(2)) : nil
        let first = lower.unicodeScalars.first
        let count = lower.count
        let text = lower.withUTF8 { WordText(lowered: $0, key: WordKey.of($0), count: count) }
        self.init(lower: text, range: range, isCapitalised: isCapitalised, isAllCaps: isAllCaps, startsLine: startsLine,
                  startsWithLetter: first.map { $0.isASCII ? $0.value >= 0x61 && $0.value <= 0x7A : $0.properties.isAlphabetic } ?? false,
                  startsWithDigit: first.map { $0.isASCII ? $0.value >= 0x30 && $0.value <= 0x39 : $0.properties.numericType != nil } ?? false,
                  containsNumber: containsNumber, mayBeItemNumber: mayBeItemNumber, stemKey: stemKey ?? text.key)
    }

    /// With the flags and keys already computed (the splitter does it as it lowercases).
    init(lower: WordText, range: Range<Int>, isCapitalised: Bool, isAllCaps: Bool, startsLine: Bool,
         startsWithLetter: Bool, startsWithDigit: Bool, containsNumber: Bool, mayBeItemNumber: Bool, stemKey: UInt64) {
        self.lower = lower
        start = UInt32(range.lowerBound)
        end = UInt32(range.upperBound)
        var traits: Traits = []
        if isCapitalised { traits.insert(.capitalised) }
        if isAllCaps { traits.insert(.allCaps) }
        if startsLine { traits.insert(.startsLine) }
        if startsWithLetter { traits.insert(.startsWithLetter) }
        if startsWithDigit { traits.insert(.startsWithDigit) }
        if containsNumber { traits.insert(.containsNumber) }
        if mayBeItemNumber { traits.insert(.mayBeItemNumber) }
        self.traits = traits
        self.stemKey = stemKey
    }

    /// Ends in "'s" after at least one other character.
    static func isPossessive<Bytes: BidirectionalCollection>(_ utf8: Bytes) -> Bool where Bytes.Element == UInt8 {
        utf8.count > 2 && utf8.last == UInt8(ascii: "s") && utf8.dropLast().last == UInt8(ascii: "'")
    }
}

/// Consecutive words of a document: a sentence's, a block's, or any run of them. A view of
/// one array of the document's words, so that no sentence holds (or allocates) an array of its
/// own; indices start at 0.
public struct Words: RandomAccessCollection, Sendable {
    private let storage: [Word]
    // 32 bits each, so that a view stays three machine words long (four billion words would
    // take 256 GB).
    private let storedOffset: UInt32
    private let storedCount: UInt32
    /// The words these may be, for vocabularies to rule themselves out at once.
    let signature: WordSignature

    private var offset: Int { Int(storedOffset) }
    public var count: Int { Int(storedCount) }

    public init(_ words: [Word]) {
        self.init(words, range: words.indices)
    }

    init(_ storage: [Word], range: Range<Int>) {
        self.init(storage, range: range, signature: storage.withUnsafeBufferPointer { WordSignature(UnsafeBufferPointer(rebasing: $0[range])) })
    }

    /// A view with the signature given: `.anyWords` for one that no vocabulary is looked for
    /// in (a block's words, which its sentences view again).
    init(_ storage: [Word], range: Range<Int>, signature: WordSignature) {
        self.storage = storage
        storedOffset = UInt32(range.lowerBound)
        storedCount = UInt32(range.count)
        self.signature = signature
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    @inline(__always)
    public subscript(position: Int) -> Word {
        precondition(position >= 0 && position < count, "word index out of range")
        return storage[offset + position]
    }

    /// Words `range` as a view of their own (indices from 0 again).
    func view(_ range: Range<Int>) -> Words {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "word range out of range")
        return Words(storage, range: offset + range.lowerBound..<offset + range.upperBound)
    }

    /// The words from the first of `self` to the last of `later`, views of the same array.
    func through(_ later: Words) -> Words {
        Words(storage, range: offset..<later.offset + later.count)
    }

    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Word>) throws -> Result) rethrows -> Result {
        try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[offset..<offset + count])) }
    }
}

extension Words {
    /// Whether at most `limit` words start outside `utf8Range` and every one of them is
    /// capitalised: a line that is only a date, perhaps after a masthead ("Harnford Borough
    /// Council, 3 March 2026"). Counted in place, as it is asked of many lines.
    func hasFewCapitalisedWords(outside utf8Range: Range<Int>, atMost limit: Int) -> Bool {
        var outside = 0
        for word in self where !utf8Range.contains(word.range.lowerBound) {
            outside += 1
            if outside > limit || !word.isCapitalised { return false }
        }
        return true
    }
}

/// A sentence (or sentence-like fragment: a heading, a list line) of one block, the unit most
/// checks read. Items and session states are assigned per sentence.
///
/// Immutable, and a class so that the many passes over a document's sentences share them: a
/// copy is one reference, where a structure of a text and its words was two to count.
public final class Sentence: Sendable {
    public let blockIndex: Int
    /// UTF-8 range in the block's text.
    public let range: Range<Int>
    /// The text of the sentence's block, which `range` and the words' ranges are offsets in.
    public let blockText: String
    public let words: Words
    /// The index of this sentence in the document's sentence list.
    public let index: Int

    init(blockIndex: Int, range: Range<Int>, blockText: String, words: Words, index: Int) {
        self.blockIndex = blockIndex
        self.range = range
        self.blockText = blockText
        self.words = words
        self.index = index
    }

    /// Cut when asked for: most sentences are never quoted.
    public var text: Substring { blockText.utf8Slice(range) }

    /// The lowercased, normalised text of `word`, one of this sentence's words, however long.
    func lowercasedText(of word: Word) -> String {
        word.lower.isComplete ? word.lower.description : WordKey.normalised(String(blockText.utf8Slice(word.range)))
    }
}

/// Cuts block text into sentences and words on UTF-8 bytes.
public enum SentenceSplitter {
    private static let abbreviations: WordSet = [
        "cllr", "cllrs", "cl", "mr", "mrs", "ms", "dr", "st", "no", "nos", "prop", "sec", "approx", "etc", "eg", "ie",
        "e.g", "i.e", "rev", "revd", "co", "ltd", "inc", "vs", "v", "para", "paras", "ref", "min", "mins", "cttee", "tel",
        "mob", "dept", "govt", "cont", "fig", "sq", "ft", "m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "coun", "p", "pp", "incl", "a.m", "p.m", "am", "pm", "nr", "rd",
        "ave", "cc", "hon", "sen", "jnr", "snr", "jr", "sr", "esq", "op", "cf", "al", "viz", "s", "sch", "reg", "art",
    ]

    /// Sentence ranges of `text` (UTF-8 offsets). A boundary is ".", "!" or "?" (or a closing
    /// quote after them) followed by space and a capital, digit or quote, unless the word before
    /// is a known abbreviation or a single initial. `extraBreaks` (in increasing order) are
    /// boundaries too: where items start. The ranges replace those in `ranges`, whose storage is
    /// kept for the next block's.
    static func sentenceRanges<Breaks: RandomAccessCollection<Int>>(in text: String, extraBreaks: Breaks,
                                                                    into ranges: inout [Range<Int>]) {
        var text = text
        ranges.removeAll(keepingCapacity: true)
        text.withUTF8 { sentenceRanges(in: $0, extraBreaks: extraBreaks, into: &ranges) }
    }

    private static func sentenceRanges<Breaks: RandomAccessCollection<Int>>(in bytes: UnsafeBufferPointer<UInt8>,
                                                                          extraBreaks: Breaks, into ranges: inout [Range<Int>]) {
        assert(zip(extraBreaks, extraBreaks.dropFirst()).allSatisfy { $0 <= $1 }, "extra breaks out of order")
        var start = 0
        func cut(at breakPoint: Int) {
            guard breakPoint > start, breakPoint < bytes.count else { return }
            let range = trimmed(bytes, start..<breakPoint)
            if !range.isEmpty { ranges.append(range) }
            start = breakPoint
        }
        var nextExtraBreak = extraBreaks.startIndex
        // Cuts at every extra break up to `limit`, in order with the breaks found.
        func cutExtraBreaks(through limit: Int) {
            while nextExtraBreak < extraBreaks.endIndex, extraBreaks[nextExtraBreak] <= limit {
                cut(at: extraBreaks[nextExtraBreak])
                extraBreaks.formIndex(after: &nextExtraBreak)
            }
        }
        var index = 0
        while true {
            index = UTF8Bytes.firstIndex(of: UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), in: bytes, from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            // The item starts passed in begin sentences too: an item number after one is not a sentence.
            cutExtraBreaks(through: index)
            var end = index + 1
            while end < bytes.count, isClosingQuote(bytes, at: end) { end += quoteLength(bytes, at: end) }
            if end < bytes.count, bytes[end] == UInt8(ascii: " "),
               end + 1 < bytes.count, opensSentence(bytes[end + 1]),
               !(byte == UInt8(ascii: ".") && endsWithAbbreviation(bytes, dotAt: index)),
               !isLeadingItemNumber(bytes, from: start, to: index) {
                cutExtraBreaks(through: end + 1)
                cut(at: end + 1)
            }
            index = end
        }
        cutExtraBreaks(through: .max)
        let last = trimmed(bytes, start..<bytes.count)
        if !last.isEmpty { ranges.append(last) }
    }

    /// Words of `text[range]`: runs of letters and digits, joined by an apostrophe, hyphen or
    /// slash between two of them ("O'Kelly", "Hesketh-Harvey", "25/041") or a point between
    /// digits ("7.1"). Works on UTF-8 bytes with an ASCII fast path: this is the hottest loop.
    public static func words(in text: String, range: Range<Int>, lineStarts: [Int] = []) -> [Word] {
        var words: [Word] = []
        appendWords(of: text, range: range, lineStarts: lineStarts, to: &words)
        return words
    }

    /// `words(in:range:lineStarts:)`, appended to `words`: a document's words are cut into one array.
    static func appendWords(of text: String, range: Range<Int>, lineStarts: [Int], to words: inout [Word]) {
        var text = text
        text.withUTF8 { appendWords(of: $0, range: range, lineStarts: lineStarts, to: &words) }
    }

    private enum ScalarClass { case letter, digit, joiner, other }

    private static func appendWords(of bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, lineStarts: [Int],
                                    to words: inout [Word]) {
        let end = min(range.upperBound, bytes.count)
        // Each word is appended as it is cut, and given the gap after it once the next word starts.
        let firstWord = words.count
        @inline(__always) func closeLastWord(gap: Gap) {
            if words.count > firstWord { words[words.count &- 1].gapAfter = gap }
        }
        var nextLineStart = 0
        var index = range.lowerBound
        var gap = Gap(leading: (0, 0))
        ASCIIClass.table.withUnsafeBufferPointer { asciiClasses in
            while index < end {
                let leadByte = bytes[index]
                // Spaces and ASCII punctuation, most of the bytes between words, skip the classifier.
                if leadByte < 0x80, asciiClasses[Int(leadByte)] == 0 {
                    if leadByte != UInt8(ascii: " "), words.count > firstWord { gap.add(Unicode.Scalar(leadByte)) }
                    index &+= 1
                    continue
                }
                let (startClass, startLength) = classify(bytes, at: index)
                guard startClass == .letter || startClass == .digit else {
                    if words.count > firstWord { gap.add(bytes[index] < 0x80 ? Unicode.Scalar(bytes[index]) : decodeScalar(bytes, at: index).scalar) }
                    index += startLength
                    continue
                }
                closeLastWord(gap: gap)
                let wordStart = index
                // An ASCII word is lowercased and keyed as it is cut; any other byte sends it down the Unicode path.
                var isASCII = true
                var key = WordKey.empty
                // The first 16 lowered bytes, kept in two registers rather than stored and copied.
                var head = WordText.Head()
                var capitals = 0
                // Every class the fast path met, or'ed: whether the word has a small letter or a digit.
                var classesSeen: UInt8 = 0
                var previousWasDigit = false
                while index < end {
                    let byte = bytes[index]
                    let asciiClass = asciiClasses[Int(byte)]
                    if asciiClass & ASCIIClass.alphanumeric != 0 {
                        // The fast path: an ASCII letter or digit, lowercased and keyed by table.
                        capitals &+= Int(asciiClass & ASCIIClass.capital)
                        classesSeen |= asciiClass
                        previousWasDigit = asciiClass & ASCIIClass.digit != 0
                        let lower = byte | (asciiClass & ASCIIClass.capital) << 5
                        head.set(lower, at: index &- wordStart)
                        key = WordKey.adding(lower, to: key)
                        index &+= 1
                        continue
                    }
                    let (scalarClass, length) = classify(bytes, at: index)
                    if scalarClass == .joiner {
                        guard index + length < end else { break }
                        let following = classify(bytes, at: index + length).scalarClass
                        let joins: Bool
                        switch byte {
                        case UInt8(ascii: "."): joins = previousWasDigit && following == .digit
                        case UInt8(ascii: "&"): joins = false
                        default: joins = following == .letter || following == .digit
                        }
                        guard joins else { break }
                        if byte < 0x80 {
                            head.set(byte, at: index &- wordStart)
                            key = WordKey.adding(byte, to: key)
                        }
                    } else if scalarClass == .letter || scalarClass == .digit {
                        previousWasDigit = scalarClass == .digit
                    } else {
                        break
                    }
                    if byte >= 0x80 { isASCII = false }
                    index += length
                }
                while nextLineStart < lineStarts.count, lineStarts[nextLineStart] < wordStart { nextLineStart += 1 }
                let startsLine = nextLineStart < lineStarts.count && lineStarts[nextLineStart] == wordStart
                let wordBytes = UnsafeBufferPointer(rebasing: bytes[wordStart..<index])
                if isASCII {
                    let text = WordText(head: head, utf8Count: wordBytes.count, count: wordBytes.count, key: key)
                    words.append(asciiWord(wordBytes, lower: text, capitals: capitals, hasLowercase: classesSeen & ASCIIClass.small != 0,
                                           hasDigit: classesSeen & ASCIIClass.digit != 0, range: wordStart..<index,
                                           startsLine: startsLine))
                } else {
                    words.append(makeWord(wordBytes, range: wordStart..<index, startsLine: startsLine))
                }
                gap = Gap(leading: (index < bytes.count ? bytes[index] : 0, index + 1 < bytes.count ? bytes[index + 1] : 0))
            }
        }
        closeLastWord(gap: gap)
    }

    /// What each byte below 0x80 is to the splitter's fast path (bytes above are not ASCII: 0).
    private enum ASCIIClass {
        static let capital: UInt8 = 1
        static let small: UInt8 = 2
        static let digit: UInt8 = 4
        static let alphanumeric: UInt8 = capital | small | digit
        static let table: [UInt8] = (0..<256).map { byte in
            switch byte {
            case 0x41...0x5A: capital
            case 0x61...0x7A: small
            case 0x30...0x39: digit
            default: 0
            }
        }
    }

    /// The class of the scalar at `index` and its length in bytes.
    @inline(__always)
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalarClass: ScalarClass, length: Int) {
        let byte = bytes[index]
        if byte < 0x80 {
            switch byte {
            case 0x61...0x7A, 0x41...0x5A: return (.letter, 1)
            case 0x30...0x39: return (.digit, 1)
            case 0x27, 0x2D, 0x2F, 0x2E, 0x26: return (.joiner, 1)
            default: return (.other, 1)
            }
        }
        let (scalar, length) = decodeScalar(bytes, at: index)
        return (classify(scalar), length)
    }

    private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        switch scalar.value {
        case 0x61...0x7A, 0x41...0x5A: return .letter
        case 0x30...0x39: return .digit
        case 0x27, 0x2019, 0x2D, 0x2F, 0x2E, 0x26: return .joiner
        case 0..<0x80: return .other
        // Typographic punctuation (dashes, quotes, bullets), the no-break space and "£": frequent
        // in minutes, and none of it a letter or a digit, so the Unicode tables are not asked.
        case 0xA0...0xA9, 0x2000...0x206F: return .other
        default:
            if scalar.properties.isAlphabetic { return .letter }
            return scalar.properties.numericType != nil ? .digit : .other
        }
    }

    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// A word of ASCII bytes, already lowercased and keyed as it was cut.
    private static func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, lower: WordText, capitals: Int, hasLowercase: Bool,
                                  hasDigit: Bool, range: Range<Int>, startsLine: Bool) -> Word {
        let count = bytes.count
        var stemKey = lower.key
        if count > 2 && bytes[count - 1] | 0x20 == UInt8(ascii: "s") && bytes[count - 2] == UInt8(ascii: "'") {
            stemKey = bytes[..<(count - 2)].reduce(WordKey.empty) { key, byte in
                WordKey.adding(byte &- 0x41 < 26 ? byte | 0x20 : byte, to: key)
            }
        }
        let first = bytes[0]
        let startsWithDigit = first &- 0x30 < 10
        return Word(lower: lower, range: range, isCapitalised: first &- 0x41 < 26 || startsWithDigit,
                    isAllCaps: capitals >= 2 && !hasLowercase, startsLine: startsLine,
                    startsWithLetter: !startsWithDigit, startsWithDigit: startsWithDigit,
                    containsNumber: hasDigit, mayBeItemNumber: hasDigit && mayBeItemNumber(bytes), stemKey: stemKey)
    }

    private static func makeWord(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, startsLine: Bool) -> Word {
        let raw = String(decoding: bytes, as: UTF8.self)
        let lower = WordKey.normalised(raw)
        let first = raw.unicodeScalars.first!
        var letters = 0
        var allUpper = true
        for scalar in raw.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if !scalar.properties.isUppercase { allUpper = false }
        }
        return Word(lower: lower, range: range,
                    isCapitalised: first.properties.isUppercase || first.properties.numericType != nil,
                    isAllCaps: letters >= 2 && allUpper, startsLine: startsLine,
                    containsNumber: raw.contains(where: \.isNumber), mayBeItemNumber: mayBeItemNumber(bytes))
    }

    private static func mayBeItemNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.prefix(5).contains { $0 &- 0x30 < 10 }
    }

    /// "7." or "25/041." opening a block is an item number, not a sentence.
    private static func isLeadingItemNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to dot: Int) -> Bool {
        let token = bytes[start..<dot].drop { $0 == UInt8(ascii: " ") }
        guard !token.isEmpty, token.count <= 10, let first = token.first, first >= 0x30 && first <= 0x39 else { return false }
        return !token.contains(UInt8(ascii: " "))
    }

    private static func opensSentence(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "(") || byte == 0xE2 || byte == UInt8(ascii: "'")
    }

    private static func isClosingQuote(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") || bytes[index] == UInt8(ascii: ")") {
            return true
        }
        // ” and ’ are E2 80 9D / E2 80 99.
        return index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99)
    }

    private static func quoteLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int { bytes[index] == 0xE2 ? 3 : 1 }

    private static func endsWithAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, dotAt dot: Int) -> Bool {
        var start = dot
        while start > 0, isASCIILetterOrDot(bytes[start - 1]) { start -= 1 }
        guard start < dot else { return false }
        // A single capital is an initial ("P. Hale"); the letters and dots are ASCII.
        if dot - start == 1, bytes[start] &- 0x41 < 26 { return true }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: dot - start) { lowered in
            for offset in 0..<(dot - start) {
                let byte = bytes[start + offset]
                lowered[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte
            }
            let word = UnsafeBufferPointer(lowered)
            return abbreviations.contains(WordText(lowered: word, key: WordKey.of(word), count: word.count))
        }
    }

    private static func isASCIILetterOrDot(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: ".")
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == UInt8(ascii: " ") { lower += 1 }
        while upper > lower, bytes[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
        return lower..<upper
    }
}
