/// One entry of the rule catalogue (`rules.json`): what a rule is, why it exists and how it
/// is tested. The catalogue is data; the checks live in one Swift file per rule.
public struct RuleDescription: Sendable, Codable, Hashable {
    public var id: String
    public var severity: Severity
    public var title: String
    public var description: String
    public var `protocol`: ProtocolCitation
    public var help: String
    /// Named phrase lists the rule's check reads (e.g. "employeeTitles").
    public var vocabulary: [String: [String]]
    public var examples: RuleExamples

    public init(id: String, severity: Severity, title: String, description: String,
                protocol: ProtocolCitation, help: String, vocabulary: [String: [String]],
                examples: RuleExamples) {
        self.id = id
        self.severity = severity
        self.title = title
        self.description = description
        self.protocol = `protocol`
        self.help = help
        self.vocabulary = vocabulary
        self.examples = examples
    }

    private enum CodingKeys: String, CodingKey {
        case id, severity, title, description, `protocol`, help, vocabulary, examples
    }

    /// Examples are decoded only when asked for (explain, the tests): linting never reads them
    /// and decoding their profiles is most of a run's start-up time.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        severity = try container.decode(Severity.self, forKey: .severity)
        title = try container.decode(String.self, forKey: .title)
        description = try container.decode(String.self, forKey: .description)
        `protocol` = try container.decode(ProtocolCitation.self, forKey: .protocol)
        help = try container.decode(String.self, forKey: .help)
        vocabulary = try container.decode([String: [String]].self, forKey: .vocabulary)
        if decoder.userInfo[RuleCatalogue.includeExamples] as? Bool == true {
            examples = try container.decode(RuleExamples.self, forKey: .examples)
        } else {
            examples = RuleExamples(triggering: [], nonTriggering: [])
        }
    }
}

/// The protocol paragraph a rule enforces, quoted.
public struct ProtocolCitation: Sendable, Codable, Hashable {
    /// e.g. "Protocol on Councillor/Officer Relationships (Oakham TC), para (l)"
    public var citation: String
    /// The protocol's own words.
    public var text: String
}

public struct RuleExamples: Sendable, Codable, Hashable {
    public var triggering: [RuleExample]
    public var nonTriggering: [RuleExample]
}

/// A small document on which the rule must (or must not) report. In a triggering example,
/// `↓` marks where the finding starts; it is removed before linting.
public struct RuleExample: Sendable, Codable, Hashable {
    public var document: String
    /// "minutes", "agenda" or "press-release"; detected from the content when absent.
    public var kind: String?
    /// "text" (default), "markdown", "xhtml" or "html".
    public var format: String?
    /// A profile (as in `.councillint.json`) to lint with.
    public var profile: JSONValue?
    /// Why this example is here: the trap it guards or the form it shows.
    public var note: String?
}
