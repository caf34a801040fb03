import ArgumentParser
import CouncilLintCore
import Foundation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: id, default severity, protocol citation."
    )

    enum ListFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "text or json.")
    var format: ListFormat = .text

    @OptionGroup var catalogueOptions: CatalogueOptions

    func run() throws {
        let catalogue = try catalogueOptions.load()
        switch format {
        case .text:
            let width = catalogue.rules.map(\.id.count).max() ?? 0
            for rule in catalogue.rules {
                let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let severity = rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
                print("\(id)  \(severity)  \(rule.protocol.citation)")
            }
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let summaries = catalogue.rules.map { ["id": $0.id, "severity": $0.severity.rawValue, "title": $0.title,
                                                   "protocol": $0.protocol.citation] }
            print(String(decoding: try encoder.encode(summaries), as: UTF8.self))
        }
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "What a rule checks, why (the protocol's words), and examples."
    )

    @Argument(help: "A rule id, e.g. staff-capability-in-public.")
    var ruleID: String

    @OptionGroup var catalogueOptions: CatalogueOptions

    func run() throws {
        let catalogue = try catalogueOptions.load(includingExamples: true)
        guard let rule = catalogue.rule(ruleID) else {
            let known = catalogue.rules.map(\.id).joined(separator: ", ")
            throw CommandFailure(message: "unknown rule '\(ruleID)'; the rules are: \(known)")
        }
        print(RuleExplanation(rule).text)
    }
}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter .councillint.json in the current folder."
    )

    @Flag(help: "Overwrite an existing .councillint.json.")
    var force = false

    func run() throws {
        let path = FileManager.default.currentDirectoryPath + "/.councillint.json"
        if FileManager.default.fileExists(atPath: path), !force {
            throw CommandFailure(message: ".councillint.json already exists here; use --force to overwrite it")
        }
        try AtomicFile.write(Data(CouncilProfile.starterJSON.utf8), to: path)
        print("wrote .councillint.json: fill in your council's members, employees, registered interests and elections")
    }
}
