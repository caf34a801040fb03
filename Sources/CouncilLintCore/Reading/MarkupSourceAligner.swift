import CLibXML2

/// Finds where the text of libxml2's tree sits in the source, so that every character keeps its
/// exact line and column.
///
/// libxml2 gives nodes a line number only. The tree's text nodes come in source order, so one
/// cursor walks the raw UTF-8 once, in step with them: it skips markup, decodes references
/// and matches the node's characters; a node's line (where its first stretch ended) bounds the
/// search, and a node that cannot be matched falls back to that line, column 1.
struct MarkupSourceAligner {
    struct Options {
        /// Which tokenizer rules apply: libxml2's HTML parser keeps `<` before a non-letter and
        /// unknown `&name;` as text, and ends `<?...` at the first `>`.
        let isHTML: Bool
        /// libxml2's XML recovery mode drops named references after the first error; put them back.
        let restoresDroppedReferences: Bool
    }

    private let source: UnsafeBufferPointer<UInt8>
    private let options: Options
    private var cursor = Cursor()
    private var entityValues = Self.predefinedEntities
    private var unknownEntities: Set<ShortNameKey> = []

    private static let predefinedEntities: [ShortNameKey: Unicode.Scalar] = {
        var table: [ShortNameKey: Unicode.Scalar] = [:]
        for (name, value) in [("amp", "&"), ("lt", "<"), ("gt", ">"), ("quot", "\""), ("apos", "'")] as [(String, Unicode.Scalar)] {
            if let key = ShortNameKey(name) { table[key] = value }
        }
        return table
    }()

    /// How far a search may look past a character that no longer matches mid-node.
    private static let resynchronisationWindow = 4096

    init(source: UnsafeBufferPointer<UInt8>, options: Options) {
        self.source = source
        self.options = options
    }

    // MARK: - Aligning tree nodes

    /// Matches a text or CDATA node's content and sends it, with positions, to `sink`.
    /// `restoresTrailingReferences` is false when the node is followed by an entity reference
    /// node, which claims the reference after it.
    mutating func alignText(_ text: UnsafeBufferPointer<UInt8>, lineHint: Int, restoresTrailingReferences: Bool,
                            into sink: inout MarkupTextSink) {
        var index = 0
        if BlockTextBuilder.foldableLength(text, at: 0) > 0 {
            index = skipFoldable(text, from: 0, into: &sink)
        }
        guard index < text.count else { return }
        var leading: [(Unicode.Scalar, SourcePosition)] = []
        switch findStart(of: text, from: &index, lineHint: lineHint, byteLimit: nil, leading: &leading,
                         into: &sink) {
        case .notFound:
            sink.appendUnaligned(text[index...], at: SourcePosition(line: max(lineHint, 1), column: 1))
            return
        case .exhausted:
            return
        case .found:
            for (scalar, position) in leading { sink.appendReplacement(scalar, at: position) }
        }
        match(text, from: index, into: &sink)
        if restoresTrailingReferences && options.restoresDroppedReferences {
            restoreReferences(into: &sink)
        }
    }

    /// The line where the comment with this body starts, moving past it; nil if it is not found.
    mutating func alignComment(_ body: UnsafeBufferPointer<UInt8>, lineHint: Int) -> Int? {
        let source = self.source
        let found = search(lineBound: lineHint) { unit in
            if case .markup(.comment(let range)) = unit {
                return Self.equal(source[range], body)
            }
            return false
        }
        return found?.line
    }

    /// The position of the `&` of the reference `&name;`, moving past it; nil if it is not found.
    /// libxml2 gives reference nodes no line of their own, so the search is not bounded.
    mutating func alignReference(named name: UnsafeBufferPointer<UInt8>) -> SourcePosition? {
        let source = self.source
        let found = search(lineBound: 0) { unit in
            if case .reference(let reference) = unit, let range = reference.name {
                return Self.equal(source[range], name)
            }
            return false
        }
        return found?.position
    }

    /// The character a named reference stands for (`nbsp`, `pound`, `rsquo`), as libxml2's HTML
    /// parser knows them, or one of XML's five.
    mutating func entityValue<Name: Collection>(named name: Name) -> Unicode.Scalar? where Name.Element == UInt8 {
        guard let key = ShortNameKey(name) else { return nil }
        if let value = entityValues[key] { return value }
        if unknownEntities.contains(key) { return nil }
        var terminated = Array(name)
        terminated.append(0)
        let value = terminated.withUnsafeBufferPointer { buffer in
            htmlEntityLookup(buffer.baseAddress).flatMap { Unicode.Scalar($0.pointee.value) }
        }
        if let value { entityValues[key] = value } else { unknownEntities.insert(key) }
        return value
    }

