/// An agenda or minute item reference as written: "7", "7.1", "6a", "25/041", "FC24/262", "C048/23".
public struct ItemNumber: Sendable, Hashable, CustomStringConvertible {
    /// As written, e.g. "FC24/262" (case kept).
    public let text: String
    /// The number that orders items in a document: 7 for "7.1", 262 for "FC24/262", 41 for "25/041".
    public let major: Int
    public let isMinuteReference: Bool

    public var description: String { text }

    /// Parses one word: nil when it is not shaped like an item number.
    public init?(word raw: Substring) {
        // Every item number has an ASCII digit after at most three letters and a slash: most
        // words are refused here, before any of the work below.
        guard raw.utf8.prefix(5).contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        var text = raw
        while let last = text.last, last == "." || last == ")" || last == ":" { text = text.dropLast() }
        if text.hasPrefix("(") { return nil }
        guard !text.isEmpty, text.count <= 12 else { return nil }
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count, index < 3, scalars[index].properties.isUppercase, scalars[index].isASCII { index += 1 }
        let prefixLength = index
        // "OS/25/15", "TC/23/119": a committee prefix set off by a slash.
        let slashedPrefix = prefixLength > 0 && index < scalars.count && scalars[index] == "/"
        if slashedPrefix { index += 1 }
        let firstDigits = Self.digits(scalars, from: &index)
        guard !firstDigits.isEmpty, firstDigits.count <= 4 else { return nil }
        if index == scalars.count {
            guard prefixLength == 0 || (slashedPrefix && firstDigits.count <= 3), firstDigits.count <= 3 else { return nil }
            self.init(text: String(text), major: Int(firstDigits)!, isMinuteReference: false)
            return
        }
        let separator = scalars[index]
        if separator == "/" || separator == ":" {
            index += 1
            let second = Self.digits(scalars, from: &index)
            guard !second.isEmpty, second.count <= 4, index == scalars.count else { return nil }
            // "25/041" and "FC24/262" number items within a year; "204/20" numbers them within the year "20".
            let yearFirst = firstDigits.count == 2 && (second.count >= 3 || prefixLength > 0)
            let major = yearFirst ? Int(second)! : Int(firstDigits)!
            self.init(text: String(text), major: major, isMinuteReference: true)
            return
        }
        guard prefixLength == 0, !slashedPrefix, firstDigits.count <= 3 else { return nil }
        if separator == "." {
            index += 1
            let second = Self.digits(scalars, from: &index)
            guard !second.isEmpty, second.count <= 2 else { return nil }
            if index < scalars.count {
                guard scalars[index] == ".", index + 1 < scalars.count else { return nil }
                index += 1
                let third = Self.digits(scalars, from: &index)
                guard !third.isEmpty, third.count <= 2, index == scalars.count else { return nil }
            }
            self.init(text: String(text), major: Int(firstDigits)!, isMinuteReference: false)
            return
        }
        if separator.properties.isLowercase, index + 1 == scalars.count {
            self.init(text: String(text), major: Int(firstDigits)!, isMinuteReference: false)
            return
        }
        return nil
    }

    private init(text: String, major: Int, isMinuteReference: Bool) {
        self.text = text
        self.major = major
        self.isMinuteReference = isMinuteReference
    }

    /// The lettered part "(a)" of this item, as minutes number paragraphs within an item.
    public func subItem(_ letter: Character) -> ItemNumber {
        ItemNumber(text: "\(text)(\(letter))", major: major, isMinuteReference: isMinuteReference)
    }

    /// "2025/26": a financial year, not a minute number.
    public var isFinancialYear: Bool {
        let parts = text.split(separator: "/")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let next = Int(parts[1]), (1990...2099).contains(year) else { return false }
        return next == (year + 1) % 100
    }

    /// Lowercased, without brackets: "6(a)" and "6a" are the same item.
    public var canonical: String { text.lowercased().filter { $0 != "(" && $0 != ")" } }

    /// Every reference that reaches this item: itself and each enclosing item ("7.1.2" is
    /// reached by "7.1.2", "7.1" and "7"; "p24/036a" by "p24/036a" and "p24/036").
    var referencesReaching: [String] {
        var references = [canonical]
        var current = canonical
        while let last = current.last {
            if last.isLetter, current.dropLast().last?.isNumber == true {
                current.removeLast()
            } else if let dot = current.lastIndex(of: "."), current[current.index(after: dot)...].allSatisfy(\.isNumber) {
                current = String(current[..<dot])
            } else {
                break
            }
            references.append(current)
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

    private static func digits(_ scalars: [Unicode.Scalar], from index: inout Int) -> String {
        var digits = ""
        while index < scalars.count, scalars[index].properties.numericType == .decimal, scalars[index].isASCII {
            digits.unicodeScalars.append(scalars[index])
            index += 1
        }
        return digits
    }
}
