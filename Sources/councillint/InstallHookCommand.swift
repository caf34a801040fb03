import ArgumentParser
import CouncilLintCore
import Foundation

struct InstallHookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install-hook",
        abstract: "Install a git pre-commit hook that lints what is staged, in the current repository."
    )

    @Flag(help: "Replace an existing pre-commit hook, keeping it as pre-commit.local and running it first.")
    var force = false

    func run() throws {
        let hook = PreCommitHook(command: Self.councillintCommand())
        let installation: PreCommitHook.Installation
        do {
            let hooksDirectory = try GitRepository().hooksDirectory()
            installation = try hook.install(inHooksDirectory: hooksDirectory, force: force)
        } catch let error as GitError {
            throw CommandFailure(message: error.description)
        } catch let error as HookInstallationError {
            throw CommandFailure(message: error.description)
        }
        let cwd = FileManager.default.currentDirectoryPath
        let shown = { (path: String) in WorkingDirectoryPath(path, workingDirectory: cwd).path }
        let verb = installation.rewroteOwnHook ? "rewrote" : "installed"
        print("\(verb) \(shown(installation.hookPath)): each commit now runs '\(hook.command) lint --staged' and is refused when it fails")
        if let kept = installation.keptHookPath {
            print("kept the previous hook as \(shown(kept)): it runs first, and its failure also refuses the commit")
        }
    }

    /// Plain "councillint" when that is this program on PATH, else this program's absolute path.
    static func councillintCommand() -> String {
        guard let running = Bundle.main.executableURL?.resolvingSymlinksInPath().path else { return "councillint" }
        if let found = SearchPath.executable(named: "councillint"),
           URL(fileURLWithPath: found).resolvingSymlinksInPath().path == running {
            return "councillint"
        }
        return running
    }
}
