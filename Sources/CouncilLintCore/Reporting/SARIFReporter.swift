import Foundation

/// SARIF 2.1.0 as GitHub code scanning reads it (`github/codeql-action/upload-sarif`): one run,
/// the rule catalogue as the driver's rules, one result per finding, unreadable files and notes
/// about the run as notifications of the invocation.
public struct SARIFReporter: Reporter {
    private static let sourceRoot = "%SRCROOT%"

    /// Paths are written relative to this directory, which code scanning takes as the checkout.
    public var workingDirectory: String

    public init(workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = workingDirectory
    }

    public func render(_ report: LintReport) -> String {
        let rules = RuleTable(report)
        let run: JSONValue = [
            "tool": ["driver": [
                "name": "councillint",
                "informationUri": .string(CouncilLint.informationURI),
                "version": .string(CouncilLint.version),
                "rules": .array(rules.descriptors),
            ]],
            "invocations": [invocation(report)],
            "results": .array(report.files.flatMap { results(of: $0, rules: rules) }),
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": [Self.sourceRoot: ["uri": .string(WorkingDirectoryPath.directoryURI(workingDirectory))]],
        ]
        let log: JSONValue = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        ]
        return JSONWriter().string(log) + "\n"
    }

    private func results(of file: FileReport, rules: RuleTable) -> [JSONValue] {
        let lineHashes = file.findings.isEmpty ? [] : PrimaryLocationLineHash.hashes(ofLines: file.sourceLines)
        return file.findings.map { finding in
            let start = finding.range.start, end = finding.range.end
            var result: [String: JSONValue] = [
                "ruleId": .string(finding.rule),
                "level": Self.level(finding.severity),
                "message": ["text": .string(finding.message)],
                "locations": [["physicalLocation": physicalLocation(finding.path, region: [
                    "startLine": .integer(start.line), "startColumn": .integer(start.column),
                    "endLine": .integer(end.line), "endColumn": .integer(end.column),
                    "snippet": ["text": .string(finding.excerpt)],
                ])]],
            ]
            if let index = rules.index(of: finding.rule) { result["ruleIndex"] = .integer(index) }
            if lineHashes.indices.contains(start.line - 1) {
                result["partialFingerprints"] = ["primaryLocationLineHash": .string(lineHashes[start.line - 1])]
            }
            if let item = finding.item { result["properties"] = ["item": .string(item)] }
            return .object(result)
        }
    }

    private func invocation(_ report: LintReport) -> JSONValue {
        let readErrors = report.files.compactMap(\.error)
        var invocation: [String: JSONValue] = ["executionSuccessful": .bool(readErrors.isEmpty)]
        if !readErrors.isEmpty {
            invocation["toolExecutionNotifications"] = .array(readErrors.map { error in
                [
                    "level": "error",
                    "message": ["text": .string(error.message)],
                    "locations": [["physicalLocation": physicalLocation(error.path,
                                                                        region: error.line.map { ["startLine": .integer($0)] })]],
                ]
            })
        }
        if !report.runFindings.isEmpty {
            invocation["toolConfigurationNotifications"] = .array(report.runFindings.map { finding in
                [
                    "level": Self.level(finding.severity),
                    "message": ["text": .string(finding.message)],
                    "descriptor": ["id": .string(finding.rule)],
                ]
            })
        }
        return .object(invocation)
    }

    private func physicalLocation(_ path: String, region: JSONValue?) -> JSONValue {
        let location = WorkingDirectoryPath(path, workingDirectory: workingDirectory)
        var artifact: [String: JSONValue] = ["uri": .string(location.uri)]
        if location.isRelative { artifact["uriBaseId"] = .string(Self.sourceRoot) }
        var physical: [String: JSONValue] = ["artifactLocation": .object(artifact)]
        if let region { physical["region"] = region }
        return .object(physical)
    }

    static func level(_ severity: Severity) -> JSONValue {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}

/// The driver's rules: the catalogue in its order, then any rule a finding names that the
/// catalogue lacks, so that every result's `ruleIndex` points at a descriptor.
private struct RuleTable {
    let descriptors: [JSONValue]
    private let indexByID: [String: Int]

    init(_ report: LintReport) {
        var descriptors = report.rules.map(Self.descriptor)
        var indexByID = Dictionary(report.rules.enumerated().map { ($0.element.id, $0.offset) },
                                   uniquingKeysWith: { first, _ in first })
        let undescribed = Set(report.files.flatMap(\.findings).map(\.rule)).subtracting(indexByID.keys)
        for id in undescribed.sorted() {
            indexByID[id] = descriptors.count
            descriptors.append(["id": .string(id), "name": .string(Self.upperCamelCase(id))])
        }
        self.descriptors = descriptors
        self.indexByID = indexByID
    }

    func index(of rule: String) -> Int? { indexByID[rule] }

    private static func descriptor(_ rule: RuleDescription) -> JSONValue {
        let citation = rule.protocol.citation, quotation = rule.protocol.text
        let quotedMarkdown = quotation.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "> " + MarkdownEscaping.escaped(String($0)) }.joined(separator: "\n")
        return [
            "id": .string(rule.id),
            "name": .string(upperCamelCase(rule.id)),
            "shortDescription": ["text": .string(rule.title)],
            "fullDescription": ["text": .string(rule.description)],
            "help": [
                "text": .string("\(citation): \"\(quotation)\"\n\nHow to fix: \(rule.help)"),
                "markdown": .string("**\(MarkdownEscaping.escaped(citation))**\n\n\(quotedMarkdown)\n\n"
                    + "**How to fix:** \(MarkdownEscaping.escaped(rule.help))"),
            ],
            "defaultConfiguration": ["level": SARIFReporter.level(rule.severity)],
            "properties": ["tags": ["compliance"]],
        ]
    }

    /// "staff-capability-in-public" -> "StaffCapabilityInPublic".
    private static func upperCamelCase(_ id: String) -> String {
        id.split(whereSeparator: { $0 == "-" || $0 == "_" })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }
}
