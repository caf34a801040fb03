import Foundation

/// One thing to lint: a file on disk, standard input, or bytes from elsewhere (git's index).
public struct LintInput: Sendable {
    public enum Source: Sendable {
        case file(String)
        case standardInput
        case bytes([UInt8])
    }

    public let source: Source
    /// The path shown in findings, as the user gave it.
    public let displayPath: String

    public init(source: Source, displayPath: String) {
        self.source = source
        self.displayPath = displayPath
    }

    public static func file(_ path: String) -> LintInput { LintInput(source: .file(path), displayPath: path) }

    /// The folder a profile is looked for from.
    public var directory: String? {
        switch source {
        case .file(let path):
            return URL(fileURLWithPath: path).deletingLastPathComponent().path
        case .bytes:
            return URL(fileURLWithPath: displayPath).deletingLastPathComponent().path
        case .standardInput:
            return FileManager.default.currentDirectoryPath
        }
    }

    public func read() throws(ReadError) -> [UInt8] {
        switch source {
        case .bytes(let bytes):
            return bytes
        case .standardInput:
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        case .file(let path):
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ReadError(path: displayPath, message: "no such file")
            }
            if isDirectory.boolValue { throw ReadError(path: displayPath, message: "is a directory") }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw ReadError(path: displayPath, message: "cannot be read (permission denied?)")
            }
            defer { try? handle.close() }
            do {
                return Array(try handle.readToEnd() ?? Data())
            } catch {
                throw ReadError(path: displayPath, message: "cannot be read: \(error.localizedDescription)")
            }
        }
    }

    /// The format the file's extension names, else what its first bytes look like.
    public func format(sniffing bytes: [UInt8]) -> DocumentFormat {
        if case .standardInput = source { return DocumentReaders.sniffFormat(bytes) }
        return DocumentFormat(pathExtension: URL(fileURLWithPath: displayPath).pathExtension)
            ?? DocumentReaders.sniffFormat(bytes)
    }
}

/// Expands the paths a user gave into files to lint: directories recursively (sorted, only
/// readable formats, hidden entries skipped, each real directory visited once so symlink loops
/// end, only regular files, since reading a named pipe would block the run).
public enum InputExpander {
    public static func expand(_ paths: [String]) -> [LintInput] {
        var inputs: [LintInput] = []
        var visited = Set<String>()
        for path in paths {
            if path == "-" {
                inputs.append(LintInput(source: .standardInput, displayPath: "-"))
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                walk(path, into: &inputs, visited: &visited)
            } else {
                inputs.append(.file(path))
            }
        }
        return inputs
    }

    private static func walk(_ directory: String, into inputs: inout [LintInput], visited: inout Set<String>) {
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + entry : directory + "/" + entry
            // stat follows symlinks; a dangling one fails and is skipped.
            var status = stat()
            guard stat(path, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path, into: &inputs, visited: &visited)
            case S_IFREG where DocumentFormat(pathExtension: URL(fileURLWithPath: entry).pathExtension) != nil:
                inputs.append(.file(path))
            default:
                continue
            }
        }
    }
}
