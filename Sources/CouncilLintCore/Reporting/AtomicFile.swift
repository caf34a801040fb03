import Foundation

/// Writes a file through a temporary file in the same folder and a rename, so an interrupted
/// run never leaves a truncated report, baseline or profile behind.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        // A device, pipe or socket (`--output /dev/null`, `/dev/stdout`) is written in place:
        // renaming over it would replace the device with a regular file.
        if isDevice(path) {
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            return
        }
        let temporary = URL(fileURLWithPath: temporaryPath(for: path))
        do {
            try data.write(to: temporary, options: [.withoutOverwriting])
            if rename(temporary.path, path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// A device, pipe or socket (not a regular file), which is written in place.
    static func isDevice(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG
    }

    /// A new name beside `path`, hidden, for the file that is renamed to it when whole.
    static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).councillint-\(UUID().uuidString).tmp").path
    }
}
