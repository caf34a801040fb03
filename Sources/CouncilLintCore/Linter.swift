import Foundation

/// Files in, findings out: reads each input, analyses it, runs every enabled rule and locates
/// the findings. Files are linted in parallel; the report keeps the order of the inputs.
public struct Linter: Sendable {
    public struct Options: Sendable {
        public var kind: DocumentKind?
        /// A profile for every file; nil means the nearest `.councillint.json` of each file.
        public var profile: CouncilProfile?
        public var discoverProfiles: Bool
        /// Told after each file of a batch, in order: how many are done, of how many.
        public var progress: (@Sendable (_ completed: Int, _ total: Int) -> Void)?
        /// Keep the source text of files with findings in the report, for reporters that hash
        /// whole files (SARIF's line hashes); off by default so a large run's memory stays flat.
        public var retainsSourceText = false

        public init(kind: DocumentKind? = nil, profile: CouncilProfile? = nil, discoverProfiles: Bool = true,
                    progress: (@Sendable (_ completed: Int, _ total: Int) -> Void)? = nil) {
            self.kind = kind
            self.profile = profile
            self.discoverProfiles = discoverProfiles
            self.progress = progress
        }
    }

    /// The rule id of notes about how a file was read ("not well-formed XHTML, read in recovery mode").
    public static let readerNoteRule = "reader"

    public let catalogue: RuleCatalogue
    public let options: Options
    private let rules: [(description: RuleDescription, rule: any Rule)]
    private let profiles: ProfileStore

    public init(catalogue: RuleCatalogue, options: Options = Options()) {
        self.catalogue = catalogue
        self.options = options
        self.rules = catalogue.rules.compactMap { description in
            RuleRegistry.ruleType(for: description.id).map { (description, $0.init(description: description)) }
        }
        self.profiles = ProfileStore()
    }

    /// What a run says beside its files' reports.
    public struct RunNotes: Sendable {
        /// Notes about the run itself (e.g. "no profile: the register check is inactive").
        public var runFindings: [Finding]
        /// Messages about the configuration (e.g. unknown profile fields), for standard error.
        public var diagnostics: [String]
    }

    /// Lints `inputs` (already expanded to files) and returns the report in input order.
    public func lint(_ inputs: [LintInput]) -> LintReport {
        var files: [FileReport] = []
        files.reserveCapacity(inputs.count)
        let notes = lint(inputs) { files.append($0) }
        return LintReport(files: files, runFindings: notes.runFindings, rules: catalogue.rules, diagnostics: notes.diagnostics)
    }

