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

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or directory to lint ('-' reads standard input)") }
    }

    func run() throws {
        let linter = try Linter(catalogue: catalogueOptions.load(), options: .command(kind: kind, profilePath: profile))
        var report = linter.lint(InputExpander.expand(paths))
        report = report.filtered(minimumSeverity: minSeverity)
        Diagnostics.warn(report.diagnostics)
        try OutputWriter.write(format.reporter(colour: output == nil && Terminal.wantsColour), report: report, to: output)
        if report.files.contains(where: { $0.error != nil }) { throw ExitCode(2) }
        if let threshold = failOn.severity, report.allFindings.contains(where: { $0.severity >= threshold }) {
            throw ExitCode(1)
        }
    }
}

/// `--rules FILE`, shared by the commands that read the catalogue.
struct CatalogueOptions: ParsableArguments {
    @Option(help: "A rules catalogue replacing the built-in copy of rules.json.")
    var rules: String?

    func load() throws -> RuleCatalogue {
        guard let rules else { return .builtIn }
        do {
            return try RuleCatalogue.load(path: rules)
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
            FileHandle.standardError.write(Data("councillint: warning: \(message)\n".utf8))
        }
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
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: path)
        } catch {
            throw CommandFailure(message: "\(path): cannot be written: \(error.localizedDescription)")
        }
    }
}
