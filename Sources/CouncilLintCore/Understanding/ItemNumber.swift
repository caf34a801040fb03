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
        // Every item number has an ASCII digit after at most three letters and a slash: most
        // words are refused here, before any of the work below.
        guard raw.utf8.prefix(5).contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        var text = raw
        while let last = text.utf8.last, last == UInt8(ascii: ".") || last == UInt8(ascii: ")") || last == UInt8(ascii: ":") {
            text = text.dropLast()
        }
        if text.utf8.first == UInt8(ascii: "(") { return nil }
        // The longest item number ("OS/2025/1234") has 12 scalars; a longer word is refused
        // unread. Scalars are parsed from a buffer on the stack: this runs on many words.
        guard !text.isEmpty, text.utf8.count <= 48 else { return nil }
        let parsed: (major: Int, isMinuteReference: Bool)?? = withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 12) { buffer in
            var count = 0
            for scalar in text.unicodeScalars {
                guard count < buffer.count else { return nil }
                buffer[count] = scalar.value
                count += 1
            }
            return Self.parse(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
        guard case let .some(.some((major, isMinuteReference))) = parsed else { return nil }
        self.init(text: String(text), major: major, isMinuteReference: isMinuteReference)
    }

    /// The number's major part and whether it is a minute reference, for the scalars of a word.
    private static func parse(_ scalars: UnsafeBufferPointer<UInt32>) -> (major: Int, isMinuteReference: Bool)? {
        func isUppercaseASCII(_ value: UInt32) -> Bool { value >= 0x41 && value <= 0x5A }
        var index = 0
        while index < scalars.count, index < 3, isUppercaseASCII(scalars[index]) { index += 1 }
        let prefixLength = index
        // "OS/25/15", "TC/23/119": a committee prefix set off by a slash.
        let slashedPrefix = prefixLength > 0 && index < scalars.count && scalars[index] == 0x2F
        if slashedPrefix { index += 1 }
        let first = digits(scalars, from: &index)
        guard first.count >= 1, first.count <= 4 else { return nil }
        if index == scalars.count {
            guard prefixLength == 0 || (slashedPrefix && first.count <= 3), first.count <= 3 else { return nil }
            return (first.value, false)
        }
        let separator = scalars[index]
        if separator == 0x2F || separator == 0x3A {  // "/" or ":"
            index += 1
            let second = digits(scalars, from: &index)
            guard second.count >= 1, second.count <= 4, index == scalars.count else { return nil }
            // "25/041" and "FC24/262" number items within a year; "204/20" numbers them within the year "20".
            let yearFirst = first.count == 2 && (second.count >= 3 || prefixLength > 0)
            return (yearFirst ? second.value : first.value, true)
        }
        guard prefixLength == 0, !slashedPrefix, first.count <= 3 else { return nil }
        if separator == 0x2E {  // "."
            index += 1
            let second = digits(scalars, from: &index)
            guard second.count >= 1, second.count <= 2 else { return nil }
            if index < scalars.count {
                guard scalars[index] == 0x2E, index + 1 < scalars.count else { return nil }
                index += 1
                let third = digits(scalars, from: &index)
                guard third.count >= 1, third.count <= 2, index == scalars.count else { return nil }
            }
            return (first.value, false)
        }
        if Unicode.Scalar(separator)?.properties.isLowercase == true, index + 1 == scalars.count {
            return (first.value, false)
        }
        return nil
    }

    private init(text: String, major: Int, isMinuteReference: Bool) {
        self.text = text
        self.major = major
        self.isMinuteReference = isMinuteReference
        let lowered = text.lowercased()
        canonical = lowered.utf8.contains { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }
            ? String(lowered.unicodeScalars.filter { $0 != "(" && $0 != ")" }) : lowered
    }

    /// The lettered part "(a)" of this item, as minutes number paragraphs within an item.
    public func subItem(_ letter: Character) -> ItemNumber {
        ItemNumber(text: "\(text)(\(letter))", major: major, isMinuteReference: isMinuteReference)
    }

    /// "2025/26": a financial year, not a minute number.
    public var isFinancialYear: Bool {
        // Cut on bytes: splitting by Characters cost thousands of instructions a number. A part
        // that is not ASCII is no number, so its length in bytes serves.
        let parts = text.utf8.split(separator: UInt8(ascii: "/"))
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(Substring(parts[0])), let next = Int(Substring(parts[1])), (1990...2099).contains(year) else { return false }
        return next == (year + 1) % 100
    }

    /// Every reference that reaches this item: itself and each enclosing item ("7.1.2" is
    /// reached by "7.1.2", "7.1" and "7"; "p24/036a" by "p24/036a" and "p24/036").
    var referencesReaching: [String] {
        var references = [canonical]
        var scalars = Array(canonical.unicodeScalars)
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : scalar.properties.isAlphabetic
        }
        func isNumber(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? scalar.value >= 0x30 && scalar.value <= 0x39 : scalar.properties.numericType != nil
        }
        while let last = scalars.last {
            if isLetter(last), scalars.count >= 2, isNumber(scalars[scalars.count - 2]) {
                scalars.removeLast()
            } else if let dot = scalars.lastIndex(of: "."), scalars[(dot + 1)...].allSatisfy(isNumber) {
                scalars.removeSubrange(dot...)
            } else {
                break
            }
            references.append(String(String.UnicodeScalarView(scalars)))
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
    private static func digits(_ scalars: UnsafeBufferPointer<UInt32>, from index: inout Int) -> (count: Int, value: Int) {
        var count = 0
        var value = 0
        while index < scalars.count, scalars[index] >= 0x30, scalars[index] <= 0x39 {
            // Only the count matters past four digits (such a run is refused); the value stays small.
            if count < 9 { value = value * 10 + Int(scalars[index] - 0x30) }
            count += 1
            index += 1
        }
        return (count, value)
    }
}
