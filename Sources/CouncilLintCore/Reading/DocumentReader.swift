import Foundation

/// Turns a file's bytes into a `Document`. One implementation per input format.
public protocol DocumentReader: Sendable {
    func read(bytes: [UInt8], path: String) throws(ReadError) -> Document
}

public enum DocumentReaders {
    /// The largest document read, four times what a Word document may inflate to: no council
    /// document comes near it, a file past it is refused before it is read, and every offset
    /// into a document's text fits the 32 bits a word keeps its range in.
    public static let maximumSize = 256 << 20

    static func refuseOversize(_ size: Int, path: String) throws(ReadError) {
        guard size > maximumSize else { return }
        throw ReadError(path: path, message: "too large to lint (\(size >> 20) MB; documents over \(maximumSize >> 20) MB are refused)")
    }

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
