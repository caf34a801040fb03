import ArgumentParser
import CouncilLintCore
import Foundation

@main
struct CouncilLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "councillint",
        abstract: "A compliance linter for English local-council minutes, agendas and press releases.",
        version: CouncilLint.version,
        subcommands: [LintCommand.self, ReportCommand.self, RulesCommand.self, ExplainCommand.self, InitCommand.self,
                      InstallHookCommand.self],
        defaultSubcommand: LintCommand.self
    )

    /// Exit status per the interface: 0 clean, 1 findings at or above --fail-on, 2 usage,
    /// profile, rules or input errors (ArgumentParser alone would use 64 for usage errors).
    static func main() {
        StandardStream.ignoreBrokenPipes()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            StandardStream.error.writeIgnoringFailure("councillint: error: \(failure.message)\n")
            Foundation.exit(2)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let message = fullMessage(for: error)
            if exitCode(for: error) == .success {
                print(message)
                Foundation.exit(0)
            }
            StandardStream.error.writeIgnoringFailure(message + "\n")
            Foundation.exit(2)
        }
    }
}
