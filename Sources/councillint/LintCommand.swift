import ArgumentParser
import CouncilLintCore
import Foundation

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint files and directories (recursively); '-' reads standard input."
    )

    @Argument(help: "Files or directories to lint; '-' for standard input.")
    var paths: [String] = []

    @OptionGroup var catalogueOptions: CatalogueOptions

    @Option(help: "The council profile (default: the nearest .councillint.json above each file).")
    var profile: String?

    @Option(help: "Output format: text, json, sarif, junit, github, markdown.")
    var format: OutputFormat = .text

    @Option(help: "Write the output to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Document kind: auto, minutes, agenda, press-release.")
    var kind: KindOption = .auto

    @Option(name: .customLong("min-severity"), help: "Hide findings below this level: info, warning, error.")
    var minSeverity: Severity = .info

    @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit status 1: warning, error, never.")
    var failOn: FailThreshold = .error

    @Option(name: .customLong("report"),
            help: ArgumentHelp("Also write FORMAT to FILE in the same run (repeatable), e.g. sarif:lint.sarif.",
                               valueName: "format:file"))
    var reports: [String] = []

    @Option(help: ArgumentHelp("Ignore the findings recorded in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"),
            help: ArgumentHelp("Record the current findings in this baseline file.", valueName: "file"))
    var writeBaseline: String?

    @Flag(help: "Lint the versions staged in git's index (for a pre-commit hook), not the working tree; paths limit it.")
    var staged = false

    @Option(name: .customLong("changed-since"),
            help: ArgumentHelp("Lint only the files changed since this git revision (for pull-request CI); paths limit it.",
                               valueName: "rev"))
    var changedSince: String?

    private var usesGit: Bool { staged || changedSince != nil }

    func validate() throws {
        if paths.isEmpty, !usesGit {
            throw ValidationError("give at least one file or directory to lint ('-' reads standard input)")
        }
        if staged, changedSince != nil {
            throw ValidationError("--staged and --changed-since cannot be combined: choose the index or a revision")
        }
        if usesGit {
            if paths.contains("-") {
                throw ValidationError("'-' (standard input) cannot be combined with --staged or --changed-since")
            }
            if let missing = paths.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
                throw ValidationError("\(missing): no such file or folder to limit --staged or --changed-since to")
            }
        }
        let destinations = [output, writeBaseline].compactMap { $0 } + (try reportRequests()).map(\.path)
        var seen = Set<String>()
        for destination in destinations where !seen.insert(URL(fileURLWithPath: destination).standardizedFileURL.path).inserted {
            throw ValidationError("\(destination) is named as the destination of more than one output")
        }
    }

    func run() throws {
        let catalogue = try catalogueOptions.load()
        let reportRequests = try reportRequests()
        var knownFindings: Baseline?
        if let baseline {
            do {
                knownFindings = try Baseline.load(path: baseline)
            } catch {
                throw CommandFailure(message: error.description)
            }
        }
        var options = try Linter.Options.command(kind: kind, profilePath: profile)
        options.retainsSourceText = format == .sarif || reportRequests.contains { $0.format == .sarif }
        let inputs = try inputs()
        let outputs = [(reporter: format.reporter(colour: output == nil && Terminal.wantsColour), path: output)]
            + reportRequests.map { (reporter: $0.format.reporter(colour: false), path: Optional($0.path)) }
        let streams = writeBaseline == nil ? Self.streaming(outputs) : nil
        // Findings streamed to a terminal appear as they are found; a progress line would cut into them.
        let findingsOnTerminal = streams != nil && output == nil && isatty(STDOUT_FILENO) != 0
        let progress = findingsOnTerminal ? nil : ProgressLine.forRun(fileCount: inputs.count)
        if let progress {
            options.progress = { completed, total in progress.show(completed: completed, of: total) }
        }
        let linter = Linter(catalogue: catalogue, options: options)
        let outcome: RunOutcome
        if let streams {
            outcome = try lintStreaming(inputs, with: linter, writing: streams, without: knownFindings)
        } else {
            outcome = try lintWhole(inputs, with: linter, writing: outputs, without: knownFindings)
        }
        progress?.clear()
        if outcome.anyUnreadable { throw ExitCode(2) }
        if outcome.anyFailing { throw ExitCode(1) }
    }

    /// What decides the exit status.
    private struct RunOutcome {
        var anyUnreadable = false
        var anyFailing = false

        mutating func count(_ findings: [Finding], threshold: Severity?) {
            if let threshold, findings.contains(where: { $0.severity >= threshold }) { anyFailing = true }
        }
    }

    /// The reporters of every output when all of them can write as the run goes.
    private static func streaming(_ outputs: [(reporter: any Reporter, path: String?)]) -> [(reporter: any StreamingReporter, path: String?)]? {
        let streaming = outputs.compactMap { output in (output.reporter as? any StreamingReporter).map { ($0, output.path) } }
        return streaming.count == outputs.count ? streaming : nil
    }

    /// Each file's findings are written as soon as the file and those before it are done, so
    /// memory stays flat however many files there are (text and JSON).
    private func lintStreaming(_ inputs: [LintInput], with linter: Linter,
                               writing streams: [(reporter: any StreamingReporter, path: String?)],
                               without knownFindings: Baseline?) throws -> RunOutcome {
        var outputs: [StreamedOutput] = []
        do throws(StreamedOutput.WriteError) {
            for stream in streams { outputs.append(try StreamedOutput(stream.reporter, to: stream.path)) }
        } catch {
            throw CommandFailure(message: error.description)
        }
        var outcome = RunOutcome()
        var baselineFilter = knownFindings.map { Baseline.FileFilter($0) }
        var writeFailure: StreamedOutput.WriteError?
        let notes = linter.lint(inputs) { delivered in
            let file = (baselineFilter?.apply(to: delivered) ?? delivered).filtered(minimumSeverity: minSeverity)
            if file.error != nil { outcome.anyUnreadable = true }
            outcome.count(file.findings, threshold: failOn.severity)
            guard writeFailure == nil else { return }
            do throws(StreamedOutput.WriteError) {
                for output in outputs { try output.add(file) }
            } catch {
                writeFailure = error
            }
        }
        if let writeFailure { throw CommandFailure(message: writeFailure.description) }
        Diagnostics.warn(notes.diagnostics)
        let runFindings = notes.runFindings.filter { $0.severity >= minSeverity }
        outcome.count(runFindings, threshold: failOn.severity)
        do throws(StreamedOutput.WriteError) {
            for output in outputs { try output.finish(runFindings: runFindings) }
        } catch {
            throw CommandFailure(message: error.description)
        }
        return outcome
    }

    /// The whole report first, then every output: for baselines being written and for outputs
    /// that need every finding before their first line (SARIF, JUnit, GitHub, Markdown).
    private func lintWhole(_ inputs: [LintInput], with linter: Linter, writing outputs: [(reporter: any Reporter, path: String?)],
                           without knownFindings: Baseline?) throws -> RunOutcome {
        var report = linter.lint(inputs)
        if let writeBaseline {
            let recorded = Baseline(recording: report)
            do {
                try recorded.save(to: writeBaseline)
            } catch {
                throw CommandFailure(message: error.description)
            }
            Diagnostics.note("wrote \(writeBaseline): \(recorded.findingCount) \(recorded.findingCount == 1 ? "finding" : "findings") recorded")
        }
        if let knownFindings { report = knownFindings.filter(report) }
        report = report.filtered(minimumSeverity: minSeverity)
        Diagnostics.warn(report.diagnostics)
        for output in outputs {
            try OutputWriter.write(output.reporter, report: report, to: output.path)
        }
        var outcome = RunOutcome(anyUnreadable: report.files.contains { $0.error != nil })
        outcome.count(report.allFindings, threshold: failOn.severity)
        return outcome
    }

    /// The files named on the command line, or those git selects under them.
    private func inputs() throws -> [LintInput] {
        guard usesGit else { return InputExpander.expand(paths) }
        do {
            let repository = try GitRepository()
            if let changedSince {
                return try GitInputs.changed(since: changedSince, in: repository, limitedTo: paths)
            }
            return try GitInputs.staged(in: repository, limitedTo: paths)
        } catch {
            throw CommandFailure(message: error.description)
        }
    }

    private func reportRequests() throws -> [ReportRequest] {
        try reports.map(ReportRequest.init)
    }
}

