/// The structural role of a block, as every reader sees it (Vale's "scopes").
public enum BlockKind: String, Sendable, Codable {
    case heading
    case paragraph
    case listItem
    case tableRow
    case tableCell
}

/// One unit of a document's text with its exact origin in the source file.
///
/// `text` has its whitespace folded to single spaces and no leading or trailing space.
/// Positions of characters inside `text` are recovered through `anchors`: between two
/// anchors the text is a verbatim copy of a run of one source line.
public struct Block: Sendable {
    public var kind: BlockKind
    /// Heading level 1...6 for headings; 0 otherwise.
    public var level: Int
    public var text: String
    public var anchors: [SourceAnchor]

    public init(kind: BlockKind, level: Int = 0, text: String, anchors: [SourceAnchor]) {
        self.kind = kind
        self.level = level
        self.text = text
        self.anchors = anchors
    }

    public var startPosition: SourcePosition {
        anchors.first?.position ?? SourcePosition(line: 1, column: 1)
    }

    /// The byte of `text` at UTF-8 offset `offset`; nil past the end.
    public func byte(at offset: Int) -> UInt8? {
        let utf8 = text.utf8
        guard offset >= 0, offset < utf8.count else { return nil }
        return utf8[utf8.index(utf8.startIndex, offsetBy: offset)]
    }

    /// Offsets in `text` where a new source line begins (after the first).
    public var lineStartOffsets: [Int] {
        var offsets: [Int] = []
        var line = anchors.first?.position.line ?? 0
        for anchor in anchors.dropFirst() where anchor.position.line != line {
            offsets.append(anchor.textOffset)
            line = anchor.position.line
        }
        return offsets
    }

    /// The source position of the character at `offset` (a UTF-8 offset into `text`).
    public func position(atUTF8Offset offset: Int) -> SourcePosition {
        guard !anchors.isEmpty else { return SourcePosition(line: 1, column: 1) }
        var low = 0
        var high = anchors.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if anchors[mid].textOffset <= offset { low = mid } else { high = mid - 1 }
        }
        let anchor = anchors[low]
        let utf8 = text.utf8
        let clampedEnd = min(max(offset, anchor.textOffset), utf8.count)
        let from = utf8.index(utf8.startIndex, offsetBy: anchor.textOffset)
        let to = utf8.index(utf8.startIndex, offsetBy: clampedEnd)
        let scalars = text.unicodeScalars[from..<to].count
        return SourcePosition(line: anchor.position.line, column: anchor.position.column + scalars)
    }

    /// The source range covering `range` of `text` (UTF-8 offsets, half-open).
    public func sourceRange(utf8Range range: Range<Int>) -> SourceRange {
        let start = position(atUTF8Offset: range.lowerBound)
        guard range.upperBound > range.lowerBound else { return SourceRange(start: start, end: start) }
        var end = position(atUTF8Offset: range.upperBound - 1)
        end.column += 1
        return SourceRange(start: start, end: end)
    }
}

/// Where a stretch of a block's text starts in the source.
public struct SourceAnchor: Hashable, Sendable {
    /// UTF-8 offset into the block's text.
    public var textOffset: Int
    public var position: SourcePosition

    public init(textOffset: Int, position: SourcePosition) {
        self.textOffset = textOffset
        self.position = position
    }
}

/// Builds a block's folded text from source runs while recording anchors, so that every
/// reader produces the same whitespace folding and exact positions.
public struct BlockTextBuilder {
    /// The text as UTF-8, turned into a String once in `build`: appending to a String scalar by
    /// scalar dominated the reading time of large files.
    private var utf8: [UInt8] = []
    private var anchors: [SourceAnchor] = []
    private var pendingSpace = false
    private var anchorDue = true
    /// Where the last run ended in the source: a run that does not continue there ("ted" after
    /// Markdown's "**no**") starts a new anchor even with no space between.
    private var continuation: SourcePosition?

    public init() {}

    public var isEmpty: Bool { utf8.isEmpty }

    /// Appends `run`, whose first character sits at `position` in the source, on one line.
    public mutating func append<S: StringProtocol>(_ run: S, at position: SourcePosition) {
        let appended: Void? = run.utf8.withContiguousStorageIfAvailable { append(utf8: $0, at: position) }
        if appended == nil {
            Array(run.utf8).withUnsafeBufferPointer { append(utf8: $0, at: position) }
        }
    }

