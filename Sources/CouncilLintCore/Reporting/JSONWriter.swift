/// Writes a `JSONValue` as indented JSON with keys in sorted order, so that equal reports give
/// byte-equal files whatever the platform's Foundation does.
public struct JSONWriter: Sendable {
    public init() {}

    public func string(_ value: JSONValue) -> String {
        string(value, depth: 0)
    }

    /// `value` as it is written `depth` levels into a document (its inner lines indented to match).
    func string(_ value: JSONValue, depth: Int) -> String {
        var out: [UInt8] = []
        write(value, depth: depth, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    // Written as UTF-8 bytes: appending to a String checked and grew it piece by piece, most of
    // the cost of a report.
    private func write(_ value: JSONValue, depth: Int, to out: inout [UInt8]) {
        switch value {
        case .null: Self.append("null", to: &out)
        case .bool(let flag): Self.append(flag ? "true" : "false", to: &out)
        case .number(let number): out.append(contentsOf: Self.literal(number).utf8)
        case .string(let text): Self.writeString(text, to: &out)
        case .array(let elements):
            guard !elements.isEmpty else { Self.append("[]", to: &out); return }
            out.append(UInt8(ascii: "["))
            for (offset, element) in elements.enumerated() {
                Self.append(offset == 0 ? "\n" : ",\n", to: &out)
                Self.indent(depth + 1, to: &out)
                write(element, depth: depth + 1, to: &out)
            }
            out.append(UInt8(ascii: "\n"))
            Self.indent(depth, to: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { Self.append("{}", to: &out); return }
            out.append(UInt8(ascii: "{"))
            for (offset, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
                Self.append(offset == 0 ? "\n" : ",\n", to: &out)
                Self.indent(depth + 1, to: &out)
                Self.writeString(member.key, to: &out)
                Self.append(": ", to: &out)
                write(member.value, depth: depth + 1, to: &out)
            }
            out.append(UInt8(ascii: "\n"))
            Self.indent(depth, to: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    static func append(_ literal: StaticString, to out: inout [UInt8]) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    fileprivate static func indent(_ depth: Int, to out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// Whole numbers print without a fraction (line numbers, counts); JSON has no NaN or infinity.
    private static func literal(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 9_007_199_254_740_992 { return String(Int(number)) }
        return String(number)
    }

    fileprivate static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // The bytes between those that need escaping are copied whole.
            var runStart = 0
            for (index, byte) in bytes.enumerated()
            where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                switch byte {
                case UInt8(ascii: "\""): append("\\\"", to: &out)
                case UInt8(ascii: "\\"): append("\\\\", to: &out)
                case 0x0A: append("\\n", to: &out)
                case 0x0D: append("\\r", to: &out)
                case 0x09: append("\\t", to: &out)
                case 0x08: append("\\b", to: &out)
                case 0x0C: append("\\f", to: &out)
                default:
                    let hex = String(byte, radix: 16)
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                }
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// One object written member by member, in the order given, as `JSONWriter` writes it: for a
/// reporter that writes thousands of small objects of fixed keys, without building and sorting
/// a dictionary for each. The keys must be given in sorted order.
struct JSONObjectWriter {
    private let depth: Int
    private var isEmpty = true
    #if DEBUG
    private var lastKey = ""
    #endif

    /// An object `depth` levels into a document, opened at the end of `out`.
    init(depth: Int, opening out: inout [UInt8]) {
        self.depth = depth
        out.append(UInt8(ascii: "{"))
    }

    /// A member whose value is `value`, or null.
    mutating func add(_ key: StaticString, _ value: String?, to out: inout [UInt8]) {
        open(key, in: &out)
        if let value { JSONWriter.writeString(value, to: &out) } else { JSONWriter.append("null", to: &out) }
    }

    mutating func add(_ key: StaticString, _ value: Int, to out: inout [UInt8]) {
        open(key, in: &out)
        out.append(contentsOf: String(value).utf8)
    }

    /// Closes the object (an empty one as "{}").
    func close(_ out: inout [UInt8]) {
        guard !isEmpty else { out.append(UInt8(ascii: "}")); return }
        out.append(UInt8(ascii: "\n"))
        JSONWriter.indent(depth, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    private mutating func open(_ key: StaticString, in out: inout [UInt8]) {
        #if DEBUG
        let keyText = key.description
        assert(isEmpty || lastKey < keyText, "JSON keys out of order: \(keyText) after \(lastKey)")
        lastKey = keyText
        #endif
        JSONWriter.append(isEmpty ? "\n" : ",\n", to: &out)
        isEmpty = false
        JSONWriter.indent(depth + 1, to: &out)
        out.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { out.append(contentsOf: $0) }
        JSONWriter.append("\": ", to: &out)
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