    // MARK: - Matching

    private enum StartSearch { case found, notFound, exhausted }

    /// Moves the cursor to the raw unit that matches `text[index]`, skipping markup and text the
    /// tree does not hold. Conditional-comment markers of Word's HTML (`<![if ...]>`), which
    /// libxml2 keeps as text, are skipped on both sides.
    ///
    /// `lineHint` (0: unknown) is the line where libxml2 created the node: its text starts there
    /// or before, so the character looked for is no further down than the newlines before it.
    /// Nothing after the node starts above that line, so a failed search resumes there.
    private mutating func findStart(of text: UnsafeBufferPointer<UInt8>, from index: inout Int, lineHint: Int,
                                    byteLimit: Int?, leading: inout [(Unicode.Scalar, SourcePosition)],
                                    into sink: inout MarkupTextSink) -> StartSearch {
        var probe = cursor
        var resumeAfterFailure: Cursor?
        let byteEnd = byteLimit.map { cursor.offset + $0 } ?? Int.max
        var lineLimit = lineHint > 0 ? lineHint + Self.newlineCount(text[..<index]) : Int.max
        while true {
            let start = probe
            if lineHint > 0 && start.line >= lineHint && resumeAfterFailure == nil { resumeAfterFailure = start }
            guard start.offset < byteEnd, start.line <= lineLimit, let unit = nextUnit(&probe) else {
                if let resumeAfterFailure { cursor = resumeAfterFailure }
                return .notFound
            }
            switch unit {
            case .markup(.conditionalMarker(let range)) where markerLength(range, in: text, at: index) > 0:
                index += markerLength(range, in: text, at: index)
                if BlockTextBuilder.foldableLength(text, at: index) > 0 { index = skipFoldable(text, from: index, into: &sink) }
                if lineHint > 0 { lineLimit = lineHint + Self.newlineCount(text[..<index]) }
                if index >= text.count {
                    cursor = probe
                    return .exhausted
                }
                leading.removeAll()
            case .markup:
                leading.removeAll()
            case .space:
                break
            case .reference(let reference):
                guard let value = reference.value else { break }
                if Self.hasPrefix(text, at: index, value.utf8) || text[index] == UInt8(ascii: "&") {
                    cursor = start
                    return .found
                }
                if reference.name != nil && options.restoresDroppedReferences {
                    leading.append((value, start.position))
                } else {
                    leading.removeAll()
                }
            case .character(let length):
                if Self.hasPrefix(text, at: index, source[start.offset..<start.offset + length]) {
                    cursor = start
                    return .found
                }
                leading.removeAll()
            }
        }
    }

    /// Matches `text[index...]` from the cursor, which sits on its first character.
    private mutating func match(_ text: UnsafeBufferPointer<UInt8>, from start: Int, into sink: inout MarkupTextSink) {
        cursor.inContent = true
        var index = start
        var runStart: (index: Int, position: SourcePosition)?

        func flush(_ sink: inout MarkupTextSink) {
            if let run = runStart, run.index < index {
                sink.append(UnsafeBufferPointer(rebasing: text[run.index..<index]), at: run.position)
            }
            runStart = nil
        }

        while index < text.count {
            let byte = text[index]
            let agreeing = agreeingStretch(text, from: index)
            if agreeing.length > 0 {
                if runStart == nil { runStart = (index, cursor.position) }
                index += agreeing.length
                cursor.offset += agreeing.length
                cursor.column += agreeing.scalars
                continue
            }
            flush(&sink)
            var probe = cursor
            guard let unit = nextUnit(&probe) else {
                sink.appendUnaligned(text[index...], at: cursor.position)
                return
            }
            let textHasSpace = BlockTextBuilder.foldableLength(text, at: index) > 0
            switch unit {
            case .markup(.conditionalMarker(let range)) where markerLength(range, in: text, at: index) > 0:
                index += markerLength(range, in: text, at: index)
                cursor = probe
            case .markup:
                if Self.skipFoldableIndex(text, from: index) >= text.count {
                    index = skipFoldable(text, from: index, into: &sink)
                } else {
                    cursor = probe
                }
            case .space:
                if textHasSpace { index = skipFoldable(text, from: index, into: &sink) }
                cursor = probe
            case .reference(let reference):
                if let value = reference.value, Self.hasPrefix(text, at: index, value.utf8) {
                    sink.appendReplacement(value, at: cursor.position)
                    index += value.utf8.count
                    cursor = probe
                } else if reference.value == nil {
                    cursor = probe
                } else if let value = reference.value, reference.name != nil, options.restoresDroppedReferences {
                    sink.appendReplacement(value, at: cursor.position)
                    cursor = probe
                } else if byte == UInt8(ascii: "&") {
                    runStart = (index, cursor.position)
                    index += 1
                    advance(&cursor, by: 1)
                } else if textHasSpace {
                    index = skipFoldable(text, from: index, into: &sink)
                } else if !resynchronise(text, at: &index, into: &sink) {
                    return
                }
            case .character(let length):
                if Self.hasPrefix(text, at: index, source[cursor.offset..<cursor.offset + length]) {
                    runStart = (index, cursor.position)
                    index += length
                    cursor = probe
                } else if textHasSpace {
                    index = skipFoldable(text, from: index, into: &sink)
                } else if !resynchronise(text, at: &index, into: &sink) {
                    return
                }
            }
        }
        flush(&sink)
    }

