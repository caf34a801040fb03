import ArgumentParser
import CouncilLintCore
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A periodic (e.g. monthly) report over a documents tree, by each document's own date.",
        discussion: """
            The whole tree is linted once; documents are counted in the period by the meeting or issue date \
            found in their content, not by file dates. Documents without a date and unreadable files are listed \
            separately. The exit status is 0 whatever was found (a report is informational), 2 on a usage error.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, markdown, json

        var renderer: any PeriodReportRenderer {
            switch self {
            case .html: PeriodReportHTML()
            case .markdown: PeriodReportMarkdown()
            case .json: PeriodReportJSON()
            }
        }
    }

    @Argument(help: "Files or directories (recursively) to report on.")
    var paths: [String] = []

    @Option(help: "The month to report on, YYYY-MM.")
    var month: String?

    @Option(help: "The first day of the period, YYYY-MM-DD (with --until).")
    var since: String?

    @Option(help: "The last day of the period, YYYY-MM-DD, included (with --since).")
    var until: String?

    @Option(help: "Output format: html (one self-contained page), markdown (e.g. a CI job summary), json.")
    var format: Format = .html

    @Option(help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var catalogueOptions: CatalogueOptions

    @Option(help: "The council profile (default: the nearest .councillint.json above each file).")
    var profile: String?

    @Option(help: "Document kind: auto, minutes, agenda, press-release.")
    var kind: KindOption = .auto

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or directory to report on") }
        if paths.contains("-") { throw ValidationError("a report reads files and directories, not standard input ('-')") }
        _ = try period()
    }

    func run() throws {
        let period = try period()
        let linter = try Linter(catalogue: catalogueOptions.load(), options: .command(kind: kind, profilePath: profile))
        let lintReport = linter.lint(InputExpander.expand(paths))
        Diagnostics.warn(lintReport.diagnostics)
        let workingDirectory = FileManager.default.currentDirectoryPath
        let reportDirectory = output.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path } ?? workingDirectory
        let report = PeriodReport(lintReport, period: period,
                                  links: DocumentLinks(reportDirectory: reportDirectory, workingDirectory: workingDirectory))
        try OutputWriter.write(format.renderer.render(report), to: output)
    }

    private func period() throws -> ReportPeriod {
        do {
            return try ReportPeriod.parse(month: month, since: since, until: until)
        } catch {
            throw ValidationError(error.message)
        }
    }
}
