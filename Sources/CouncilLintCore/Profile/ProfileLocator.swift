import Foundation

/// Finds the profile that applies to a file: the nearest `.councillint.json` in its folder or
/// a folder above it. Answers are remembered per folder, so a tree of documents costs one
/// look-up per folder.
public final class ProfileLocator: @unchecked Sendable {
    public static let fileName = ".councillint.json"

    private let lock = NSLock()
    private var profileByFolder: [String: String?] = [:]

    public init() {}

    /// The absolute path of the nearest profile, or nil when no folder up to the root has one.
    public func nearestProfile(forFile path: String) -> String? {
        var visited: [String] = []
        var folder: String? = Self.absoluteFolder(of: path)
        var found: String?
        while let current = folder {
            if let known = lock.withLock({ profileByFolder[current] }) {
                found = known
                break
            }
            visited.append(current)
            let candidate = current == "/" ? "/" + Self.fileName : current + "/" + Self.fileName
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue {
                found = candidate
                break
            }
            folder = Self.parent(of: current)
        }
        lock.withLock {
            for folder in visited { profileByFolder[folder] = .some(found) }
        }
        return found
    }

    /// The file's folder as an absolute path without "." or ".." parts.
    private static func absoluteFolder(of path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        // Cut and compared as bytes: splitting the String by Characters cost more than the rest of the look-up.
        let dot = UInt8(ascii: ".")
        var parts: [Substring] = []
        for part in absolute.utf8.split(separator: UInt8(ascii: "/")) {
            if part.count == 1 && part.first == dot { continue }
            if part.count == 2 && part.allSatisfy({ $0 == dot }) { _ = parts.popLast(); continue }
            parts.append(Substring(part))
        }
        _ = parts.popLast()
        return "/" + parts.joined(separator: "/")
    }

    /// Nil for the root.
    private static func parent(of folder: String) -> String? {
        guard folder != "/", let slash = folder.lastIndex(of: "/") else { return nil }
        return slash == folder.startIndex ? "/" : String(folder[..<slash])
    }
}
