/// How a report links to the documents it lists: by a relative, percent-encoded path from the
/// folder the report is written in, so the links keep working when report and tree move together.
public struct DocumentLinks: Hashable, Sendable {
    /// The folder the report is written in (absolute, or relative to `workingDirectory`).
    public let reportDirectory: String
    /// The folder that relative document paths are relative to.
    public let workingDirectory: String

    public init(reportDirectory: String, workingDirectory: String) {
        self.reportDirectory = reportDirectory
        self.workingDirectory = workingDirectory
    }

    /// e.g. "../minutes/2025-04-09%20Full%20Council.txt"
    public func href(to path: String) -> String {
        let from = components(reportDirectory)
        let to = components(path)
        let shared = zip(from, to).prefix { $0 == $1 }.count
        let steps = Array(repeating: "..", count: from.count - shared) + to.dropFirst(shared).map(String.init)
        return WorkingDirectoryPath.percentEncoded(steps.joined(separator: "/"))
    }

    private func components(_ path: String) -> [Substring] {
        WorkingDirectoryPath.normalisedComponents(path.hasPrefix("/") ? path : workingDirectory + "/" + path)
    }
}
