import Foundation

/// The inputs of a git-aware run: what is staged for the next commit (`--staged`) or what changed
/// since a revision (`--changed-since`), in formats councillint reads, under the paths the user
/// gave (none: the whole repository), named relative to the current folder.
public enum GitInputs {
    /// The staged versions, not the working tree's: a partly staged file is judged on what will be committed.
    public static func staged(in repository: GitRepository, limitedTo paths: [String] = []) throws(GitError) -> [LintInput] {
        let selection = RepositorySelection(repository: repository, paths: paths)
        let files = try repository.stagedFiles().filter { selection.includes($0.path) }
        let contents = try repository.contents(ofBlobs: files.map(\.blob))
        return zip(files, contents).map { file, bytes in
            LintInput(source: .bytes(bytes), displayPath: selection.displayPath(of: file.path))
        }
    }

    /// The working tree's versions of the files changed since `revision` that still exist.
    public static func changed(since revision: String, in repository: GitRepository,
                               limitedTo paths: [String] = []) throws(GitError) -> [LintInput] {
        let selection = RepositorySelection(repository: repository, paths: paths)
        return try repository.changedFiles(since: revision).compactMap { path in
            let absolute = repository.root + "/" + path
            var isFolder: ObjCBool = false
            guard selection.includes(path), FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder),
                  !isFolder.boolValue
            else { return nil }
            return LintInput(source: .file(absolute), displayPath: selection.displayPath(of: path))
        }
    }
}

/// Which of a repository's files the user's paths select. Like a directory walk, it skips hidden
/// files and folders below a given path and formats councillint does not read.
struct RepositorySelection {
    private let root: [Substring]
    private let workingDirectory: String
    private let scopes: [[Substring]]

    init(repository: GitRepository, paths: [String]) {
        let workingDirectory = Self.resolved(repository.directory)
        root = Self.components(repository.root)
        self.workingDirectory = workingDirectory
        scopes = paths.isEmpty ? [root] : paths.map { path in
            Self.components(Self.resolved(path.hasPrefix("/") ? path : workingDirectory + "/" + path))
        }
    }

    /// `path` is relative to the top of the working tree, as git gives it.
    func includes(_ path: String) -> Bool {
        guard DocumentFormat(pathExtension: URL(fileURLWithPath: path).pathExtension) != nil else { return false }
        let file = root + path.split(separator: "/")
        return scopes.contains { scope in
            file.starts(with: scope) && !file.dropFirst(scope.count).contains { $0.hasPrefix(".") }
        }
    }

    /// Relative to the current folder when inside it, else absolute.
    func displayPath(of path: String) -> String {
        WorkingDirectoryPath("/" + (root + path.split(separator: "/")).joined(separator: "/"), workingDirectory: workingDirectory).path
    }

    /// Absolute, without "." or "..", symbolic links resolved as git resolves the top of the working tree.
    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func components(_ path: String) -> [Substring] {
        path.split(separator: "/")
    }
}
