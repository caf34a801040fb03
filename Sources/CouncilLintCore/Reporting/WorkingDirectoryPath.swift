/// A linted file's path as CI services want it: relative to the directory the run started in,
/// with forward slashes and no "./", or absolute when the file lies outside that directory.
public struct WorkingDirectoryPath: Hashable, Sendable {
    /// e.g. "minutes/2025-04-09.txt"; "/srv/archive/notes.txt" for a file outside the directory.
    public let path: String
    public let isRelative: Bool

    public init(_ given: String, workingDirectory: String) {
        let absolute = Self.normalisedComponents(given.hasPrefix("/") || given.hasPrefix("\\")
            ? given : workingDirectory + "/" + given)
        let base = Self.normalisedComponents(workingDirectory)
        if absolute.count > base.count, absolute.starts(with: base) {
            path = absolute.dropFirst(base.count).joined(separator: "/")
            isRelative = true
        } else {
            path = "/" + absolute.joined(separator: "/")
            isRelative = false
        }
    }

    /// An RFC 3986 reference: relative, or a `file://` URI when absolute.
    public var uri: String {
        isRelative ? Self.percentEncoded(path) : "file://" + Self.percentEncoded(path)
    }

    /// The directory as a `file://` URI ending in "/", as SARIF wants a base URI.
    public static func directoryURI(_ directory: String) -> String {
        let components = normalisedComponents(directory)
        return "file://" + percentEncoded("/" + components.joined(separator: "/") + (components.isEmpty ? "" : "/"))
    }

    /// Every UTF-8 byte outside RFC 3986's unreserved set and "/" is percent-encoded (spaces, "’", ":").
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// Resolves "." and ".." by their spelling only: reporting must not depend on the file system.
    static func normalisedComponents(_ absolutePath: String) -> [Substring] {
        var components: [Substring] = []
        for component in absolutePath.split(whereSeparator: { $0 == "/" || $0 == "\\" }) {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(component)
            }
        }
        return components
    }
}
