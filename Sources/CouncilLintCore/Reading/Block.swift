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
    private var text = ""
    private var anchors: [SourceAnchor] = []
    private var pendingSpace = false
    private var anchorDue = true

    public init() {}

    public var isEmpty: Bool { text.isEmpty }

    /// Appends `run`, whose first character sits at `position` in the source, on one line.
    public mutating func append<S: StringProtocol>(_ run: S, at position: SourcePosition) {
        var column = position.column
        for scalar in run.unicodeScalars {
            if Self.isFoldable(scalar) {
                if !text.isEmpty { pendingSpace = true }
                anchorDue = true
            } else {
                if pendingSpace {
                    text.unicodeScalars.append(" ")
                    pendingSpace = false
                }
                if anchorDue {
                    anchors.append(SourceAnchor(textOffset: text.utf8.count,
                                                position: SourcePosition(line: position.line, column: column)))
                    anchorDue = false
                }
                text.unicodeScalars.append(scalar)
            }
            column += 1
        }
    }

    /// Appends text that does not correspond 1:1 to the source (a decoded entity, say):
    /// it is placed at `position` and the next run starts a new anchor.
    public mutating func appendReplacement<S: StringProtocol>(_ replacement: S, at position: SourcePosition) {
        let spaceOnly = replacement.unicodeScalars.allSatisfy(Self.isFoldable)
        if spaceOnly {
            if !text.isEmpty { pendingSpace = true }
            anchorDue = true
            return
        }
        if pendingSpace {
            text.unicodeScalars.append(" ")
            pendingSpace = false
        }
        anchors.append(SourceAnchor(textOffset: text.utf8.count, position: position))
        for scalar in replacement.unicodeScalars {
            text.unicodeScalars.append(Self.isFoldable(scalar) ? " " : scalar)
        }
        anchorDue = true
    }

    /// A break between source lines or elements: folds to one space.
    public mutating func appendSpace() {
        if !text.isEmpty { pendingSpace = true }
        anchorDue = true
    }

    public func build(kind: BlockKind, level: Int = 0) -> Block? {
        guard !text.isEmpty else { return nil }
        return Block(kind: kind, level: level, text: text, anchors: anchors)
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
