/// Where a rule reports, in terms of the document model.
public enum ViolationLocation: Sendable, Hashable {
    /// Words `words` of sentence `sentence`.
    case words(sentence: Int, words: Range<Int>)
    /// A whole sentence.
    case sentence(Int)
    /// The document as a whole (reported at its first line).
    case document
}

/// What a rule found, before the linter turns it into a located `Finding`.
public struct Violation: Sendable, Hashable {
    public var location: ViolationLocation
    public var message: String
    /// A severity other than the rule's default, for weaker evidence (e.g. an unspecified interest).
    public var severity: Severity?

    public init(_ location: ViolationLocation, message: String, severity: Severity? = nil) {
        self.location = location
        self.message = message
        self.severity = severity
    }
}

/// One check. A rule is built once per run from its catalogue entry (so vocabulary is compiled
/// once) and then reads analysed documents; it never reads bytes or re-parses structure.
public protocol Rule: Sendable {
    static var id: String { get }
    init(description: RuleDescription)
    func check(_ document: AnalysedDocument) -> [Violation]
    /// Notes about the whole run, once (e.g. a check inactive for lack of a profile).
    /// `lintedKinds`: the kinds of document the run read, so a note is given only where it matters.
    func runNotes(hasProfile: Bool, lintedKinds: Set<DocumentKind>) -> [String]
}

extension Rule {
    public func runNotes(hasProfile: Bool, lintedKinds: Set<DocumentKind>) -> [String] { [] }
}

extension RuleDescription {
    /// The phrases of vocabulary list `name` compiled for matching (empty when absent).
    public func phrases(_ name: String) -> PhraseMatcher {
        PhraseMatcher(vocabulary[name] ?? [])
    }

    /// The words of vocabulary list `name`, as a set to ask about words of a text.
    func words(_ name: String) -> WordSet {
        WordSet(vocabulary[name] ?? [])
    }

    /// The words of several vocabulary lists, as one set.
    func words(_ names: [String]) -> WordSet {
        WordSet(names.flatMap { vocabulary[$0] ?? [] })
    }
}

extension PartyReferenceFinder {
    /// The party finder configured by a rule's vocabulary lists of the same names.
    init(_ description: RuleDescription) {
        func list(_ name: String) -> [String] { description.vocabulary[name] ?? [] }
        self.init(partyNames: list("partyNames"), capitalisedNames: list("capitalisedPartyNames"),
                  ambiguousNames: list("ambiguousPartyNames"), politicalNouns: list("politicalNouns"),
                  groupPhrases: list("groupPhrases"), campaignPhrases: list("campaignPhrases"),
                  memberVoicePhrases: list("memberVoicePhrases"), notPolitical: list("notPolitical"))
    }
}
