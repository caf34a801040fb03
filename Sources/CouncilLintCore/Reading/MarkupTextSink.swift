/// Collects the aligned source runs of one block (or of a stretch of anonymous paragraphs)
/// into `BlockTextBuilder`s.
///
/// The builder only starts a new anchor after a space or a replacement, so a run that does not
/// continue the previous one in the source ("<b>noted</b>.") has its first word placed as a
/// replacement, which forces the anchor.
struct MarkupTextSink {
    let kind: BlockKind
    let level: Int
    /// Paragraphs (and text sitting directly in a container) end at a blank line.
    let splitsAtBlankLines: Bool
    private var builder = BlockTextBuilder()
    private var finished: [Block] = []
    private var continuation: SourcePosition?
    private var pendingCellSeparator = false

    init(kind: BlockKind, level: Int = 0, splitsAtBlankLines: Bool = false) {
        self.kind = kind
        self.level = level
        self.splitsAtBlankLines = splitsAtBlankLines
    }

    /// A stretch of text copied verbatim from one source line, starting at `position`.
    mutating func append(_ run: UnsafeBufferPointer<UInt8>, at position: SourcePosition) {
        var visibleStart = 0
        var leadingSpaces = 0
        while case let length = BlockTextBuilder.foldableLength(run, at: visibleStart), length > 0 {
            visibleStart += length
            leadingSpaces += 1
        }
        guard visibleStart < run.count else {
            appendSpace()
            return
        }
        emitCellSeparators(at: SourcePosition(line: position.line, column: position.column + leadingSpaces))
        if leadingSpaces == 0, let continuation, continuation != position {
            var wordEnd = 0
            while wordEnd < run.count && BlockTextBuilder.foldableLength(run, at: wordEnd) == 0 {
                wordEnd += BlockTextBuilder.scalarLength(leadingByte: run[wordEnd])
            }
            wordEnd = min(wordEnd, run.count)
            builder.appendReplacement(String(decoding: UnsafeBufferPointer(rebasing: run[..<wordEnd]), as: UTF8.self),
                                      at: position)
            let afterWord = SourcePosition(line: position.line,
                                           column: position.column + UTF8Bytes.scalarCount(run[..<wordEnd]))
            builder.append(utf8: UnsafeBufferPointer(rebasing: run[wordEnd...]), at: afterWord)
        } else {
            builder.append(utf8: run, at: position)
        }
        let lastScalar = run.lastIndex { !UTF8Bytes.isContinuation($0) } ?? 0
        let endsInSpace = BlockTextBuilder.foldableLength(run, at: lastScalar) > 0
        continuation = endsInSpace
            ? nil : SourcePosition(line: position.line, column: position.column + UTF8Bytes.scalarCount(run))
    }

    /// Text whose place in the source could not be found, all of it put at `position`.
    mutating func appendUnaligned(_ text: Slice<UnsafeBufferPointer<UInt8>>, at position: SourcePosition) {
        append(UnsafeBufferPointer(rebasing: text), at: position)
    }

    /// Text that stands for source written differently (a character reference, say).
    mutating func appendReplacement(_ scalar: Unicode.Scalar, at position: SourcePosition) {
        if !BlockTextBuilder.isFoldable(scalar) { emitCellSeparators(at: position) }
        builder.appendReplacement(String(scalar), at: position)
        continuation = nil
    }

    mutating func appendReplacement(_ text: String, at position: SourcePosition) {
        if text.unicodeScalars.contains(where: { !BlockTextBuilder.isFoldable($0) }) { emitCellSeparators(at: position) }
        builder.appendReplacement(text, at: position)
        continuation = nil
    }

    mutating func appendSpace() {
        builder.appendSpace()
        continuation = nil
    }

    /// A blank line inside the text: a paragraph break where the text is an anonymous paragraph.
    mutating func appendBlankLine() {
        if splitsAtBlankLines {
            finishBuilder()
        } else {
            appendSpace()
        }
    }

    /// The next cell of a table row begins: its text, if any, is set off from the text before
    /// with " | " (empty cells leave no separators behind).
    mutating func beginCell() {
        appendSpace()
        if !builder.isEmpty { pendingCellSeparator = true }
    }

    /// Ends the current block and hands over the blocks collected so far.
    mutating func finish() -> [Block] {
        finishBuilder()
        defer { finished = [] }
        return finished
    }

    private mutating func finishBuilder() {
        if let block = builder.build(kind: kind, level: level) { finished.append(block) }
        builder = BlockTextBuilder()
        continuation = nil
        pendingCellSeparator = false
    }

    private mutating func emitCellSeparators(at position: SourcePosition) {
        guard pendingCellSeparator else { return }
        builder.appendSpace()
        builder.appendReplacement("|", at: position)
        builder.appendSpace()
        pendingCellSeparator = false
    }
}
