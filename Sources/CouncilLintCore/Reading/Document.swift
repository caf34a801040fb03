import Foundation

/// The input formats councillint reads.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case plainText = "text"
    case markdown
    case xhtml
    case html
    case docx

    /// The format a file name implies; nil for an extension councillint does not read.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt", "text": self = .plainText
        case "md", "markdown": self = .markdown
        case "xhtml", "xml": self = .xhtml
        case "html", "htm": self = .html
        case "docx": self = .docx
        default: return nil
        }
    }
}

/// A note about how a file was read, reported at a location (e.g. XHTML read in recovery mode).
public struct ReadNote: Sendable, Hashable {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}

/// A comment in the source that switches rules off, as `<!-- councillint-disable... -->`.
public struct SuppressionComment: Sendable, Hashable {
    public enum Scope: Sendable, Hashable {
        /// The first line of content after the comment.
        case nextLine
        /// From the comment until a matching `enable` (or the end of the file).
        case regionStart
        case regionEnd
    }

    public var scope: Scope
    /// Rule ids; empty means every rule.
    public var rules: [String]
    public var reason: String?
    public var line: Int

    public init(scope: Scope, rules: [String], reason: String?, line: Int) {
        self.scope = scope
        self.rules = rules
        self.reason = reason
        self.line = line
    }
}

/// A file turned into ordered blocks with exact source positions: what every reader produces
/// and the only thing the understanding layer reads.
public struct Document: Sendable {
    /// The path as given by the user (relative stays relative), or "-" for standard input.
    public var path: String
    public var format: DocumentFormat
    public var blocks: [Block]
    /// Dates the markup states outright (`<meta name="date">`, `<time datetime>`), ISO text as written.
    public var declaredDates: [String]
    /// The document's `<title>` or equivalent, when the format has one.
    public var title: String?
    public var suppressions: [SuppressionComment]
    public var notes: [ReadNote]
    /// The source lines as decoded, for excerpts in reports (index 0 is line 1).
    public var sourceLines: SourceLines

    public init(path: String, format: DocumentFormat, blocks: [Block], declaredDates: [String] = [],
                title: String? = nil, suppressions: [SuppressionComment] = [], notes: [ReadNote] = [],
                sourceLines: SourceLines = []) {
        self.path = path
        self.format = format
        self.blocks = blocks
        self.declaredDates = declaredDates
        self.title = title
        self.suppressions = suppressions
        self.notes = notes
        self.sourceLines = sourceLines
    }

    /// The text of source line `line` (1-based), or "" outside the file.
    public func sourceLine(_ line: Int) -> Substring {
        line >= 1 && line <= sourceLines.count ? sourceLines[line - 1] : ""
    }
}

/// Why a file could not be read, with the line it concerns where there is one.
public struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
