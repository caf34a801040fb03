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
        var absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        // Most paths have no "." or ".." part, no empty part and no trailing slash: their folder is
        // what comes before the last slash, with no need to cut them into parts.
        let plainFolderEnd: Int? = absolute.withUTF8 { bytes in
            for index in bytes.indices where bytes[index] == slash {
                var partEnd = index + 1
                while partEnd < bytes.count, partEnd - index <= 3, bytes[partEnd] == dot { partEnd += 1 }
                if partEnd - index <= 3 && (partEnd == bytes.count || bytes[partEnd] == slash) { return nil }
            }
            return bytes.lastIndex(of: slash)
        }
        if let plainFolderEnd {
            return plainFolderEnd == 0 ? "/" : String(Substring(absolute.utf8.prefix(plainFolderEnd)))
        }
        // Cut and compared as bytes: splitting the String by Characters cost more than the rest of the look-up.
        var parts: [Substring] = []
        for part in absolute.utf8.split(separator: slash) {
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
