/// Localism Act 2011 s.31(4): a member with a disclosable pecuniary interest may not take part
/// in the discussion or vote; the Model Code and older codes extend that to prejudicial and to
/// other or non-registrable interests that directly relate to the item. Reports a member who
/// declared such an interest in an item (or said they would leave) and is then recorded
/// proposing, seconding, speaking or voting on it, including a unanimous vote while present.
public struct ParticipationDespiteInterestRule: Rule {
    public static let id = "participation-despite-interest"

    public init(description: RuleDescription) {}

    public func check(_ document: AnalysedDocument) -> [Violation] {
        guard document.kind == .minutes else { return [] }
        let meeting = document.meeting
        var violations: [Violation] = []
        var reported = Set<[Int]>()
        for declaration in meeting.declarations {
            let bars = declaration.category.barsParticipation || declaration.withdraws
            let unspecified = declaration.category == .unspecified && !declaration.withdraws
            guard bars || unspecified, !declaration.staysByRight, !declaration.hasDispensation else { continue }
            for item in declaration.items where !meeting.hasDispensation(declaration.member, item: item) {
                guard reported.insert([declaration.member, item]).inserted,
                      let act = firstParticipation(of: declaration, in: item, document: document) else { continue }
                violations.append(Violation(.words(sentence: act.sentenceIndex, words: act.wordRange),
                                            message: message(declaration, act, document: document),
                                            severity: unspecified ? .warning : nil))
            }
        }
        return violations
    }

    private func firstParticipation(of declaration: Declaration, in item: Int, document: AnalysedDocument) -> Participation? {
        let meeting = document.meeting
        let abstained = meeting.abstentions.contains { $0.member == declaration.member && $0.item == item }
        return meeting.participation.first { act in
            guard act.member == declaration.member, act.item == item else { return false }
            if act.act.isInferred {
                return !abstained && !document.wasOut(declaration.member, forVoteAt: act.sentenceIndex, inItem: item,
                                                    saidTheyWouldLeave: declaration.withdraws)
            }
            return true
        }
    }

    private static func article(_ word: String) -> String {
        word.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    }

    private func message(_ declaration: Declaration, _ act: Participation, document: AnalysedDocument) -> String {
        let name = document.meeting.directory.identities[declaration.member].displayName
        let interest = declaration.category == .unspecified ? "an interest" : "\(Self.article(declaration.category.rawValue)) \(declaration.category.rawValue) interest"
        let item = document.text.items[act.item].label.map { "item \($0)" } ?? "this item"
        let line = document.document.blocks[document.text.sentences[declaration.sentenceIndex].blockIndex]
            .position(atUTF8Offset: document.text.sentences[declaration.sentenceIndex].range.lowerBound).line
        let verb: String
        switch act.act {
        case .proposed: verb = "proposed it"
        case .seconded: verb = "seconded it"
        case .moved: verb = "moved it"
        case .spoke: verb = "spoke on it"
        case .votedFor, .votedAgainst: verb = "voted on it"
        case .unanimousVote: verb = "is counted in a unanimous decision on it without being recorded as leaving"
        }
        return "\(name) declared \(interest) in \(item) (line \(line)) but \(verb)"
    }
}
