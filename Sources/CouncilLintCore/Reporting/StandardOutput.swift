import Foundation

/// Standard output, written with write(2). A reader that goes away (`councillint … | head`)
/// ends the output quietly: SIGPIPE is ignored (see `ignoreBrokenPipes`), so the write fails
/// with EPIPE instead of killing the process, and the run still ends with its own status.
public enum StandardOutput {
    public enum Outcome {
        case written
        /// Nothing reads standard output any more; what was not written is dropped.
        case readerGone
    }

    /// Called once at start-up: a closed pipe becomes a failed write, never a signal.
    public static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    public static func write(_ data: Data) throws -> Outcome {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
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
}
