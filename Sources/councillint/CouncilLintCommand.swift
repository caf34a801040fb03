import ArgumentParser
import CouncilLintCore
import Foundation

@main
struct CouncilLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "councillint",
        abstract: "A compliance linter for English local-council minutes, agendas and press releases.",
        version: CouncilLint.version,
        subcommands: [LintCommand.self, RulesCommand.self, ExplainCommand.self, InitCommand.self],
        defaultSubcommand: LintCommand.self
    )
}
