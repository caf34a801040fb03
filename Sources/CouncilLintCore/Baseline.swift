import Foundation

/// Findings already known (`--write-baseline` / `--baseline`), so a run reports only new ones.
/// A finding is known by its file, rule and the whitespace-folded text of its line, never its
/// line number, so edits above it do not resurrect it; each recorded finding hides exactly one.
public struct Baseline: Sendable, Hashable {
    public struct Key: Hashable, Sendable, Comparable {
        /// The path as given, relative to the working directory when inside it ("./" dropped).
        public var file: String
        public var rule: String
        /// The finding's source line, whitespace runs folded to one space and trimmed.
        public var text: String

        public init(file: String, rule: String, text: String) {
            self.file = file
            self.rule = rule
            self.text = text
        }

        init(_ finding: Finding, workingDirectory: String) {
            self.init(file: WorkingDirectoryPath(finding.path, workingDirectory: workingDirectory).path,
                      rule: finding.rule,
                      text: finding.excerpt.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.file, lhs.rule, lhs.text) < (rhs.file, rhs.rule, rhs.text)
        }
    }

    /// How many findings each key stands for (identical findings on identical lines).
    public private(set) var counts: [Key: Int]

    public init(counts: [Key: Int] = [:]) {
        self.counts = counts
    }

    /// Records every finding in the report's files; notes about the run itself are not in a file.
    public init(recording report: LintReport, workingDirectory: String = FileManager.default.currentDirectoryPath) {
        var counts: [Key: Int] = [:]
        for finding in report.files.flatMap(\.findings) {
            counts[Key(finding, workingDirectory: workingDirectory), default: 0] += 1
        }
        self.counts = counts
    }

    public var findingCount: Int { counts.values.reduce(0, +) }

    /// The report without the findings this baseline records, each recorded finding used once.
    public func filter(_ report: LintReport, workingDirectory: String = FileManager.default.currentDirectoryPath) -> LintReport {
        var filter = FileFilter(self, workingDirectory: workingDirectory)
        var filtered = report
        filtered.files = report.files.map { filter.apply(to: $0) }
        return filtered
    }

    /// Takes a baseline's findings out of files one at a time, as a run delivers them; each
    /// recorded finding hides one finding, in the order the files come.
    public struct FileFilter {
        private var remaining: [Key: Int]
        private let workingDirectory: String

        public init(_ baseline: Baseline, workingDirectory: String = FileManager.default.currentDirectoryPath) {
            remaining = baseline.counts
            self.workingDirectory = workingDirectory
        }

        public mutating func apply(to file: FileReport) -> FileReport {
            var file = file
            file.findings.removeAll { finding in
                let key = Key(finding, workingDirectory: workingDirectory)
                guard let left = remaining[key], left > 0 else { return false }
                remaining[key] = left - 1
                return true
            }
            return file
        }
    }

    // MARK: The file

    /// Sorted entries, so a baseline kept in version control changes only where findings do.
    public var json: String {
        let entries: [JSONValue] = counts.keys.sorted().map { key in
            .object(["file": .string(key.file), "rule": .string(key.rule), "text": .string(key.text),
                     "count": .integer(counts[key] ?? 0)])
        }
        return JSONWriter().string(.object(["version": 1, "findings": .array(entries)])) + "\n"
    }

    public func save(to path: String) throws(BaselineError) {
        do {
            try AtomicFile.write(Data(json.utf8), to: path)
        } catch {
            throw BaselineError("\(path): cannot be written: \(error.localizedDescription)")
        }
    }

    public static func load(path: String) throws(BaselineError) -> Baseline {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw BaselineError("\(path): no such file (create it with --write-baseline)")
        }
        guard !isFolder.boolValue else { throw BaselineError("\(path): is a folder, not a baseline file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BaselineError("\(path): cannot be read (check its permissions)")
        }
        return try parse(bytes: Array(data), path: path)
    }

    /// Reads a baseline's JSON; `path` names the file in error messages.
    public static func parse(bytes: [UInt8], path: String) throws(BaselineError) -> Baseline {
        let json: JSONValue
        do {
            json = try LocatedJSONParser.parse(bytes: bytes, path: path)
        } catch {
            throw BaselineError(error.description)
        }
        func fail(_ at: String, _ message: String) -> BaselineError {
            BaselineError("\(path): \(at): \(message)")
        }
        func got(_ value: JSONValue?) -> String {
            value.map { "got \($0.shortDescription)" } ?? "it is missing"
        }
        guard case .object(let fields) = json else {
            throw fail("(top level)", "expected an object with \"version\" and \"findings\", \(got(json))")
        }
        guard fields["version"] == 1 else {
            throw fail("version", "expected 1, \(got(fields["version"]))")
        }
        guard case .array(let entries) = fields["findings"] else {
            throw fail("findings", "expected an array, \(got(fields["findings"]))")
        }
        var counts: [Key: Int] = [:]
        for (index, entry) in entries.enumerated() {
            let at = "findings[\(index)]"
            guard case .object(let entryFields) = entry else { throw fail(at, "expected an object, \(got(entry))") }
            var strings: [String] = []
            for name in ["file", "rule", "text"] {
                guard case .string(let value) = entryFields[name] else {
                    throw fail("\(at).\(name)", "expected a string, \(got(entryFields[name]))")
                }
                strings.append(value)
            }
            let count = entryFields["count"] ?? 1
            guard case .number(let number) = count, number >= 1, number == number.rounded(), number < 1e9 else {
                throw fail("\(at).count", "expected a whole number of at least 1, \(got(count))")
            }
            counts[Key(file: strings[0], rule: strings[1], text: strings[2]), default: 0] += Int(number)
        }
        return Baseline(counts: counts)
    }
}

/// Why a baseline could not be read or written, naming the file and the place in it.
public struct BaselineError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