    /// Lints `inputs` in parallel and hands each file's report to `deliver` in input order, as soon
    /// as it and every report before it are ready: a run holds only the reports still waiting for
    /// an earlier one, so its memory does not grow with the number of files. `deliver` is called
    /// on one thread at a time.
    public func lint(_ inputs: [LintInput], inOrder deliver: (FileReport) -> Void) -> RunNotes {
        var waiting: [Int: FileReport] = [:]
        var next = 0
        var kinds = Set<DocumentKind>()
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            let report = lint(inputs[index])
            lock.lock()
            defer { lock.unlock() }
            waiting[index] = report
            while let ready = waiting.removeValue(forKey: next) {
                if let kind = ready.kind { kinds.insert(kind) }
                deliver(ready)
                next += 1
                options.progress?(next, inputs.count)
            }
        }
        return RunNotes(runFindings: runNotes(lintedKinds: kinds), diagnostics: profiles.warnings)
    }

    /// Lints one input.
    public func lint(_ input: LintInput) -> FileReport {
        let bytes: [UInt8]
        do {
            bytes = try input.read()
        } catch {
            return FileReport(path: input.displayPath, kind: nil, date: nil, error: error, findings: [])
        }
        let profileResult = profile(for: input)
        let profile: CouncilProfile?
        switch profileResult {
        case .success(let found): profile = found
        case .failure(let error):
            return FileReport(path: input.displayPath, kind: nil, date: nil, error: error, findings: [])
        }
        return lint(bytes: bytes, path: input.displayPath, format: input.format(sniffing: bytes), profile: profile)
    }

    /// Lints bytes of a known format (used for stdin, staged content and rule examples).
    public func lint(bytes: [UInt8], path: String, format: DocumentFormat, profile: CouncilProfile?) -> FileReport {
        let document: Document
        do {
            try DocumentReaders.refuseOversize(bytes.count, path: path)
            document = try DocumentReaders.reader(for: format).read(bytes: bytes, path: path)
        } catch {
            return FileReport(path: path, kind: nil, date: nil, error: error, findings: [])
        }
        let analysed = AnalysedDocument(document, profile: profile, kind: options.kind)
        var findings: [Finding] = document.notes.map { note in
            Finding(rule: Linter.readerNoteRule, severity: .info, path: path,
                    range: SourceRange(start: SourcePosition(line: note.line, column: 1), end: SourcePosition(line: note.line, column: 1)),
                    message: note.message, excerpt: String(document.sourceLine(note.line)), citation: "")
        }
        for (description, rule) in rules {
            let severityOverride = profile?.rules[description.id]
            if severityOverride == .off { continue }
            for violation in rule.check(analysed) {
                var finding = locate(violation, in: analysed, description: description)
                if let forced = severityOverride?.severity { finding.severity = forced }
                findings.append(finding)
            }
        }
        findings = SuppressionFilter(document: document, profile: profile).apply(to: findings)
        findings.sort { ($0.range.start, $0.rule) < ($1.range.start, $1.rule) }
        return FileReport(path: path, kind: analysed.kind, date: analysed.date?.iso, error: nil, findings: findings,
                          sourceLines: findings.isEmpty || !options.retainsSourceText ? [] : document.sourceLines)
    }

    private func locate(_ violation: Violation, in analysed: AnalysedDocument, description: RuleDescription) -> Finding {
        let range: SourceRange
        var item: String?
        switch violation.location {
        case .words(let sentenceIndex, let words):
            let sentence = analysed.text.sentences[sentenceIndex]
            range = analysed.sourceRange(of: sentence, words: words)
            item = analysed.text.item(of: sentence)?.label
        case .sentence(let sentenceIndex):
            let sentence = analysed.text.sentences[sentenceIndex]
            range = analysed.document.blocks[sentence.blockIndex].sourceRange(utf8Range: sentence.range)
            item = analysed.text.item(of: sentence)?.label
        case .document:
            let start = analysed.document.blocks.first?.startPosition ?? SourcePosition(line: 1, column: 1)
            let lineLength = analysed.document.sourceLine(start.line).unicodeScalars.count
            range = SourceRange(start: start, end: SourcePosition(line: start.line, column: max(start.column, lineLength + 1)))
        }
        return Finding(rule: description.id, severity: violation.severity ?? description.severity,
                       path: analysed.document.path, range: range, message: violation.message,
                       excerpt: String(analysed.document.sourceLine(range.start.line)), item: item,
                       citation: description.protocol.citation, help: description.help)
    }

    private func profile(for input: LintInput) -> Result<CouncilProfile?, ReadError> {
        if let profile = options.profile { return .success(profile) }
        guard options.discoverProfiles, let directory = input.directory else { return .success(nil) }
        return profiles.profile(forFile: directory + "/-").mapError { error in
            ReadError(path: input.displayPath, message: "not linted: its profile is invalid: " + error.messages.joined(separator: "; "))
        }
    }

    /// Notes that concern the run rather than a file, given once.
    private func runNotes(lintedKinds: Set<DocumentKind>) -> [Finding] {
        let hasProfile = options.profile != nil || profiles.anyProfileLoaded
        return rules.flatMap { description, rule in
            rule.runNotes(hasProfile: hasProfile, lintedKinds: lintedKinds).map { note in
                Finding(rule: description.id, severity: .info, path: "",
                        range: SourceRange(start: SourcePosition(line: 0, column: 0), end: SourcePosition(line: 0, column: 0)),
                        message: note, excerpt: "", citation: description.protocol.citation)
            }
        }
    }
}