    /// The bytes from `text[index]` on that the source repeats from the cursor, on its line and
    /// outside markup, and how many scalars they hold.
    private func agreeingStretch(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> (length: Int, scalars: Int) {
        let (markupOpening, referenceOpening) = cursor.inCDATA
            ? (UInt8(ascii: "]"), UInt8(ascii: "]")) : (UInt8(ascii: "<"), UInt8(ascii: "&"))
        let length = min(text.count - start, source.count - cursor.offset)
        var agreeing = 0
        var scalars = 0
        // Eight bytes at a time while they agree and none ends the stretch, then byte by byte.
        while agreeing + 8 <= length {
            let raw = UTF8Bytes.eightBytes(source, at: cursor.offset + agreeing)
            guard raw == UTF8Bytes.eightBytes(text, at: start + agreeing),
                  UTF8Bytes.flags(of: 0x0A, markupOpening, referenceOpening, in: raw) == 0 else { break }
            scalars += 8 - UTF8Bytes.continuationCount(in: raw)
            agreeing += 8
        }
        while agreeing < length {
            let raw = source[cursor.offset + agreeing]
            guard raw == text[start + agreeing], raw != 0x0A, raw != markupOpening, raw != referenceOpening else { break }
            if raw & 0xC0 != 0x80 { scalars += 1 }
            agreeing += 1
        }
        return (agreeing, scalars)
    }

    /// How many bytes of `text` at `index` are the conditional marker at `range`, with or
    /// without its `<`; 0 when the text does not hold it.
    private func markerLength(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        if Self.hasPrefix(text, at: index, source[range]) { return range.count }
        if Self.hasPrefix(text, at: index, source[range.dropFirst()]) { return range.count - 1 }
        return 0
    }

    /// After a mismatch mid-node, looks a little further for the character; if it is not there,
    /// the rest of the node is placed where the match broke off. False when matching must stop.
    private mutating func resynchronise(_ text: UnsafeBufferPointer<UInt8>, at index: inout Int,
                                        into sink: inout MarkupTextSink) -> Bool {
        var ignored: [(Unicode.Scalar, SourcePosition)] = []
        let brokenAt = cursor.position
        switch findStart(of: text, from: &index, lineHint: 0, byteLimit: Self.resynchronisationWindow,
                         leading: &ignored, into: &sink) {
        case .found:
            return true
        case .exhausted:
            return false
        case .notFound:
            sink.appendUnaligned(text[index...], at: brokenAt)
            return false
        }
    }

    /// Puts back named references right after a node's text that XML recovery dropped.
    private mutating func restoreReferences(into sink: inout MarkupTextSink) {
        while true {
            var probe = cursor
            guard let unit = nextUnit(&probe) else { return }
            switch unit {
            case .space:
                cursor = probe
            case .reference(let reference) where reference.name != nil:
                guard let value = reference.value else { return }
                sink.appendReplacement(value, at: cursor.position)
                cursor = probe
            default:
                return
            }
        }
    }

    /// Moves past the first unit `accepts`, looking no further than `lineBound` (when known);
    /// returns where it started.
    private mutating func search(lineBound: Int, accepts: (Unit) -> Bool) -> Cursor? {
        var probe = cursor
        while true {
            let start = probe
            guard !(lineBound > 0 && start.line > lineBound), let unit = nextUnit(&probe) else { return nil }
            if accepts(unit) {
                cursor = probe
                return start
            }
        }
    }

    private mutating func skipFoldable(_ text: UnsafeBufferPointer<UInt8>, from start: Int,
                                       into sink: inout MarkupTextSink) -> Int {
        var index = start
        var newlines = 0
        while case let length = BlockTextBuilder.foldableLength(text, at: index), length > 0 {
            if text[index] == 0x0A { newlines += 1 }
            index += length
        }
        if newlines >= 2 { sink.appendBlankLine() } else { sink.appendSpace() }
        return index
    }

    // MARK: - Tokenizing the source

    struct Cursor {
        var offset = 0
        var line = 1
        var column = 1
        var inCDATA = false
        /// Whether a start tag or text has been read: libxml2's HTML parser drops the `<` of
        /// junk before that, and keeps it after.
        var inContent = false

        var position: SourcePosition { SourcePosition(line: line, column: column) }
    }

    enum Markup {
        case tag
        case comment(body: Range<Int>)
        case cdataBoundary
        case declaration
        /// Source libxml2 reads as nothing: a stray `<` in XML recovery, `</` before a non-name.
        case droppedText
        /// `<![if !supportLists]>`, `<![endif]>`: text to libxml2's HTML parser (without its `<`
        /// before the body starts), markup to a reader.
        case conditionalMarker(Range<Int>)
    }

    struct Reference {
        var name: Range<Int>?
        /// Nil for a reference libxml2 drops (an invalid character number, an entity it does not know).
        var value: Unicode.Scalar?
    }

    enum Unit {
        case markup(Markup)
        case space
        case reference(Reference)
        case character(length: Int)
    }

    /// Reads the unit at `cursor` and moves past it.
    private mutating func nextUnit(_ cursor: inout Cursor) -> Unit? {
        let offset = cursor.offset
        guard offset < source.count else { return nil }
        let byte = source[offset]
        if cursor.inCDATA {
            if byte == UInt8(ascii: "]") && hasPrefix("]]>", at: offset) {
                advance(&cursor, by: 3)
                cursor.inCDATA = false
                return .markup(.cdataBoundary)
            }
        } else if byte == UInt8(ascii: "<") {
            if let markup = skipMarkup(&cursor) { return .markup(markup) }
            advance(&cursor, by: 1)
            cursor.inContent = true
            return .character(length: 1)
        } else if byte == UInt8(ascii: "&") {
            cursor.inContent = true
            if let (reference, length) = decodeReference(at: offset) {
                advance(&cursor, by: length)
                return .reference(reference)
            }
            advance(&cursor, by: 1)
            return .character(length: 1)
        }
        let length = BlockTextBuilder.foldableLength(source, at: offset)
        if length > 0 {
            advance(&cursor, by: length)
            return .space
        }
        cursor.inContent = true
        let scalarLength = min(BlockTextBuilder.scalarLength(leadingByte: byte), source.count - offset)
        advance(&cursor, by: scalarLength)
        return .character(length: scalarLength)
    }

    /// Skips the markup at `cursor` (which is on `<`) the way libxml2 reads it; nil when the
    /// `<` is text. A `<` libxml2 drops (XML recovery, junk before HTML's first tag) is
    /// markup of its own.
    private func skipMarkup(_ cursor: inout Cursor) -> Markup? {
        let offset = cursor.offset
        let next = byte(at: offset + 1)
        if next == UInt8(ascii: "!") {
            if hasPrefix("<!--", at: offset) {
                let bodyStart = offset + 4
                let bodyEnd = find("-->", from: bodyStart) ?? source.count
                advance(&cursor, by: min(bodyEnd + 3, source.count) - offset)
                return .comment(body: bodyStart..<bodyEnd)
            }
            if hasPrefix("<![CDATA[", at: offset) && !options.isHTML {
                advance(&cursor, by: 9)
                cursor.inCDATA = true
                return .cdataBoundary
            }
            // HTML skips a DOCTYPE anywhere; XML only before the root (later, it is junk).
            if hasPrefix("<!doctype", at: offset, caseInsensitive: true) && (options.isHTML || !cursor.inContent) {
                skipDoctype(&cursor)
                return .declaration
            }
            if options.isHTML, let end = conditionalMarkerEnd(at: offset) {
                advance(&cursor, by: end - offset)
                return .conditionalMarker(offset..<end)
            }
            if options.isHTML && cursor.inContent { return nil }
            advance(&cursor, by: 1)
            return .droppedText
        }
        if next == UInt8(ascii: "?") {
            skip(&cursor, through: options.isHTML ? ">" : "?>")
            return .declaration
        }
        if next == UInt8(ascii: "/") {
            guard isNameStart(byte(at: offset + 2)) else {
                advance(&cursor, by: 2)
                return .droppedText
            }
            skip(&cursor, through: ">")
            return .tag
        }
        if isNameStart(next) {
            skipStartTag(&cursor)
            cursor.inContent = true
            return .tag
        }
        if options.isHTML { return nil }
        advance(&cursor, by: 1)
        return .droppedText
    }

    /// The end of `<![...]>` at `offset`, if it closes (without another `<`) within a short stretch.
    private func conditionalMarkerEnd(at offset: Int) -> Int? {
        guard hasPrefix("<![", at: offset) else { return nil }
        var index = offset + 3
        while index < min(source.count, offset + 256) {
            if source[index] == UInt8(ascii: ">") { return index + 1 }
            if source[index] == UInt8(ascii: "<") { return nil }
            index += 1
        }
        return nil
    }

    /// Skips a start tag, its attributes (quoted values may hold `>`) and, for script and style,
    /// their raw content up to the end tag.
    private func skipStartTag(_ cursor: inout Cursor) {
        var offset = cursor.offset + 1
        let nameStart = offset
        while offset < source.count, !Self.isTagNameEnd(source[offset]) { offset += 1 }
        let name = source[nameStart..<offset]
        var selfClosing = false
        while offset < source.count {
            let byte = source[offset]
            if byte == UInt8(ascii: ">") {
                selfClosing = source[offset - 1] == UInt8(ascii: "/")
                offset += 1
                break
            }
            if byte == UInt8(ascii: "=") {
                offset += 1
                while offset < source.count, Self.isASCIISpace(source[offset]) { offset += 1 }
                if offset < source.count, source[offset] == UInt8(ascii: "\"") || source[offset] == UInt8(ascii: "'") {
                    let quote = source[offset]
                    offset += 1
                    while offset < source.count, source[offset] != quote { offset += 1 }
                    offset = min(offset + 1, source.count)
                }
                continue
            }
            offset += 1
        }
        if !selfClosing, let key = ShortNameKey(name), Self.rawTextElements.contains(key) {
            offset = findEndTag(named: name, from: offset)
        }
        advance(&cursor, by: offset - cursor.offset)
    }

    private static let rawTextElements: Set<ShortNameKey> = Set(["script", "style"].compactMap { ShortNameKey($0) })

    /// The offset just past `</name ...>`, or the end of the source.
    private func findEndTag(named name: Slice<UnsafeBufferPointer<UInt8>>, from start: Int) -> Int {
        var offset = start
        while let open = find("</", from: offset) {
            let nameEnd = open + 2 + name.count
            if nameEnd <= source.count, Self.equalIgnoringCase(source[open + 2..<nameEnd], name),
               nameEnd == source.count || Self.isTagNameEnd(source[nameEnd]) {
                return (find(">", from: nameEnd) ?? source.count - 1) + 1
            }
            offset = open + 2
        }
        return source.count
    }

    private func skipDoctype(_ cursor: inout Cursor) {
        var offset = cursor.offset + 2
        var quote: UInt8?
        var inSubset = false
        while offset < source.count {
            let byte = source[offset]
            offset += 1
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                inSubset = true
            } else if byte == UInt8(ascii: "]") {
                inSubset = false
            } else if byte == UInt8(ascii: ">") && !inSubset {
                break
            }
        }
        advance(&cursor, by: offset - cursor.offset)
    }