/// `--report FORMAT:FILE`: one more output of the same run.
struct ReportRequest {
    let format: OutputFormat
    let path: String

    init(_ argument: String) throws {
        let parts = argument.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty else {
            throw ValidationError("--report expects FORMAT:FILE (e.g. sarif:lint.sarif), got '\(argument)'")
        }
        guard let format = OutputFormat(rawValue: String(parts[0])) else {
            let formats = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--report \(argument): unknown format '\(parts[0])'; the formats are \(formats)")
        }
        self.path = String(parts[1])
        self.format = format
    }
}

/// `--rules FILE`, shared by the commands that read the catalogue.
struct CatalogueOptions: ParsableArguments {
    @Option(help: "A rules catalogue replacing the built-in copy of rules.json.")
    var rules: String?

    func load(includingExamples: Bool = false) throws -> RuleCatalogue {
        guard let rules else { return includingExamples ? .builtInWithExamples : .builtIn }
        do {
            return try RuleCatalogue.load(path: rules, includingExamples: includingExamples)
        } catch {
            throw CommandFailure(message: error.description)
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, junit, github, markdown

    func reporter(colour: Bool) -> any Reporter {
        switch self {
        case .text: TextReporter(colour: colour)
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .junit: JUnitReporter()
        case .github: GitHubActionsReporter()
        case .markdown: MarkdownReporter()
        }
    }
}

enum KindOption: String, ExpressibleByArgument, CaseIterable {
    case auto, minutes, agenda
    case pressRelease = "press-release"

    var documentKind: DocumentKind? {
        switch self {
        case .auto: nil
        case .minutes: .minutes
        case .agenda: .agenda
        case .pressRelease: .pressRelease
        }
    }
}

enum FailThreshold: String, ExpressibleByArgument, CaseIterable {
    case warning, error, never

    var severity: Severity? {
        switch self {
        case .warning: .warning
        case .error: .error
        case .never: nil
        }
    }
}

extension Severity: ExpressibleByArgument {}

extension Linter.Options {
    /// The options `--kind` and `--profile` ask for; a profile that cannot be loaded is a usage error.
    static func command(kind: KindOption, profilePath: String?) throws -> Linter.Options {
        var options = Linter.Options(kind: kind.documentKind)
        guard let profilePath else { return options }
        do {
            let (loaded, warnings) = try CouncilProfile.load(path: profilePath)
            options.profile = loaded
            Diagnostics.warn(warnings)
        } catch {
            throw CommandFailure(message: error.description)
        }
        return options
    }
}

/// A failure reported as `councillint: error: ...` with exit status 2.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

enum Diagnostics {
    static func warn(_ messages: [String]) {
        for message in messages {
            StandardStream.error.writeIgnoringFailure("councillint: warning: \(message)\n")
        }
    }

    static func note(_ message: String) {
        StandardStream.error.writeIgnoringFailure("councillint: \(message)\n")
    }
}

enum Terminal {
    static var wantsColour: Bool {
        isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}

enum OutputWriter {
    static func write(_ reporter: any Reporter, report: LintReport, to path: String?) throws {
        try write(reporter.render(report), to: path)
    }

    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            do {
                _ = try StandardStream.output.write(Data(text.utf8))
            } catch {
                throw CommandFailure(message: "standard output: cannot be written: \(error.localizedDescription)")
            }
            return
        }
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try AtomicFile.write(Data(text.utf8), to: path)
        } catch {
            throw CommandFailure(message: "\(path): cannot be written: \(error.localizedDescription)")
        }
    }
}
