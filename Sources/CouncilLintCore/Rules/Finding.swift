/// How serious a finding is; `off` only appears in configuration, never on a finding.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One problem found in one document, located in the source as the user sees it.
public struct Finding: Sendable, Hashable {
    public var rule: String
    public var severity: Severity
    public var path: String
    public var range: SourceRange
    public var message: String
    /// The text of the finding's first source line, for display and baselines.
    public var excerpt: String
    /// The agenda or minute item number, when known.
    public var item: String?
    /// Where the protocol says so, e.g. "Protocol on Councillor/Officer Relationships (Oakham TC), para (l)".
    public var citation: String
    public var help: String?

    public init(rule: String, severity: Severity, path: String, range: SourceRange, message: String,
                excerpt: String, item: String? = nil, citation: String, help: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.path = path
        self.range = range
        self.message = message
        self.excerpt = excerpt
        self.item = item
        self.citation = citation
        self.help = help
    }
}