    /// The reference at `offset` (on `&`) and its length in the source, read as libxml2 reads
    /// it; nil when the `&` is text (HTML only: XML recovery drops what it cannot read).
    private mutating func decodeReference(at offset: Int) -> (Reference, Int)? {
        var index = offset + 1
        if byte(at: index) == UInt8(ascii: "#") {
            index += 1
            let hexadecimal = byte(at: index) | 0x20 == UInt8(ascii: "x")
            if hexadecimal { index += 1 }
            let digitsStart = index
            var value: UInt32 = 0
            while index < source.count, let digit = Self.digitValue(source[index], hexadecimal: hexadecimal) {
                value = min(value &* (hexadecimal ? 16 : 10) &+ digit, 0x110000)
                index += 1
            }
            let terminated = byte(at: index) == UInt8(ascii: ";")
            if terminated { index += 1 }
            let valid = index > digitsStart + (terminated ? 1 : 0) && (terminated || options.isHTML)
            let scalar = valid && Self.isXMLCharacter(value) ? Unicode.Scalar(value) : nil
            return (Reference(name: nil, value: scalar), index - offset)
        }
        let nameStart = index
        while index < source.count, Self.isEntityNameByte(source[index]) { index += 1 }
        let name = nameStart..<index
        guard !name.isEmpty, byte(at: index) == UInt8(ascii: ";") else {
            return options.isHTML ? nil : (Reference(name: nil, value: nil), index - offset)
        }
        let value = entityValue(named: source[name])
        if value == nil && options.isHTML { return nil }
        return (Reference(name: name, value: value), index + 1 - offset)
    }

