import Foundation

/// Standard output or standard error, written with write(2). A reader that goes away
/// (`councillint … | head`) ends that stream quietly: SIGPIPE is ignored (see
/// `ignoreBrokenPipes`), so the write fails with EPIPE instead of killing the process, and the
/// run still ends with its own status. (FileHandle's non-throwing write traps on that error.)
public enum StandardStream {
    case output, error

    public enum Outcome {
        case written
        /// Nothing reads the stream any more; what was not written is dropped.
        case readerGone
    }

    /// Called once at start-up: a closed pipe becomes a failed write, never a signal.
    public static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    public func write(_ data: Data) throws -> Outcome {
        let descriptor = self == .output ? STDOUT_FILENO : STDERR_FILENO
        return try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written >= 0 {
                    offset += written
                } else if errno == EPIPE {
                    return .readerGone
                } else if errno != EINTR {
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
            }
            return .written
        }
    }

    /// For messages that have nowhere else to go when the stream cannot take them.
    public func writeIgnoringFailure(_ text: String) {
        _ = try? write(Data(text.utf8))
    }
}
