/// Writes a `JSONValue` as indented JSON with keys in sorted order, so that equal reports give
/// byte-equal files whatever the platform's Foundation does.
public struct JSONWriter: Sendable {
    public init() {}

    public func string(_ value: JSONValue) -> String {
        string(value, depth: 0)
    }

    /// `value` as it is written `depth` levels into a document (its inner lines indented to match).
    func string(_ value: JSONValue, depth: Int) -> String {
        var out = ""
        write(value, depth: depth, to: &out)
        return out
    }

    private func write(_ value: JSONValue, depth: Int, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let number): out += Self.literal(number)
        case .string(let text): Self.writeString(text, to: &out)
        case .array(let elements):
            guard !elements.isEmpty else { out += "[]"; return }
            out += "["
            for (offset, element) in elements.enumerated() {
                out += offset == 0 ? "\n" : ",\n"
                out += Self.indentation(depth + 1)
                write(element, depth: depth + 1, to: &out)
            }
            out += "\n" + Self.indentation(depth) + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{"
            for (offset, key) in members.keys.sorted().enumerated() {
                out += offset == 0 ? "\n" : ",\n"
                out += Self.indentation(depth + 1)
                Self.writeString(key, to: &out)
                out += ": "
                write(members[key] ?? .null, depth: depth + 1, to: &out)
            }
            out += "\n" + Self.indentation(depth) + "}"
        }
    }

    private static func indentation(_ depth: Int) -> String {
        String(repeating: "  ", count: depth)
    }

    /// Whole numbers print without a fraction (line numbers, counts); JSON has no NaN or infinity.
    private static func literal(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 9_007_199_254_740_992 { return String(Int(number)) }
        return String(number)
    }

    private static func writeString(_ text: String, to out: inout String) {
        out += "\""
        // The text between characters that need escaping is copied whole: appending scalar by
        // scalar was most of a report's cost (citations and help quote the protocols).
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                index = utf8.index(after: index)
                continue
            }
            out += text[runStart..<index]
            switch byte {
            case UInt8(ascii: "\""): out += "\\\""
            case UInt8(ascii: "\\"): out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            default:
                let hex = String(byte, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
            index = utf8.index(after: index)
            runStart = index
        }
        out += text[runStart..<utf8.endIndex]
        out += "\""
    }
}

extension JSONValue {
    public static func integer(_ value: Int) -> JSONValue { .number(Double(value)) }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
