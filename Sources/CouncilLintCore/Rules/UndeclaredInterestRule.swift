/// Localism Act 2011 s.31 and Oakham TC protocol para (j): a member whose registered interest
/// (profile `interests[].matches`) an item engages must declare it. Reports a present member
/// who takes part in such an item with no declaration for it.
public struct UndeclaredInterestRule: Rule {
    public static let id = "undeclared-interest"
    private let employmentMatters: PhraseMatcher

    public init(description: RuleDescription) {
        employmentMatters = description.phrases("employmentMatters")
    }

    public func runNotes(hasProfile: Bool, lintedKinds: Set<DocumentKind>) -> [String] {
        !hasProfile && lintedKinds.contains(.minutes) ? ["no council profile: the register-of-interests check (undeclared-interest) is inactive; run 'councillint init' to create one"] : []
    }

    public func check(_ document: AnalysedDocument) -> [Violation] {
        guard document.kind == .minutes, !document.meeting.isMeetingOfElectors, let profile = document.profile else { return [] }
        let meeting = document.meeting
        let employeeWords = StaffReferenceFinder(employeeNames: profile.employees.map(\.name))
        var violations: [Violation] = []
        for interest in profile.interests {
            guard let member = meeting.directory.identity(named: interest.member) else { continue }
            let matcher = PhraseMatcher(interest.matches)
            let concernsEmployee = interest.matches.contains { phrase in
                employeeWords.isEmployeeReference(phrase)
            }
            for (index, item) in document.text.items.enumerated() {
                let sentences = document.text.sentences(of: item)
                guard sentences.contains(where: { matcher.contains(in: $0.words) }) else { continue }
                if concernsEmployee, !sentences.contains(where: { employmentMatters.contains(in: $0.words) }) { continue }
                if meeting.declarations.contains(where: { $0.member == member && $0.items.contains(index) }) { continue }
                if meeting.attendance.apologies.contains(member) || meeting.attendance.absent.contains(member) { continue }
                let engaged = sentences.first { matcher.contains(in: $0.words) }?.index ?? item.sentences.lowerBound
                guard let act = participation(of: member, in: index, from: engaged, document: document) else { continue }
                let name = meeting.directory.identities[member].displayName
                let label = item.label.map { "item \($0)" } ?? "this item"
                let what = interest.description.map { " (\($0))" } ?? ""
                violations.append(Violation(.words(sentence: act.sentenceIndex, words: act.wordRange),
                                            message: "\(name) has a registered \(interest.category.rawValue) interest\(what) engaged by \(label) but took part with no declaration recorded",
                                            severity: interest.category == .nonRegistrable ? .warning : nil))
            }
        }
        return violations
    }

    /// The member's part in the item, preferring what follows the words that engage the
    /// interest (a planning list takes each application in turn).
    private func participation(of member: Int, in item: Int, from engaged: Int, document: AnalysedDocument) -> Participation? {
        let meeting = document.meeting
        let abstained = meeting.abstentions.contains { $0.member == member && $0.item == item }
        let acts = meeting.participation.filter { act in
            act.member == member && act.item == item
                && (!act.act.isInferred || (!abstained && !document.wasOut(member, forVoteAt: act.sentenceIndex, inItem: item, saidTheyWouldLeave: false)))
        }
        return acts.first { $0.sentenceIndex >= engaged } ?? acts.first
    }
}
