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
    public var sourceLines: SourceLines

    public init(path: String, kind: DocumentKind?, date: String?, error: ReadError?, findings: [Finding],
                sourceLines: SourceLines = []) {
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

/// A reporter that can write as the run goes, file by file, so that a long run's memory does not
/// grow with its output. The output is `sectionCount` sections one after the other: a writer
/// passes the first on as it comes and keeps the later ones aside until the run ends (JSON lists
/// every file before every finding, and both grow with each file).
public protocol StreamingReporter: Reporter {
    var sectionCount: Int { get }
    /// What each section gains from `file`; files are given in input order.
    mutating func add(_ file: FileReport) -> [String]
    /// The end of each section, once every file has been added.
    mutating func finish(runFindings: [Finding]) -> [String]
}

extension StreamingReporter {
    public func render(_ report: LintReport) -> String {
        var reporter = self
        var sections = [String](repeating: "", count: sectionCount)
        func append(_ parts: [String]) {
            for (index, part) in parts.enumerated() { sections[index] += part }
        }
        for file in report.files { append(reporter.add(file)) }
        append(reporter.finish(runFindings: report.runFindings))
        return sections.joined()
    }
}

/// What a run's summary line counts, gathered file by file.
struct ReportTally: Sendable {
    private(set) var files = 0
    private(set) var unreadable = 0
    private(set) var findings = 0
    private var bySeverity: [Severity: Int] = [:]

    mutating func add(_ file: FileReport) {
        files += 1
        if file.error != nil { unreadable += 1 }
        add(file.findings)
    }

    mutating func add(_ findings: [Finding]) {
        self.findings += findings.count
        for finding in findings { bySeverity[finding.severity, default: 0] += 1 }
    }

    func count(of severity: Severity) -> Int { bySeverity[severity] ?? 0 }
}

extension LintReport {
    /// The report without findings below `minimumSeverity` (`--min-severity`).
    public func filtered(minimumSeverity: Severity) -> LintReport {
        var copy = self
        copy.files = files.map { $0.filtered(minimumSeverity: minimumSeverity) }
        copy.runFindings = runFindings.filter { $0.severity >= minimumSeverity }
        return copy
    }
}

extension FileReport {
    /// The file's report without findings below `minimumSeverity`.
    public func filtered(minimumSeverity: Severity) -> FileReport {
        var copy = self
        copy.findings = findings.filter { $0.severity >= minimumSeverity }
        return copy
    }
}
