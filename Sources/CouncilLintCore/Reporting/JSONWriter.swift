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
        // Most strings need no escaping and are copied whole: appending scalar by scalar was
        // most of a report's cost.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += text
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{08}": out += "\\b"
                case "\u{0C}": out += "\\f"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
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