    /// `append(_:at:)` for a run given as (valid) UTF-8.
    public mutating func append(utf8 run: UnsafeBufferPointer<UInt8>, at position: SourcePosition) {
        if position != continuation { anchorDue = true }
        var column = position.column
        defer { continuation = SourcePosition(line: position.line, column: column) }
        var index = 0
        // Inside one run, a single space between words folds to itself, so the text stays a
        // verbatim copy and needs no new anchor; anchors per word would dominate memory.
        var copyingRun = false
        while index < run.count {
            var spaceEnd = index
            var spaces = 0
            while case let length = Self.foldableLength(run, at: spaceEnd), length > 0 {
                spaceEnd += length
                spaces += 1
            }
            if spaces > 0 {
                if !utf8.isEmpty { pendingSpace = true }
                if !(copyingRun && spaces == 1 && spaceEnd < run.count) { anchorDue = true }
                column += spaces
                index = spaceEnd
                continue
            }
            if pendingSpace {
                utf8.append(0x20)
                pendingSpace = false
            }
            if anchorDue {
                anchors.append(SourceAnchor(textOffset: utf8.count,
                                            position: SourcePosition(line: position.line, column: column)))
                anchorDue = false
            }
            let stretch = Self.verbatimStretch(run, from: index)
            utf8.append(contentsOf: UnsafeBufferPointer(rebasing: run[index..<stretch.end]))
            copyingRun = true
            column += stretch.scalars
            index = stretch.end
        }
    }

    /// Words from `start` joined by single spaces (U+0020), which fold to themselves: the end of
    /// that stretch and its length in scalars.
    private static func verbatimStretch(_ run: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, scalars: Int) {
        var index = start
        var scalars = 0
        while index < run.count {
            // Eight bytes at a time while they are printable ASCII with no space doubled, a last
            // space left to the next eight (what follows it is not in hand); then a word byte by byte.
            while index + 8 <= run.count {
                let word = UTF8Bytes.eightBytes(run, at: index)
                let spaces = UTF8Bytes.flags(of: 0x20, in: word)
                guard !UTF8Bytes.holdsNonASCII(word), !UTF8Bytes.holdsByte(below: 0x20, in: word),
                      spaces & (spaces >> 8) == 0 else { break }
                let taken = spaces >> 63 == 0 ? 8 : 7
                index += taken
                scalars += taken
            }
            let wordStart = index
            while index < run.count, run[index] &- 0x21 < 0x5F { index += 1 }
            scalars += index - wordStart
            guard index < run.count else { break }
            let byte = run[index]
            if byte == 0x20 {
                guard index + 1 < run.count, foldableLength(run, at: index + 1) == 0 else { break }
                index += 1
            } else if byte >= 0x80 {
                if foldableLength(run, at: index) > 0 { break }
                index += scalarLength(leadingByte: byte)
            } else {
                if byte >= 0x09 && byte <= 0x0D { break }
                index += 1
            }
            scalars += 1
        }
        return (min(index, run.count), scalars)
    }

    /// Appends text that does not correspond 1:1 to the source (a decoded entity, say):
    /// it is placed at `position` and the next run starts a new anchor.
    public mutating func appendReplacement<S: StringProtocol>(_ replacement: S, at position: SourcePosition) {
        let spaceOnly = replacement.unicodeScalars.allSatisfy(Self.isFoldable)
        if spaceOnly {
            if !utf8.isEmpty { pendingSpace = true }
            anchorDue = true
            return
        }
        if pendingSpace {
            utf8.append(0x20)
            pendingSpace = false
        }
        anchors.append(SourceAnchor(textOffset: utf8.count, position: position))
        continuation = nil
        for scalar in replacement.unicodeScalars {
            utf8.append(contentsOf: (Self.isFoldable(scalar) ? " " : scalar).utf8)
        }
        anchorDue = true
    }

    /// A break between source lines or elements: folds to one space.
    public mutating func appendSpace() {
        if !utf8.isEmpty { pendingSpace = true }
        anchorDue = true
        continuation = nil
    }

    /// Empties the builder for the next block, keeping its buffer.
    public mutating func removeAll() {
        utf8.removeAll(keepingCapacity: true)
        anchors = []
        pendingSpace = false
        anchorDue = true
        continuation = nil
    }

    public func build(kind: BlockKind, level: Int = 0) -> Block? {
        guard !utf8.isEmpty else { return nil }
        return Block(kind: kind, level: level, text: String(decoding: utf8, as: UTF8.self), anchors: anchors)
    }

    /// The byte length of the scalar at `index` when it is one `isFoldable` folds, else 0,
    /// read from the UTF-8 of the folded scalars without decoding (a test checks the two agree
    /// on every scalar of the Basic Multilingual Plane).
    @inline(__always)
    static func foldableLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        return byte >= 0xC2 && byte <= 0xE3 ? foldableNonASCIILength(bytes, at: index) : 0
    }

    private static func foldableNonASCIILength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        guard index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : 0 }
        guard index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0  // U+1680
        case (0xE2, 0x80): return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0  // U+205F
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0  // U+3000
        default: return 0
        }
    }

    static func scalarLength(leadingByte byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    static func isFoldable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
