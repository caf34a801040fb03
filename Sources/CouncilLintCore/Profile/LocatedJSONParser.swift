import Foundation

/// Parses JSON (profiles, rule catalogues), locating a syntax error at its line: `profile.json:7: not valid JSON: ...`.
enum LocatedJSONParser {
    static func parse(bytes: [UInt8], path: String) throws(ProfileError) -> JSONValue {
        let data = Data(bytes)
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw ProfileError(syntaxError(in: bytes, data: data, path: path, decodingError: error))
        }
    }

    /// JSONDecoder says only that the data is not valid JSON; JSONSerialization says where.
    private static func syntaxError(in bytes: [UInt8], data: Data, path: String, decodingError: Error) -> String {
        let reason: String
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return "\(path): not valid JSON: \(decodingError)"
        } catch {
            reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        }
        if let (offset, what) = located(reason, in: bytes), offset <= bytes.count {
            let (line, column) = lineAndColumn(ofByte: offset, in: bytes)
            return "\(path):\(line): not valid JSON: \(sentence(what)) at column \(column)"
        }
        let contentEnd = (bytes.lastIndex { !isWhitespace($0) } ?? -1) + 1
        let lastLine = lineAndColumn(ofByte: contentEnd, in: bytes).line
        if reason.hasPrefix("Unexpected end of file") {
            return "\(path):\(lastLine): not valid JSON: the file ends inside a value (an unclosed bracket, brace or quote?)"
        }
        return "\(path):\(lastLine): not valid JSON: \(sentence(reason))"
    }

    /// "Invalid value around character 25." -> (25, "Invalid value"); the offset counts bytes.
    /// "Number 1e400 is not representable in Swift." gives no offset: the number's first occurrence is it.
    private static func located(_ reason: String, in bytes: [UInt8]) -> (Int, String)? {
        if reason.hasPrefix("Number "), let number = reason.split(separator: " ").dropFirst().first,
           let offset = firstOffset(of: Array(number.utf8), in: bytes) {
            return (offset, "number \(number) is too large")
        }
        for marker in [" around character ", " starting from character "] {
            guard let found = reason.range(of: marker),
                  let offset = Int(reason[found.upperBound...].prefix { $0.isASCII && $0.isNumber })
            else { continue }
            let what = reason.hasPrefix("Invalid UTF-8") ? "the file is not UTF-8 text" : String(reason[..<found.lowerBound])
            return (offset, what)
        }
        return nil
    }

    private static func firstOffset(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= bytes.count else { return nil }
        return (0...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    private static func lineAndColumn(ofByte offset: Int, in bytes: some Collection<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// "Invalid value." -> "invalid value"
    private static func sentence(_ text: some StringProtocol) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "."))
        return trimmed.prefix(1).lowercased() + trimmed.dropFirst()
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
