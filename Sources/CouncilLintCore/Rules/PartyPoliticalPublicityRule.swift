/// Local Government Act 1986 s.2 and the borough protocol §15: council publicity is never
/// party political. Reports a press release that promotes or attacks a party or group ("the
/// Liberal Democrat administration", "my group", "the opposition") or campaigns for votes, in
/// its own words or in a quote. A party describing a person ("Labour councillor Anita Shah"),
/// the homographs of party names, and the factual notices of an election are not reported.
public struct PartyPoliticalPublicityRule: Rule {
    public static let id = "party-political-publicity"

    private let parties: PartyReferenceFinder
    private let electionCues: PhraseMatcher

    public init(description: RuleDescription) {
        parties = PartyReferenceFinder(description)
        electionCues = description.phrases("electionConductCues")
    }

    public func check(_ document: AnalysedDocument) -> [Violation] {
        guard document.kind == .pressRelease, let release = document.pressRelease else { return [] }
        let electionNotice = release.concernsElection(cues: electionCues, in: document.text)
        var reportedBlocks: Set<Int> = []
        var violations: [Violation] = []
        for sentence in document.text.sentences where release.isRelease(sentence.index) {
            for reference in parties.references(in: sentence) {
                let quoted = release.isQuoted(sentence, word: reference.wordRange.lowerBound)
                // A notice of election lists candidates and their parties as a matter of fact.
                if electionNotice && !quoted { continue }
                switch reference.form {
                case .memberVoice:
                    guard quoted, release.speaker(of: sentence.index)?.isPolitical == true else { continue }
                case .party, .group:
                    if release.describesPerson(sentence: sentence.index, words: reference.wordRange, in: document.text) { continue }
                case .campaign:
                    break
                }
                guard reportedBlocks.insert(sentence.blockIndex).inserted else { break }
                violations.append(Violation(.words(sentence: sentence.index, words: reference.wordRange),
                                            message: message(for: reference, in: sentence, quoted: quoted)))
                break
            }
        }
        return violations
    }

    private func message(for reference: PartyReference, in sentence: Sentence, quoted: Bool) -> String {
        let words = sentence.words
        let phrase = sentence.blockText.utf8Slice(words[reference.wordRange.lowerBound].range.lowerBound..<words[reference.wordRange.upperBound - 1].range.upperBound)
        let place = quoted ? "a quote in the release" : "the release"
        switch reference.form {
        case .campaign:
            return "\(place) uses campaigning language ('\(phrase)'): council publicity must not seek to influence voters"
        case .party, .group, .memberVoice:
            return "\(place) refers to a party or political group ('\(phrase)'): council publicity must not promote or attack a party"
        }
    }
}
