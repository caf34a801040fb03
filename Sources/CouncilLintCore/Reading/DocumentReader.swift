import Foundation

/// Turns a file's bytes into a `Document`. One implementation per input format.
public protocol DocumentReader: Sendable {
    func read(bytes: [UInt8], path: String) throws(ReadError) -> Document
}

public enum DocumentReaders {
    public static func reader(for format: DocumentFormat) -> any DocumentReader {
        switch format {
        case .plainText: PlainTextReader()
        case .markdown: MarkdownReader()
        case .xhtml: MarkupReader(dialect: .xhtml)
        case .html: MarkupReader(dialect: .html)
        case .docx: DocxReader()
        }
    }

    /// The format to read standard input (or a file with an unknown extension) as, sniffed
    /// from its first bytes.
    public static func sniffFormat(_ bytes: [UInt8]) -> DocumentFormat {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("<?xml") || (trimmed.hasPrefix("<!doctype html") && head.contains("xhtml"))
            || trimmed.hasPrefix("<html xmlns") {
            return .xhtml
        }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") { return .html }
        if head.contains("\n# ") || trimmed.hasPrefix("# ") || head.contains("\n## ") { return .markdown }
        return .plainText
    }
}
