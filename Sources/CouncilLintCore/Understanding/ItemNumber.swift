/// An agenda or minute item reference as written: "7", "7.1", "6a", "25/041", "FC24/262", "C048/23".
public struct ItemNumber: Sendable, Hashable, CustomStringConvertible {
    /// As written, e.g. "FC24/262" (case kept).
    public let text: String
    /// The number that orders items in a document: 7 for "7.1", 262 for "FC24/262", 41 for "25/041".
    public let major: Int
    public let isMinuteReference: Bool
    /// Lowercased, without brackets: "6(a)" and "6a" are the same item.
    public let canonical: String

    public var description: String { text }

    /// Parses one word: nil when it is not shaped like an item number.
    public init?(word raw: Substring) {
        // Parsed on UTF-8 bytes: this runs on many words, most of them refused at once.
        let parsed = raw.utf8.withContiguousStorageIfAvailable(Self.parse)
            ?? Array(raw.utf8).withUnsafeBufferPointer(Self.parse)
        guard let parsed else { return nil }
        self.init(text: String(Substring(raw.utf8.prefix(parsed.length))), major: parsed.major,
                  isMinuteReference: parsed.isMinuteReference)
    }

    /// For a word's UTF-8: how many of its bytes are the number (trailing ".", ")" and ":" left
    /// out), the number's major part and whether it is a minute reference.
    private static func parse(_ word: UnsafeBufferPointer<UInt8>) -> (length: Int, major: Int, isMinuteReference: Bool)? {
        // Every item number has an ASCII digit after at most three letters and a slash.
        guard word.prefix(5).contains(where: { $0 &- 0x30 < 10 }) else { return nil }
        var count = word.count
        while count > 0, word[count - 1] == UInt8(ascii: ".") || word[count - 1] == UInt8(ascii: ")")
                || word[count - 1] == UInt8(ascii: ":") {
            count -= 1
        }
        // The longest item number ("OS/2025/1234") has 12 scalars: a longer word is refused.
        guard count > 0, word[0] != UInt8(ascii: "("), count <= 48,
              word[..<count].reduce(0, { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }) <= 12 else { return nil }
        let bytes = UnsafeBufferPointer(rebasing: word[..<count])
        func isUppercaseASCII(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
        var index = 0
        while index < bytes.count, index < 3, isUppercaseASCII(bytes[index]) { index += 1 }
        let prefixLength = index
        // "OS/25/15", "TC/23/119": a committee prefix set off by a slash.
        let slashedPrefix = prefixLength > 0 && index < bytes.count && bytes[index] == UInt8(ascii: "/")
        if slashedPrefix { index += 1 }
        let first = digits(bytes, from: &index)
        guard first.count >= 1, first.count <= 4 else { return nil }
        if index == bytes.count {
            guard prefixLength == 0 || (slashedPrefix && first.count <= 3), first.count <= 3 else { return nil }
            return (count, first.value, false)
        }
        let separator = bytes[index]
        if separator == UInt8(ascii: "/") || separator == UInt8(ascii: ":") {
            index += 1
            let second = digits(bytes, from: &index)
            guard second.count >= 1, second.count <= 4, index == bytes.count else { return nil }
            // "25/041" and "FC24/262" number items within a year; "204/20" numbers them within the year "20".
            let yearFirst = first.count == 2 && (second.count >= 3 || prefixLength > 0)
            return (count, yearFirst ? second.value : first.value, true)
        }
        guard prefixLength == 0, !slashedPrefix, first.count <= 3 else { return nil }
        if separator == UInt8(ascii: ".") {
            index += 1
            let second = digits(bytes, from: &index)
            guard second.count >= 1, second.count <= 2 else { return nil }
            if index < bytes.count {
                guard bytes[index] == UInt8(ascii: "."), index + 1 < bytes.count else { return nil }
                index += 1
                let third = digits(bytes, from: &index)
                guard third.count >= 1, third.count <= 2, index == bytes.count else { return nil }
            }
            return (count, first.value, false)
        }
        // "6a": one lower-case letter, in any script.
        if separator < 0x80 { return separator &- 0x61 < 26 && index + 1 == bytes.count ? (count, first.value, false) : nil }
        var rest = String(decoding: UnsafeBufferPointer(rebasing: bytes[index...]), as: UTF8.self).unicodeScalars.makeIterator()
        guard let letter = rest.next(), rest.next() == nil, letter.properties.isLowercase else { return nil }
        return (count, first.value, false)
    }

    private init(text: String, major: Int, isMinuteReference: Bool) {
        self.text = text
        self.major = major
        self.isMinuteReference = isMinuteReference
        canonical = Self.canonical(text)
    }

    private static func canonical(_ text: String) -> String {
        func isBracket(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") }
        func isUppercase(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
        // Item numbers are ASCII but for a rare letter, and most have nothing to lower or drop:
        // they are read on bytes, where `lowercased()` goes through Unicode's case mappings.
        var text = text
        let (isASCII, changes) = text.withUTF8 { bytes in
            (!bytes.contains { $0 >= 0x80 }, bytes.contains { isUppercase($0) || isBracket($0) })
        }
        guard isASCII else {
            let lowered = text.lowercased()
            return lowered.utf8.contains(where: isBracket) ? String(lowered.unicodeScalars.filter { $0 != "(" && $0 != ")" }) : lowered
        }
        guard changes else { return text }
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { lowered in
                var count = 0
                for byte in bytes where !isBracket(byte) {
                    lowered[count] = isUppercase(byte) ? byte | 0x20 : byte
                    count += 1
                }
                return count
            }
        }
    }

    /// The lettered part "(a)" of this item, as minutes number paragraphs within an item.
    public func subItem(_ letter: Character) -> ItemNumber {
        ItemNumber(text: "\(text)(\(letter))", major: major, isMinuteReference: isMinuteReference)
    }

    /// "2025/26": a financial year, not a minute number.
    public var isFinancialYear: Bool {
        // Read on bytes, as this is asked of many numbers: "2025/26" is seven of them.
        guard text.utf8.count == 7 else { return false }
        var year = 0, next = 0
        for (offset, byte) in text.utf8.enumerated() {
            if offset == 4 {
                guard byte == UInt8(ascii: "/") else { return false }
                continue
            }
            guard byte &- 0x30 < 10 else { return false }
            if offset < 4 { year = year * 10 + Int(byte &- 0x30) } else { next = next * 10 + Int(byte &- 0x30) }
        }
        return (1990...2099).contains(year) && next == (year + 1) % 100
    }

    /// Every reference that reaches this item: itself and each enclosing item ("7.1.2" is
    /// reached by "7.1.2", "7.1" and "7"; "p24/036a" by "p24/036a" and "p24/036").
    var referencesReaching: [String] {
        var references = [canonical]
        // Most numbers ("25/041", "7") end in a digit and have no dot: nothing encloses them.
        guard let lastByte = canonical.utf8.last, lastByte &- 0x30 >= 10 || canonical.utf8.contains(UInt8(ascii: ".")) else {
            return references
        }
        // Each reference is a prefix of the one before: only the end moves.
        let scalars = canonical.unicodeScalars
        var end = scalars.endIndex
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : scalar.properties.isAlphabetic
        }
        func isNumber(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? scalar.value >= 0x30 && scalar.value <= 0x39 : scalar.properties.numericType != nil
        }
        while end > scalars.startIndex {
            let last = scalars.index(before: end)
            if isLetter(scalars[last]), last > scalars.startIndex, isNumber(scalars[scalars.index(before: last)]) {
                end = last
            } else if let dot = scalars[..<end].lastIndex(of: "."), scalars[scalars.index(after: dot)..<end].allSatisfy(isNumber) {
                end = dot
            } else {
                break
            }
            references.append(String(scalars[..<end]))
        }
        return references
    }

    /// Whether a reference to `self` (from a declaration, say) covers item `other`:
    /// "6" covers "6", "6a" and "6.1"; "6a" covers only "6a".
    public func covers(_ other: ItemNumber) -> Bool {
        let mine = canonical
        let theirs = other.canonical
        if mine == theirs { return true }
        guard theirs.hasPrefix(mine), let next = theirs.dropFirst(mine.count).first else { return false }
        return next == "." || (next.isLetter && mine.last?.isNumber == true)
    }

    /// The run of ASCII digits at `index` (moved past it): how many, and their value.
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, from index: inout Int) -> (count: Int, value: Int) {
        var count = 0
        var value = 0
        while index < bytes.count, bytes[index] &- 0x30 < 10 {
            // Only the count matters past four digits (such a run is refused); the value stays small.
            if count < 9 { value = value * 10 + Int(bytes[index] &- 0x30) }
            count += 1
            index += 1
        }
        return (count, value)
    }
}
