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
    /// The folder, when whoever made the input knew it (a folder walk gives every file its own).
    private let knownDirectory: String?

    public init(source: Source, displayPath: String) {
        self.init(source: source, displayPath: displayPath, directory: nil)
    }

    fileprivate init(source: Source, displayPath: String, directory: String?) {
        self.source = source
        self.displayPath = displayPath
        knownDirectory = directory
    }

    public static func file(_ path: String) -> LintInput { LintInput(source: .file(path), displayPath: path) }

    /// The folder a profile is looked for from.
    public var directory: String? {
        if let knownDirectory { return knownDirectory }
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
            var status = stat()
            if fstat(handle.fileDescriptor, &status) == 0 {
                try DocumentReaders.refuseOversize(Int(status.st_size), path: displayPath)
            }
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
        return DocumentFormat(pathExtension: Self.pathExtension(of: displayPath)) ?? DocumentReaders.sniffFormat(bytes)
    }

    /// What follows the last "." of the path's last component ("" for none, or for ".profile"),
    /// as Foundation's `pathExtension` gives it, without building a URL per file.
    static func pathExtension(of path: String) -> String {
        let utf8 = path.utf8
        let slash = UInt8(ascii: "/")
        guard let last = utf8.lastIndex(where: { $0 != slash }) else { return "" }
        let name = utf8[(utf8[..<last].lastIndex(of: slash).map(utf8.index(after:)) ?? utf8.startIndex)...last]
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return String(Substring(name[name.index(after: dot)...]))
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
        let absolute = URL(fileURLWithPath: directory)
        let real = absolute.resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let folder = absolute.path
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + entry : directory + "/" + entry
            // stat follows symlinks; a dangling one fails and is skipped.
            var status = stat()
            guard stat(path, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path, into: &inputs, visited: &visited)
            case S_IFREG where DocumentFormat(pathExtension: LintInput.pathExtension(of: entry)) != nil:
                inputs.append(LintInput(source: .file(path), displayPath: path, directory: folder))
            default:
                continue
            }
        }
    }
}
