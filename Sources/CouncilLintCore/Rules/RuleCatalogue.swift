import Foundation

/// The rule catalogue: `rules.json`, built into the binary, or a replacement given with `--rules`.
public struct RuleCatalogue: Sendable {
    public let rules: [RuleDescription]

    private struct File: Decodable {
        let version: Int
        /// Phrase lists several rules read (the party vocabulary), merged into each rule's own.
        let sharedVocabulary: [String: [String]]?
        let rules: [RuleDescription]
    }

    static let includeExamples = CodingUserInfoKey(rawValue: "councillint.includeExamples")!

    /// The copy of `rules.json` compiled into the binary, as the linter needs it (no examples).
    public static let builtIn = loadBuiltIn(includingExamples: false)
    /// The built-in catalogue with every rule's examples (explain, the tests).
    public static let builtInWithExamples = loadBuiltIn(includingExamples: true)

    private static func loadBuiltIn(includingExamples: Bool) -> RuleCatalogue {
        do {
            let json = includingExamples ? BuiltInCatalogue.json : BuiltInCatalogue.jsonWithoutExamples
            return try RuleCatalogue(json: Array(json.utf8), path: "rules.json", includingExamples: includingExamples)
        } catch {
            preconditionFailure("the built-in rules.json is invalid: \(error)")
        }
    }

    public init(json: [UInt8], path: String, includingExamples: Bool = true) throws(CatalogueError) {
        let file: File
        do {
            let decoder = JSONDecoder()
            decoder.userInfo[Self.includeExamples] = includingExamples
            file = try decoder.decode(File.self, from: Data(json))
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                // JSONDecoder does not say where the syntax is wrong; the located parser does.
                do {
                    _ = try LocatedJSONParser.parse(bytes: json, path: path)
                } catch {
                    throw CatalogueError(path: path, message: error.messages.joined(separator: "; "), located: true)
                }
            }
            throw CatalogueError(path: path, message: Self.describe(error))
        } catch {
            throw CatalogueError(path: path, message: "not valid JSON: \(error.localizedDescription)")
        }
        guard file.version == 1 else {
            throw CatalogueError(path: path, message: "version: expected 1, got \(file.version)")
        }
        var seen = Set<String>()
        for (index, rule) in file.rules.enumerated() {
            guard seen.insert(rule.id).inserted else {
                throw CatalogueError(path: path, message: "rules[\(index)].id: duplicate rule id \"\(rule.id)\"")
            }
            guard RuleRegistry.ruleType(for: rule.id) != nil else {
                let known = RuleRegistry.all.map { $0.id }.joined(separator: ", ")
                throw CatalogueError(path: path, message: "rules[\(index)].id: expected one of \(known), got \"\(rule.id)\"")
            }
        }
        let shared = file.sharedVocabulary ?? [:]
        self.rules = file.rules.map { rule in
            var rule = rule
            rule.vocabulary.merge(shared) { own, _ in own }
            return rule
        }
    }

    public static func load(path: String, includingExamples: Bool = false) throws(CatalogueError) -> RuleCatalogue {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CatalogueError(path: path, message: "cannot be read")
        }
        return try RuleCatalogue(json: Array(data), path: path, includingExamples: includingExamples)
    }

    public func rule(_ id: String) -> RuleDescription? {
        rules.first { $0.id == id }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [CodingKey]) -> String {
            var text = ""
            for key in codingPath {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            return text.isEmpty ? "(top level)" : text
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(describe(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(describe(type)), got null"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing (required)"
        case .dataCorrupted(let context):
            if let underlying = context.underlyingError as NSError?,
               let debug = underlying.userInfo[NSDebugDescriptionErrorKey] as? String {
                return "not valid JSON: \(debug)"
            }
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is Severity.Type: "one of info, warning, error"
        case is [Any].Type: "an array"
        default: "\(type)"
        }
    }
}

/// Why a rules catalogue was refused, located by file and JSON path.
public struct CatalogueError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String
    /// The message already names the file and line (a JSON syntax error).
    var located = false

    public var description: String { located ? message : "\(path): \(message)" }
}
