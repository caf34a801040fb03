import Foundation

/// Writes a streaming reporter's output as a run delivers its files: the first section straight
/// to the destination (standard output, or a temporary file beside the named file), later
/// sections to unnamed temporary files. `finish` appends those and renames the temporary file
/// into place, so an interrupted run leaves the previous output whole, as `AtomicFile` does.
public final class StreamedOutput {
    public struct WriteError: Error, CustomStringConvertible {
        public let description: String
    }

    private var reporter: any StreamingReporter
    private let destination: String?
    /// The open destination file; nil for standard output.
    private let handle: FileHandle?
    private var readerGone = false
    /// Set while the output goes to a temporary file that `finish` renames to `destination`.
    private var temporaryPath: String?
    private let spools: [UnsafeMutablePointer<FILE>]
    /// The first section's text not yet written: a terminal is written file by file, anything
    /// else in blocks of `blockSize`, as grep and ripgrep do (one write a file was a tenth of
    /// a run's system time over an archive).
    private var pending: [UInt8] = []
    private let writesEachFile: Bool
    private static let blockSize = 1 << 16

    /// `path` nil writes to standard output.
    public init(_ reporter: any StreamingReporter, to path: String?) throws(WriteError) {
        self.reporter = reporter
        destination = path
        var spools: [UnsafeMutablePointer<FILE>] = []
        for _ in 1..<max(1, reporter.sectionCount) {
            guard let spool = tmpfile() else {
                spools.forEach { fclose($0) }
                throw WriteError(description: "cannot create a temporary file: \(String(cString: strerror(errno)))")
            }
            // Blocks as large as the destination's, not stdio's 4 KB.
            setvbuf(spool, nil, _IOFBF, Self.blockSize)
            spools.append(spool)
        }
        self.spools = spools
        guard let path else {
            handle = nil
            writesEachFile = isatty(STDOUT_FILENO) != 0
            return
        }
        writesEachFile = false
        do {
            (handle, temporaryPath) = try Self.open(path)
        } catch {
            spools.forEach { fclose($0) }
            throw WriteError(description: "\(path): cannot be written: \(error.localizedDescription)")
        }
    }

    deinit {
        spools.forEach { fclose($0) }
        try? handle?.close()
        if let temporaryPath { unlink(temporaryPath) }
    }

    public func add(_ file: FileReport) throws(WriteError) {
        try write(reporter.add(file))
        if writesEachFile || pending.count >= Self.blockSize { try flush() }
    }

    public func finish(runFindings: [Finding]) throws(WriteError) {
        try write(reporter.finish(runFindings: runFindings))
        try flush()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        for spool in spools {
            // fwrite only fills stdio's buffer: a full disk shows here (rewind would hide it).
            guard fflush(spool) == 0, fseek(spool, 0, SEEK_SET) == 0 else {
                throw failure("a temporary file could not be written: \(String(cString: strerror(errno)))")
            }
            while case let count = fread(&buffer, 1, buffer.count, spool), count > 0 {
                try write(Data(buffer[..<count]))
            }
            guard ferror(spool) == 0 else { throw failure("a temporary file could not be read back") }
        }
        guard let destination, let handle else { return }
        do {
            // Whole on disk before the rename; a device or a pipe has nothing to flush.
            if temporaryPath != nil { try handle.synchronize() }
            try handle.close()
        } catch {
            throw failure(error.localizedDescription)
        }
        if let temporaryPath {
            guard rename(temporaryPath, destination) == 0 else { throw failure(String(cString: strerror(errno))) }
            self.temporaryPath = nil
        }
    }

    private func write(_ sections: [String]) throws(WriteError) {
        for (index, text) in sections.enumerated() where !text.isEmpty {
            if index == 0 {
                pending.append(contentsOf: text.utf8)
            } else {
                let bytes = Array(text.utf8)
                guard fwrite(bytes, 1, bytes.count, spools[index - 1]) == bytes.count else {
                    throw failure("a temporary file could not be written")
                }
            }
        }
    }

    private func flush() throws(WriteError) {
        guard !pending.isEmpty else { return }
        try write(Data(pending))
        pending.removeAll(keepingCapacity: true)
    }

    private func write(_ data: Data) throws(WriteError) {
        do {
            if let handle {
                try handle.write(contentsOf: data)
            } else if !readerGone, try StandardStream.output.write(data) == .readerGone {
                readerGone = true
            }
        } catch {
            throw failure(error.localizedDescription)
        }
    }

    private func failure(_ reason: String) -> WriteError {
        WriteError(description: "\(destination ?? "standard output"): cannot be written: \(reason)")
    }

    /// A device, pipe or socket is written in place (renaming over it would replace it with a
    /// regular file); anything else through a new temporary file in the same folder.
    private static func open(_ path: String) throws -> (FileHandle, String?) {
        if AtomicFile.isDevice(path) {
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
            return (handle, nil)
        }
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        let temporary = AtomicFile.temporaryPath(for: path)
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            unlink(temporary)
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        return (handle, temporary)
    }
}
