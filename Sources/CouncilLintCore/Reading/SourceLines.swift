import Foundation

/// A text's lines, "\n" ending each but the last, kept as the offsets where they start and cut
/// from the text only when one is asked for: reports quote the lines of findings, so most lines
/// of most files are never wanted (a `Substring` built for each line cost as much as reading it).
public struct SourceLines: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
    /// The lines joined by "\n".
    public let text: String
    /// The UTF-8 offset of each line's first byte.
    private let starts: [Int]

    /// The lines of `text`: one more than it has "\n"s.
    init(text: String) {
        var starts: [Int] = []
        var text = text
        text.withUTF8 { bytes in Self.forEachLine(in: bytes) { starts.append($0.lowerBound) } }
        self.text = text
        self.starts = starts
    }

    /// Lines given one by one (none at all is no line, where an empty text is one empty line).
    public init<Lines: Sequence>(_ lines: Lines) where Lines.Element: StringProtocol {
        var starts: [Int] = []
        var text = ""
        for line in lines {
            if !starts.isEmpty { text += "\n" }
            starts.append(text.utf8.count)
            text += line
        }
        self.text = text
        self.starts = starts
    }

    public init(arrayLiteral lines: Substring...) {
        self.init(lines)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count }

    public subscript(line: Int) -> Substring {
        let end = line + 1 < starts.count ? starts[line + 1] - 1 : text.utf8.count
        return text.utf8Slice(starts[line]..<end)
    }

    /// The byte range of each line of `bytes`, without its "\n"; found with memchr, as a byte
    /// loop here cost more than reading the lines.
    static func forEachLine(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        guard let base = bytes.baseAddress else { return body(0..<0) }
        var lineStart = 0
        while let newline = memchr(base + lineStart, 0x0A, bytes.count - lineStart) {
            let lineEnd = UnsafePointer(newline.assumingMemoryBound(to: UInt8.self)) - base
            body(lineStart..<lineEnd)
            lineStart = lineEnd + 1
        }
        body(lineStart..<bytes.count)
    }
}
