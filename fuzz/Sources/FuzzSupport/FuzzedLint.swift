import CouncilLintCore

/// The whole pipeline over one input: every format, with and without a profile, then every reporter.
public enum FuzzedLint {
    private static let linter = Linter(catalogue: .builtIn, options: Linter.Options(discoverProfiles: false))
    private static let profile = try? CouncilProfile.parse(bytes: Array(CouncilProfile.starterJSON.utf8), path: "p.json").0
    private static let reporters: [any Reporter] = [
        TextReporter(), JSONReporter(), SARIFReporter(workingDirectory: "/fuzz"), JUnitReporter(),
        GitHubActionsReporter(workingDirectory: "/fuzz"), MarkdownReporter(),
    ]

    public static func run(_ bytes: [UInt8]) {
        // The first byte's low bit chooses whether the run has the starter profile.
        let profile = (bytes.first ?? 0) & 1 == 1 ? profile : nil
        var files: [FileReport] = []
        for format in DocumentFormat.allCases {
            let input = format == .docx ? fuzzWordPackage(bytes) : bytes
            files.append(linter.lint(bytes: input, path: "/fuzz/doc.\(format.rawValue)", format: format, profile: profile))
        }
        let report = LintReport(files: files, rules: linter.catalogue.rules)
        for reporter in reporters { _ = reporter.render(report) }
    }
}
