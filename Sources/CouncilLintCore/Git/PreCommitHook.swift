import Foundation

/// The git pre-commit hook `councillint install-hook` writes: it runs a hook it replaced first
/// (kept as `pre-commit.local`; its failure stops the commit), then lints what is staged.
public struct PreCommitHook: Sendable, Hashable {
    public static let fileName = "pre-commit"
    public static let keptFileName = "pre-commit.local"
    /// Marks a hook as written by councillint, so a re-install rewrites it instead of keeping it.
    static let marker = "# Installed by councillint install-hook"

    /// How the hook starts councillint: "councillint" when PATH finds it, else an absolute path.
    public let command: String

    public init(command: String) {
        self.command = command
    }

    public var script: String {
        """
        #!/bin/sh
        \(Self.marker): lint what is staged for this commit.
        # A hook that was here before is kept as \(Self.keptFileName) and runs first.
        kept_hook="$(dirname "$0")/\(Self.keptFileName)"
        if [ -x "$kept_hook" ]; then
            "$kept_hook" "$@" || exit $?
        fi
        exec \(Self.shellQuoted(command)) lint --staged

        """
    }

    /// What `install` did, for the user.
    public struct Installation: Sendable, Hashable {
        public let hookPath: String
        /// Where the hook that was there before now is, when one was kept.
        public let keptHookPath: String?
        /// A councillint hook was already there and was rewritten.
        public let rewroteOwnHook: Bool
    }

    /// Writes the hook into `directory` (created if missing), executable. An existing hook of
    /// someone else's is refused unless `force`, and then kept as `pre-commit.local`.
    public func install(inHooksDirectory directory: String, force: Bool) throws(HookInstallationError) -> Installation {
        let hookPath = directory + "/" + Self.fileName
        let keptPath = directory + "/" + Self.keptFileName
        var keptHookPath: String?
        var rewroteOwnHook = false
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw HookInstallationError("\(directory): cannot create the hooks folder: \(error.localizedDescription)")
        }
        if Self.exists(hookPath) {
            let existing = FileManager.default.contents(atPath: hookPath).map { String(decoding: $0, as: UTF8.self) } ?? ""
            rewroteOwnHook = existing.contains(Self.marker)
            switch (rewroteOwnHook, force) {
            case (true, false):
                throw HookInstallationError("\(hookPath): the councillint hook is already installed (use --force to rewrite it)")
            case (false, false):
                throw HookInstallationError("\(hookPath): a pre-commit hook already exists (use --force to keep it as \(Self.keptFileName), run it first, then lint)")
            case (false, true):
                if Self.exists(keptPath) {
                    throw HookInstallationError("\(keptPath): already exists, so the current hook cannot be kept there; move one of them away first")
                }
                if rename(hookPath, keptPath) != 0 {
                    throw HookInstallationError("\(hookPath): cannot be renamed to \(Self.keptFileName): \(String(cString: strerror(errno)))")
                }
                keptHookPath = keptPath
            case (true, true):
                break
            }
        }
        do {
            try AtomicFile.write(Data(script.utf8), to: hookPath)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hookPath)
        } catch {
            throw HookInstallationError("\(hookPath): cannot be written: \(error.localizedDescription)")
        }
        return Installation(hookPath: hookPath, keptHookPath: keptHookPath, rewroteOwnHook: rewroteOwnHook)
    }

    /// A file or a symbolic link, even one pointing nowhere.
    private static func exists(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)) != nil
    }

    /// 'text' for sh, a single quote written as '\''.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Why the hook was not installed.
public struct HookInstallationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
