/// One line of text, or part of one, as UTF-8. On most lines every scalar is a Character of its
/// own that equals no other Character (ASCII, Latin letters, general punctuation), so that the
/// bytes answer questions about Characters; on the others a String answers them.
struct LineText {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Whether the bytes answer for the Characters: see the type's comment.
    let isPlain: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(bytes, isPlain: Self.hasOnlyPlainScalars(bytes))
    }

    private init(_ bytes: UnsafeBufferPointer<UInt8>, isPlain: Bool) {
        self.bytes = bytes
        self.isPlain = isPlain
    }

    /// The text after its first `count` bytes.
    func dropFirst(_ count: Int) -> LineText {
        LineText(UnsafeBufferPointer(rebasing: bytes[min(count, bytes.count)...]), isPlain: isPlain)
    }

    /// The text's first `count` bytes.
    func prefix(_ count: Int) -> LineText {
        LineText(UnsafeBufferPointer(rebasing: bytes[..<min(count, bytes.count)]), isPlain: isPlain)
    }

    /// The byte length of the leading Characters that are each one of `characters`.
    func leadingLength(of characters: StaticString) -> Int {
        guard isPlain else { return string.prefix { Self.isOne(of: characters, $0) }.utf8.count }
        var length = 0
        while length < bytes.count, Self.isOne(of: characters, bytes[length]) { length += 1 }
        return length
    }

    /// The text without the trailing Characters that are each one of `characters`.
    func droppingTrailing(_ characters: StaticString) -> LineText {
        guard isPlain else {
            var trimmed = Substring(string)
            while let last = trimmed.utf8.last, Self.isOne(of: characters, last) { trimmed = trimmed.dropLast() }
            return prefix(trimmed.utf8.count)
        }
        var end = bytes.count
        while end > 0, Self.isOne(of: characters, bytes[end - 1]) { end -= 1 }
        return prefix(end)
    }

    /// Whether every Character is one of `characters`.
    func consists(of characters: StaticString) -> Bool {
        guard isPlain else { return string.allSatisfy { Self.isOne(of: characters, $0) } }
        return bytes.allSatisfy { Self.isOne(of: characters, $0) }
    }

    /// Whether every Character is whitespace (true for no text).
    var isBlank: Bool {
        guard isPlain else { return string.allSatisfy(\.isWhitespace) }
        var index = 0
        while case let length = BlockTextBuilder.foldableLength(bytes, at: index), length > 0 { index += length }
        return index == bytes.count
    }

    var characterCount: Int {
        isPlain ? UTF8Bytes.scalarCount(bytes) : string.count
    }

    func hasPrefix(_ prefix: StaticString) -> Bool {
        isPlain ? UTF8Bytes.hasPrefix(bytes, prefix) : string.hasPrefix(prefix.description)
    }

    func hasSuffix(_ suffix: StaticString) -> Bool {
        isPlain ? UTF8Bytes.hasSuffix(bytes, suffix) : string.hasSuffix(suffix.description)
    }

    /// The text as a String, for the lines whose bytes do not answer for their Characters.
    var string: String {
        String(decoding: bytes, as: UTF8.self)
    }

    private static func isOne(of characters: StaticString, _ byte: UInt8) -> Bool {
        UnsafeBufferPointer(start: characters.utf8Start, count: characters.utf8CodeUnitCount).contains(byte)
    }

    private static func isOne(of characters: StaticString, _ character: Character) -> Bool {
        UnsafeBufferPointer(start: characters.utf8Start, count: characters.utf8CodeUnitCount)
            .contains { character == Character(Unicode.Scalar($0)) }
    }

    /// U+0000...U+02FF and U+2000...U+20CF and U+2100...U+217F stand alone as Characters, except
    /// the joiners U+200C and U+200D; the letterlike U+2126, U+212A and U+212B equal other letters.
    private static func hasOnlyPlainScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = UTF8Bytes.asciiPrefixLength(bytes)
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
            } else if byte >= 0xC2 && byte <= 0xCB {
                index += 2
            } else if byte == 0xE2, index + 2 < bytes.count, isPlainGeneralPunctuationOrSymbol(bytes[index + 1], bytes[index + 2]) {
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    /// The scalar E2 `second` `third` is one of U+2000...U+217F that count as plain.
    private static func isPlainGeneralPunctuationOrSymbol(_ second: UInt8, _ third: UInt8) -> Bool {
        switch second {
        case 0x80: return third != 0x8C && third != 0x8D
        case 0x81, 0x82, 0x85: return true
        case 0x83: return third < 0x90
        case 0x84: return third != 0xA6 && third != 0xAA && third != 0xAB
        default: return false
        }
    }
}
