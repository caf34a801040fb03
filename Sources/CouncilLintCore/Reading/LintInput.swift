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
            return try Self.readFile(at: path, shownAs: displayPath)
        }
    }

    /// A file's bytes in one open, one fstat and (for a file whose size fstat gives) one read
    /// before the end: a run over an archive opens thousands of small files.
    private static func readFile(at path: String, shownAs displayPath: String) throws(ReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR, ELOOP: throw ReadError(path: displayPath, message: "no such file")
            case EACCES, EPERM: throw ReadError(path: displayPath, message: "cannot be read (permission denied?)")
            default: throw failedRead(displayPath)
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failedRead(displayPath) }
        if status.st_mode & S_IFMT == S_IFDIR { throw ReadError(path: displayPath, message: "is a directory") }
        try DocumentReaders.refuseOversize(Int(status.st_size), path: displayPath)
        // A file whose size fstat gives is read whole by one read of that size and a byte more
        // (for a file that has grown): a shorter read that has all of it is the end. Anything
        // else (pipes, and /proc files, which say 0 and may return less than asked mid-file) is
        // read until a read returns nothing.
        let size = status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : 0
        var bytes = [UInt8](repeating: 0, count: max(size + 1, 1 << 12))
        var count = 0
        while true {
            if count == bytes.count {
                try DocumentReaders.refuseOversize(count, path: displayPath)
                bytes.append(contentsOf: repeatElement(0, count: count))
            }
            let asked = bytes.count - count
            let read = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, asked) }
            if read > 0 {
                count += read
                if size > 0 && count >= size && read < asked { break }
            } else if read == 0 {
                break
            } else if errno != EINTR {
                throw failedRead(displayPath)
            }
        }
        try DocumentReaders.refuseOversize(count, path: displayPath)
        bytes.removeSubrange(count...)
        return bytes
    }

    private static func failedRead(_ displayPath: String) -> ReadError {
        ReadError(path: displayPath, message: "cannot be read: \(String(cString: strerror(errno)))")
    }

    /// The format the file's extension names, else what its first bytes look like.
    public func format(sniffing bytes: [UInt8]) -> DocumentFormat {
        if case .standardInput = source { return DocumentReaders.sniffFormat(bytes) }
        return DocumentFormat(pathExtension: Self.pathExtension(of: displayPath)) ?? DocumentReaders.sniffFormat(bytes)
    }

    /// What follows the last "." of the path's last component ("" for none, or for ".profile"),
    /// as Foundation's `pathExtension` gives it, without building a URL per file.
    static func pathExtension(of path: String) -> String {
        var path = path
        // On the bytes: walking a String's UTF-8 view backwards cost thousands of instructions a path.
        return path.withUTF8 { bytes in
            let slash = UInt8(ascii: "/")
            guard let last = bytes.lastIndex(where: { $0 != slash }) else { return "" }
            let nameStart = bytes[..<last].lastIndex(of: slash).map { $0 + 1 } ?? 0
            guard let dot = bytes[nameStart...last].lastIndex(of: UInt8(ascii: ".")), dot != nameStart else { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[(dot + 1)..<(last + 1)]), as: UTF8.self)
        }
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
        for entry in entries(of: directory).sorted(by: { $0.name < $1.name }) {
            let path = directory.hasSuffix("/") ? directory + entry.name : directory + "/" + entry.name
            switch entry.type ?? fileType(following: path) {
            case S_IFDIR:
                walk(path, into: &inputs, visited: &visited)
            case S_IFREG where DocumentFormat(pathExtension: LintInput.pathExtension(of: entry.name)) != nil:
                inputs.append(LintInput(source: .file(path), displayPath: path, directory: folder))
            default:
                continue
            }
        }
    }

    /// The folder's visible entries, each with its type when the folder listing gives it (a
    /// regular file or a folder), so that only links and entries of unknown type are stat'ed.
    private static func entries(of directory: String) -> [(name: String, type: mode_t?)] {
        guard let stream = opendir(directory) else { return [] }
        defer { closedir(stream) }
        var entries: [(name: String, type: mode_t?)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            guard !name.hasPrefix(".") else { continue }
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): entries.append((name, S_IFREG))
            case Int32(DT_DIR): entries.append((name, S_IFDIR))
            default: entries.append((name, nil))
            }
        }
        return entries
    }

    /// What `path` is after its links are followed; nil for a dangling link.
    private static func fileType(following path: String) -> mode_t? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return status.st_mode & S_IFMT
    }
}
