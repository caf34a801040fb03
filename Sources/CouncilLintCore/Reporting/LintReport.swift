/// The result of linting one input: what was understood of it and what was found.
public struct FileReport: Sendable {
    public var path: String
    public var kind: DocumentKind?
    /// The document's own date, ISO "YYYY-MM-DD", when found.
    public var date: String?
    /// Why the file could not be read (then there are no findings).
    public var error: ReadError?
    public var findings: [Finding]
    /// The source lines, for reporters that show excerpts (empty when unreadable).
    public var sourceLines: [Substring]

    public init(path: String, kind: DocumentKind?, date: String?, error: ReadError?, findings: [Finding],
                sourceLines: [Substring] = []) {
        self.path = path
        self.kind = kind
        self.date = date
        self.error = error
        self.findings = findings
        self.sourceLines = sourceLines
    }
}

/// Everything one run produced, in the order the inputs were given; what every reporter reads.
public struct LintReport: Sendable {
    public var files: [FileReport]
    /// Notes about the run itself, not about one file (e.g. "no profile: the register check is inactive").
    public var runFindings: [Finding]
    /// The catalogue in force, for reporters that describe rules (SARIF).
    public var rules: [RuleDescription]
    /// Messages about the configuration (e.g. unknown profile fields), for standard error.
    public var diagnostics: [String]

    public init(files: [FileReport], runFindings: [Finding] = [], rules: [RuleDescription], diagnostics: [String] = []) {
        self.files = files
        self.runFindings = runFindings
        self.rules = rules
        self.diagnostics = diagnostics
    }

    public var allFindings: [Finding] { files.flatMap(\.findings) + runFindings }

    public func count(of severity: Severity) -> Int {
        allFindings.filter { $0.severity == severity }.count
    }
}

/// Turns a report into one output format. One file per format.
public protocol Reporter: Sendable {
    func render(_ report: LintReport) -> String
}

extension LintReport {
    /// The report without findings below `minimumSeverity` (`--min-severity`).
    public func filtered(minimumSeverity: Severity) -> LintReport {
        var copy = self
        copy.files = files.map { file in
            var file = file
            file.findings = file.findings.filter { $0.severity >= minimumSeverity }
            return file
        }
        copy.runFindings = runFindings.filter { $0.severity >= minimumSeverity }
        return copy
    }
}
