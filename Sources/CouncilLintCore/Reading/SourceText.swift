import Foundation

/// A file's bytes decoded to text with line endings normalised to "\n", so that line numbers
/// are the ones an editor shows whatever the file used (CRLF, CR or LF).
public struct SourceText: Sendable {
    public enum Encoding: String, Sendable {
        case utf8, utf16LittleEndian, utf16BigEndian, windows1252
    }

    public let text: String
    public let encoding: Encoding
    public let lines: SourceLines

    /// Decodes `bytes`: a BOM decides UTF-8 or UTF-16; otherwise valid UTF-8, else Windows-1252.
    /// Throws for content that is not text (NUL bytes, PDF, other binary data).
    public init(bytes: [UInt8], path: String) throws(ReadError) {
        var encoding: Encoding
        var decoded: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            encoding = .utf8
            decoded = Self.decodeUTF8OrWindows1252(bytes.dropFirst(3), encoding: &encoding)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16LittleEndian
            decoded = Self.decodeUTF16(bytes.dropFirst(2), littleEndian: true)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16BigEndian
            decoded = Self.decodeUTF16(bytes.dropFirst(2), littleEndian: false)
        } else {
            try Self.rejectBinary(bytes, path: path)
            encoding = .utf8
            decoded = Self.decodeUTF8OrWindows1252(bytes[...], encoding: &encoding)
        }
        if Self.contains(0, in: decoded) {
            throw ReadError(path: path, line: 1, message: "not a text document (it contains NUL bytes)")
        }
        self.text = Self.normalisingLineEndings(decoded)
        self.encoding = encoding
        self.lines = SourceLines(text: self.text)
    }

    private static func rejectBinary(_ bytes: [UInt8], path: String) throws(ReadError) {
        if bytes.starts(with: "%PDF".utf8) {
            throw ReadError(path: path, line: 1, message: "not a text document (it is a PDF; convert it to text first, e.g. with pdftotext -layout)")
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw ReadError(path: path, line: 1, message: "not a text document (it is a zip archive; only .docx files are read as Word documents)")
        }
        let sampleCount = min(bytes.count, 8192)
        var containsNUL = false
        var controls = 0
        bytes.withUnsafeBufferPointer { buffer in
            UTF8Bytes.forEachByte(below: 0x20, in: UnsafeBufferPointer(rebasing: buffer[..<sampleCount])) { byte in
                if byte == 0 { containsNUL = true }
                if byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D { controls += 1 }
            }
        }
        if containsNUL {
            throw ReadError(path: path, line: 1, message: "not a text document (it contains NUL bytes)")
        }
        if sampleCount >= 32 && controls * 10 > sampleCount {
            throw ReadError(path: path, line: 1, message: "not a text document (it looks like binary data)")
        }
    }

    private static func decodeUTF8OrWindows1252(_ bytes: ArraySlice<UInt8>, encoding: inout Encoding) -> String {
        if let text = String(validating: bytes, as: UTF8.self) {
            encoding = .utf8
            return text
        }
        encoding = .windows1252
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            scalars.append(windows1252Scalar(byte))
        }
        return String(scalars)
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    // Large files are scanned as contiguous bytes: going through String views byte by byte,
    // or splitting by Characters, costs more than parsing the markup.
    private static func contains(_ byte: UInt8, in text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false
        }
        return found ?? text.utf8.contains(byte)
    }

    /// Calls `body` with each line's number (from 1) and its UTF-8, without the "\n".
    public func forEachLine(_ body: (_ number: Int, _ line: UnsafeBufferPointer<UInt8>) -> Void) {
        var text = self.text
        text.withUTF8 { bytes in
            var number = 0
            SourceLines.forEachLine(in: bytes) { range in
                number += 1
                body(number, UnsafeBufferPointer(rebasing: bytes[range]))
            }
        }
    }

    private static func normalisingLineEndings(_ text: String) -> String {
        guard contains(0x0D, in: text) else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 0x0D {
                out.append(0x0A)
                previousWasCR = true
            } else {
                if !(byte == 0x0A && previousWasCR) { out.append(byte) }
                previousWasCR = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Windows-1252's 0x80...0x9F differ from Latin-1; the five unassigned bytes map to themselves.
    private static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        if (0x80...0x9F).contains(byte) { return Unicode.Scalar(high[Int(byte) - 0x80])! }
        return Unicode.Scalar(byte)
    }
}
