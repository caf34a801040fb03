import Foundation

/// A real git repository in a temporary folder, with a local identity, for tests of git workflows.
final class TemporaryGitRepository {
    let root: String

    init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("councillint-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        root = folder.resolvingSymlinksInPath().path
        try git("init", "-q")
        try git("config", "user.name", "Ashcombe Clerk")
        try git("config", "user.email", "clerk@ashcombe.example")
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Runs git in the repository and returns its output; a failure fails the test.
    @discardableResult
    func git(_ arguments: String..., in subfolder: String = "") throws -> String {
        let run = try ProgramRun("/usr/bin/env", ["git"] + arguments, in: root + "/" + subfolder)
        guard run.status == 0 else { throw CommandFailed(command: "git " + arguments.joined(separator: " "), stderr: run.stderr) }
        return run.stdout
    }

    struct CommandFailed: Error {
        let command: String
        let stderr: String
    }

    func write(_ path: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: root + "/" + path, encoding: .utf8)
    }

    func commitAll(_ message: String = "Add minutes") throws {
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
    }

    /// Everything a read-only run must leave as it was: git's view, the index file and the files.
    func state() throws -> [String] {
        let index = FileManager.default.contents(atPath: root + "/.git/index")?.base64EncodedString() ?? "no index"
        let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
            .filter { !$0.hasPrefix(".git") }.sorted()
            .map { path in "\(path): " + ((try? read(path)) ?? "(folder)") }
        return [try git("status", "--porcelain"), try git("ls-files", "--stage"), index] + files
    }
}
