import Foundation

/// Read-only access to the git repository around a folder, for `--staged`, `--changed-since`
/// and `install-hook`. Runs `git` with explicit arguments, never through a shell, and only
/// commands that leave the working tree and the index as they were.
public struct GitRepository: Sendable {
    /// A file in the index: its path from the top of the working tree and its blob.
    public struct StagedFile: Sendable, Hashable {
        public let path: String
        public let blob: String
    }

    /// The folder git runs in (the user's current folder).
    public let directory: String
    /// The top of the working tree, as git spells it (symbolic links resolved).
    public let root: String

    public init(directory: String = FileManager.default.currentDirectoryPath) throws(GitError) {
        self.directory = directory
        let result = try Self.run(["rev-parse", "--show-toplevel"], in: directory)
        guard result.status == 0 else {
            if result.message.contains("not a git repository") {
                throw GitError("\(directory): not a git repository (nor is any folder above it)")
            }
            throw GitError("\(directory): \(result.message)")
        }
        root = result.text
    }

    /// The regular files staged for the next commit (added, copied, modified or changed in type);
    /// deleted files, symbolic links and submodules are left out.
    public func stagedFiles() throws(GitError) -> [StagedFile] {
        let base = try headTreeOrEmptyTree()
        let output = try checked(["diff-index", "--cached", "-z", "--no-renames", "--no-abbrev", "--diff-filter=ACMT", base],
                                 doing: "list the staged files")
        // Raw records: ":<old mode> <new mode> <old blob> <new blob> <status>" NUL "<path>" NUL.
        let fields = output.stdout.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var files: [StagedFile] = []
        var index = 0
        while index + 1 < fields.count {
            let record = fields[index].dropFirst().split(separator: " ")
            let path = fields[index + 1]
            index += 2
            guard record.count == 5, record[1].hasPrefix("100") else { continue }
            files.append(StagedFile(path: path, blob: String(record[3])))
        }
        return files
    }

    /// The contents of blobs, in the order given, read in one `git cat-file --batch`.
    public func contents(ofBlobs blobs: [String]) throws(GitError) -> [[UInt8]] {
        guard !blobs.isEmpty else { return [] }
        let output = try checked(["cat-file", "--batch"], input: Array(blobs.joined(separator: "\n").utf8) + [0x0A],
                                 doing: "read the staged files")
        // Each object: "<blob> <type> <size>" LF <contents> LF, or "<blob> missing" LF.
        var contents: [[UInt8]] = []
        let bytes = output.stdout
        var offset = bytes.startIndex
        for blob in blobs {
            guard offset < bytes.endIndex, let newline = bytes[offset...].firstIndex(of: 0x0A) else {
                throw GitError("git cat-file ended early, before blob \(blob)")
            }
            let header = String(decoding: bytes[offset..<newline], as: UTF8.self).split(separator: " ")
            guard header.count == 3, let size = Int(header[2]), newline + 1 + size <= bytes.endIndex else {
                throw GitError("cannot read blob \(blob) from git's index: \(header.joined(separator: " "))")
            }
            contents.append(Array(bytes[(newline + 1)..<(newline + 1 + size)]))
            offset = newline + 1 + size + 1
        }
        return contents
    }

    /// The files that differ between `revision` and the working tree (added, copied, modified or
    /// changed in type), as paths from the top of the working tree.
    public func changedFiles(since revision: String) throws(GitError) -> [String] {
        guard !revision.hasPrefix("-"), !revision.isEmpty else {
            throw GitError("'\(revision)' is not a git revision")
        }
        let tree = try Self.run(["rev-parse", "--verify", "--quiet", revision + "^{tree}"], in: directory)
        guard tree.status == 0 else {
            throw GitError("unknown git revision '\(revision)' (give a commit, branch or tag, e.g. origin/main)")
        }
        let output = try checked(["diff-index", "--name-only", "-z", "--no-renames", "--diff-filter=ACMT", tree.text, "--"],
                                 doing: "list the files changed since \(revision)")
        return output.stdout.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The folder git runs hooks from (honours `core.hooksPath` and linked worktrees), absolute.
    public func hooksDirectory() throws(GitError) -> String {
        let spelled = try checked(["rev-parse", "--git-path", "hooks"], doing: "find the hooks folder").text
        return URL(fileURLWithPath: spelled, relativeTo: URL(fileURLWithPath: directory, isDirectory: true)).standardizedFileURL.path
    }

    /// HEAD's tree, or on a branch with no commit yet the empty tree (hashed, not written).
    private func headTreeOrEmptyTree() throws(GitError) -> String {
        let head = try Self.run(["rev-parse", "--verify", "--quiet", "HEAD^{tree}"], in: directory)
        if head.status == 0 { return head.text }
        return try checked(["hash-object", "-t", "tree", "/dev/null"], doing: "hash the empty tree").text
    }

    // MARK: Running git

    struct Result {
        let status: Int32
        let stdout: [UInt8]
        let stderr: [UInt8]

        /// Standard output without its final newline (a path or an object name).
        var text: String {
            String(decoding: stdout.last == 0x0A ? stdout.dropLast() : stdout[...], as: UTF8.self)
        }

        /// git's complaint, without "fatal: ".
        var message: String {
            let text = String(decoding: stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            let firstLine = text.split(separator: "\n").first.map(String.init) ?? "exit status \(status)"
            return firstLine.hasPrefix("fatal: ") ? String(firstLine.dropFirst(7)) : firstLine
        }
    }

    private func checked(_ arguments: [String], input: [UInt8]? = nil, doing purpose: String) throws(GitError) -> Result {
        let result = try Self.run(arguments, in: directory, input: input)
        guard result.status == 0 else { throw GitError("cannot \(purpose): git: \(result.message)") }
        return result
    }

    private final class Collected: @unchecked Sendable {
        var data = Data()
    }

    /// Runs git in `directory`; the caller judges the exit status.
    static func run(_ arguments: [String], in directory: String, input: [UInt8]? = nil) throws(GitError) -> Result {
        guard let git = SearchPath.executable(named: "git") else {
            throw GitError("git is not installed (or not on PATH)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory, isDirectory: true)
        // No optional index refresh (stays read-only); messages in English so they can be recognised.
        process.environment = ProcessInfo.processInfo.environment.merging(["GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"]) { $1 }
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        // Input comes from a file, not a pipe: nothing to deadlock on, no SIGPIPE if git exits early.
        var inputFile: URL?
        var inputHandle: FileHandle?
        defer {
            try? inputHandle?.close()
            if let inputFile { try? FileManager.default.removeItem(at: inputFile) }
        }
        do {
            if let input {
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("councillint-git-\(UUID().uuidString)")
                try Data(input).write(to: file)
                inputFile = file
                inputHandle = try FileHandle(forReadingFrom: file)
            }
            process.standardInput = inputHandle ?? FileHandle.nullDevice
            try process.run()
        } catch {
            throw GitError("cannot run git: \(error.localizedDescription)")
        }
        let collectedError = Collected()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            collectedError.data = stderr.fileHandleForReading.readDataToEndOfFile()
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: Array(output), stderr: Array(collectedError.data))
    }
}

/// A git command that could not be run or failed, in words for the user.
public struct GitError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