    // MARK: - Moving through bytes

    private func advance(_ cursor: inout Cursor, by count: Int) {
        let end = min(cursor.offset + count, source.count)
        var offset = cursor.offset
        while offset < end {
            let byte = source[offset]
            if byte == 0x0A {
                cursor.line += 1
                cursor.column = 1
            } else if byte & 0xC0 != 0x80 {
                cursor.column += 1
            }
            offset += 1
        }
        cursor.offset = end
    }

    private func skip(_ cursor: inout Cursor, through terminator: StaticString) {
        let end = find(terminator, from: cursor.offset + 1).map { $0 + terminator.utf8CodeUnitCount } ?? source.count
        advance(&cursor, by: end - cursor.offset)
    }

    private func byte(at offset: Int) -> UInt8 {
        offset < source.count ? source[offset] : 0
    }

    private func find(_ pattern: StaticString, from start: Int) -> Int? {
        let first = pattern.utf8Start.pointee
        var offset = start
        while offset < source.count {
            if source[offset] == first && hasPrefix(pattern, at: offset) { return offset }
            offset += 1
        }
        return nil
    }

    private func hasPrefix(_ pattern: StaticString, at offset: Int, caseInsensitive: Bool = false) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard offset + count <= source.count else { return false }
        let bytes = UnsafeBufferPointer(start: pattern.utf8Start, count: count)
        for index in 0..<count {
            let raw = source[offset + index]
            if raw != bytes[index] && !(caseInsensitive && raw | 0x20 == bytes[index]) { return false }
        }
        return true
    }

    private func isNameStart(_ byte: UInt8) -> Bool {
        let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        if options.isHTML { return letter }
        return letter || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    // MARK: - Byte classes

    private static func newlineCount(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    private static func skipFoldableIndex(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while case let length = BlockTextBuilder.foldableLength(bytes, at: index), length > 0 { index += length }
        return index
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C
    }

    private static func isTagNameEnd(_ byte: UInt8) -> Bool {
        isASCIISpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    private static func isEntityNameByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":")
    }

    private static func digitValue(_ byte: UInt8, hexadecimal: Bool) -> UInt32? {
        if byte >= 0x30 && byte <= 0x39 { return UInt32(byte - 0x30) }
        let lower = byte | 0x20
        if hexadecimal && lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f") { return UInt32(lower - 0x57) }
        return nil
    }

    private static func isXMLCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private static func hasPrefix<Bytes: Collection>(_ text: UnsafeBufferPointer<UInt8>, at index: Int,
                                                     _ prefix: Bytes) -> Bool where Bytes.Element == UInt8 {
        guard index + prefix.count <= text.count else { return false }
        return zip(text[index...], prefix).allSatisfy { $0 == $1 }
    }

    private static func hasPrefix(_ text: UnsafeBufferPointer<UInt8>, at index: Int, _ scalar: Unicode.Scalar) -> Bool {
        hasPrefix(text, at: index, scalar.utf8)
    }

    private static func equal<A: Collection, B: Collection>(_ lhs: A, _ rhs: B) -> Bool
    where A.Element == UInt8, B.Element == UInt8 {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }

    private static func equalIgnoringCase<A: Collection, B: Collection>(_ lhs: A, _ rhs: B) -> Bool
    where A.Element == UInt8, B.Element == UInt8 {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0 | 0x20 == $1 | 0x20 }
    }
}
