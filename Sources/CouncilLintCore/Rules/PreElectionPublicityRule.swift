/// Borough protocol §17 and the Code of Recommended Practice on Local Authority Publicity,
/// para 34: between the notice of an election and polling day, council publicity must not deal
/// with controversial issues or identify views or proposals with individual members or groups.
/// Reports, in a release issued inside a profile election's pre-election period, each member
/// or candidate quoted, pictured or named, each paragraph naming a party or group, and each
/// profile `controversialTopics` subject it deals with. Officer-only factual releases and the
/// notices of the election itself (candidates, wards and parties; polling stations; voter ID)
/// are clean.
public struct PreElectionPublicityRule: Rule {
    public static let id = "pre-election-publicity"

    private let parties: PartyReferenceFinder
    private let electionCues: PhraseMatcher

    public init(description: RuleDescription) {
        parties = PartyReferenceFinder(description)
        electionCues = description.phrases("electionConductCues")
    }

    public func runNotes(hasProfile: Bool, lintedKinds: Set<DocumentKind>) -> [String] {
        !hasProfile && lintedKinds.contains(.pressRelease) ? ["no council profile: the pre-election publicity check (pre-election-publicity) is inactive; list the council's elections in the profile ('councillint init' creates one)"] : []
    }

    public func check(_ document: AnalysedDocument) -> [Violation] {
        guard document.kind == .pressRelease, let release = document.pressRelease, let issued = release.issueDate,
              let period = document.profile?.elections.map(\.period).first(where: { $0.contains(issued) }) else { return [] }
        let when = "issued \(issued.iso), inside the pre-election period of \(period.name) (\(period.start.iso) to polling day \(period.pollingDay.iso))"
        let text = document.text
        var violations: [Violation] = []
        var reported: Set<String> = []
        var passages: Set<Int> = []

        for quote in release.quotes where quote.speaker.isPolitical {
            let speaker = quote.speaker
            passages.formUnion(quote.sentences + [quote.attributionSentence])
            guard reported.insert(speaker.personKey).inserted else { continue }
            violations.append(Violation(.words(sentence: quote.attributionSentence, words: quote.attributionWords),
                                        message: "the release quotes \(speaker.displayName); \(when)"))
        }
        for caption in release.captions {
            guard let person = caption.people.first(where: \.isPolitical) else { continue }
            let start = person.sentenceIndex == caption.sentences.lowerBound ? 0 : person.wordRange.lowerBound
            violations.append(Violation(.words(sentence: person.sentenceIndex, words: start..<person.wordRange.upperBound),
                                        message: "a photo caption pictures \(person.displayName); \(when)"))
        }
        let electionNotice = release.concernsElection(cues: electionCues, in: text)
        if !electionNotice {
            for person in release.people where person.kind == .member && person.isNamed {
                guard reported.insert(person.personKey).inserted else { continue }
                passages.insert(person.sentenceIndex)
                violations.append(Violation(.words(sentence: person.sentenceIndex, words: person.wordRange),
                                            message: "the release names \(person.displayName) in a way that identifies the council's work with them; \(when)"))
            }
            var reportedBlocks: Set<Int> = []
            for sentence in text.sentences where release.isRelease(sentence.index) && !passages.contains(sentence.index) {
                guard let reference = parties.references(in: sentence).first(where: { $0.form != .memberVoice }),
                      reportedBlocks.insert(sentence.blockIndex).inserted else { continue }
                violations.append(Violation(.words(sentence: sentence.index, words: reference.wordRange),
                                            message: "the release names a party or political group; \(when)"))
            }
        }
        violations += controversialTopics(in: document, release: release, when: when)
        return violations
    }

    /// A topic the release deals with: in its headline, its opening paragraph, or more than one sentence.
    private func controversialTopics(in document: AnalysedDocument, release: PressRelease, when: String) -> [Violation] {
        let topics = TopicMatcher(document.profile?.controversialTopics ?? [])
        guard !topics.isEmpty else { return [] }
        let sentences = document.text.sentences.filter { release.isRelease($0.index) }
        let lead = sentences.first { release.parts[$0.index] == .body && $0.words.count >= 12 }?.blockIndex
        let matches = topics.matches(in: sentences)
        var violations: [Violation] = []
        for topic in Set(matches.map(\.topic)).sorted() {
            let found = matches.filter { $0.topic == topic }
            let inHeadline = found.first { release.parts[$0.sentenceIndex] == .headline }
            let inLead = found.first { document.text.sentences[$0.sentenceIndex].blockIndex == lead }
            guard let at = inHeadline ?? inLead ?? (found.count >= 2 ? found.first : nil) else { continue }
            violations.append(Violation(.words(sentence: at.sentenceIndex, words: at.wordRange),
                                        message: "the release deals with \(topic), which the council has declared controversial; \(when)"))
        }
        return violations
    }
}
