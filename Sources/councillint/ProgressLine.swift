import CouncilLintCore
import Foundation

/// "linting 120/3400 files" on standard error, redrawn in place, for long runs watched on a
/// terminal; never in a pipe, a file or a CI log.
final class ProgressLine: @unchecked Sendable {
    /// Shorter runs finish before a progress line would help.
    static let minimumFileCount = 20
    private static let redrawInterval: UInt64 = 100_000_000

    private let lock = NSLock()
    private var lastDrawn: UInt64 = 0
    private var drawnWidth = 0

    /// A progress line for a run over `fileCount` files, when one should be shown.
    static func forRun(fileCount: Int, environment: [String: String] = ProcessInfo.processInfo.environment) -> ProgressLine? {
        guard fileCount > minimumFileCount, isatty(STDERR_FILENO) != 0, !isContinuousIntegration(environment) else { return nil }
        return ProgressLine()
    }

    /// CI services set `CI` (GitHub Actions, GitLab, CircleCI, Travis, Buildkite...).
    private static func isContinuousIntegration(_ environment: [String: String]) -> Bool {
        guard let value = environment["CI"]?.lowercased() else { return false }
        return !["", "0", "false", "no"].contains(value)
    }

    func show(completed: Int, of total: Int) {
        lock.withLock {
            let now = DispatchTime.now().uptimeNanoseconds
            guard completed == total || now - lastDrawn >= Self.redrawInterval else { return }
            lastDrawn = now
            let text = "linting \(completed)/\(total) files"
            drawnWidth = max(drawnWidth, text.count)
            write("\r" + text)
        }
    }

    /// Leaves the line empty for what follows.
    func clear() {
        lock.withLock {
            guard drawnWidth > 0 else { return }
            write("\r" + String(repeating: " ", count: drawnWidth) + "\r")
            drawnWidth = 0
        }
    }

    private func write(_ text: String) {
        StandardStream.error.writeIgnoringFailure(text)
    }
}
