/// Oakham TC protocol para (l): no conduct or capability matter of an employee at a meeting
/// held in public. Reports a sentence in the public part of minutes (or of an agenda) that
/// ties an identifiable employee to an individual employment matter.
public struct StaffCapabilityInPublicRule: Rule {
    public static let id = "staff-capability-in-public"

    private let individualMatters: PhraseMatcher
    private let contextualMatters: PhraseMatcher
    private let substanceCues: PhraseMatcher
    private let policyWords: WordSet
    private let redirectCues: PhraseMatcher
    private let neutralMatters: Set<String>
    private let linkBreakers: WordSet
    private let linkingVerbs: WordSet
    private let linkingPrepositions: WordSet
    /// Things done to an employee ("dismissed"), which only link in the passive.
    private let actionsOnEmployees: WordSet
    private let passiveAuxiliaries: WordSet = ["be", "been", "being", "was", "were", "is", "are", "got", "get", "gets", "getting"]

    public init(description: RuleDescription) {
        individualMatters = description.phrases("individualMatters")
        contextualMatters = description.phrases("contextualMatters")
        substanceCues = description.phrases("substanceCues")
        policyWords = description.words("policyWords")
        redirectCues = description.phrases("redirectCues")
        neutralMatters = Set(description.vocabulary["neutralMatters"] ?? [])
        linkBreakers = description.words("linkBreakers")
        linkingVerbs = description.words("linkingVerbs")
        linkingPrepositions = description.words("linkingPrepositions")
        actionsOnEmployees = description.words("actionsOnEmployees")
    }

    public func check(_ document: AnalysedDocument) -> [Violation] {
        guard document.kind == .minutes || document.kind == .agenda else { return [] }
        let staff = document.staffReferences
        var violations: [Violation] = []
        for sentence in document.text.sentences where document.session(of: sentence) == .public {
            let references = staff[sentence.index]
            guard !references.isEmpty, !redirectCues.contains(in: sentence.words) else { continue }
            var matters = individualMatters.matches(in: sentence.words)
            if document.kind == .agenda || substanceCues.contains(in: sentence.words) {
                matters += contextualMatters.matches(in: sentence.words)
            }
            var found: (matter: PhraseMatcher.Match, reference: StaffReference)?
            for matter in matters where !isPolicyWork(matter, in: sentence) {
                if let reference = references.first(where: { linked(matter, $0, in: sentence) }) {
                    found = (matter, reference)
                    break
                }
            }
            guard let (matter, reference) = found else { continue }
            if neutralMatters.contains(matter.phrase), isAnsweredWithRedirect(sentence, in: document) { continue }
            let span = min(matter.wordRange.lowerBound, reference.wordRange.lowerBound)..<max(matter.wordRange.upperBound, reference.wordRange.upperBound)
            violations.append(Violation(.words(sentence: sentence.index, words: span),
                                        message: message(matter, reference, sentence: sentence, kind: document.kind)))
        }
        return violations
    }

    /// A bare complaint answered in the next sentence by sending it elsewhere ("the Chair
    /// explained that individual employees could not be discussed in public") is a neutral record.
    private func isAnsweredWithRedirect(_ sentence: Sentence, in document: AnalysedDocument) -> Bool {
        let next = sentence.index + 1
        guard next < document.text.sentences.count,
              document.text.itemOfSentence[next] == document.text.itemOfSentence[sentence.index] else { return false }
        return redirectCues.contains(in: document.text.sentences[next].words)
    }

    /// "Grievance Policy", "Disciplinary and Grievance Procedure": policy work, not a person.
    private func isPolicyWork(_ matter: PhraseMatcher.Match, in sentence: Sentence) -> Bool {
        let after = sentence.words[matter.wordRange.upperBound..<min(sentence.words.count, matter.wordRange.upperBound + 3)]
        return after.contains { policyWords.contains($0) }
    }

    /// Whether the matter is predicated on the employee: "the Clerk's lateness", "complaint
    /// against the Clerk", "the Groundsman had been off sick" — not "the Clerk reported on the
    /// performance of the fund".
    private func linked(_ matter: PhraseMatcher.Match, _ reference: StaffReference, in sentence: Sentence) -> Bool {
        let words = sentence.words
        if reference.isWeak {
            // "his suspension", "her sickness absence": councillors are not suspended or appraised.
            let gap = matter.wordRange.lowerBound - reference.wordRange.upperBound
            return reference.isPossessive && (0...1).contains(gap) && individualMatters.phrases.contains(matter.phrase)
        }
        if reference.wordRange.upperBound <= matter.wordRange.lowerBound {
            let gap = words[reference.wordRange.upperBound..<matter.wordRange.lowerBound]
            let strong = individualMatters.phrases.contains(matter.phrase)
            // "the Officer's report was sloppy" judges the officer; "the Clerk's report on the
            // performance of the fund" does not.
            if reference.isPossessive && strong && gap.count <= 4 && !gap.contains(where: { linkingPrepositions.contains($0) }) { return true }
            if gap.contains(where: { linkBreakers.contains($0) }) { return false }
            if reference.isPossessive && gap.count <= 4 && !gap.contains(where: { linkingVerbs.contains($0) }) { return true }
            // "the Clerk had dismissed the complaint" is the Clerk acting; "had been dismissed" is done to them.
            if matter.wordRange.count == 1, actionsOnEmployees.contains(words[matter.wordRange.lowerBound]),
               !gap.contains(where: { passiveAuxiliaries.contains($0) }) {
                return false
            }
            return gap.count <= 8 && gap.contains(where: { linkingVerbs.contains($0) })
        }
        if matter.wordRange.upperBound <= reference.wordRange.lowerBound {
            // "outside her property": a possessive pronoun after the matter qualifies something else.
            if reference.isPronoun && reference.isPossessive { return false }
            let gap = words[matter.wordRange.upperBound..<reference.wordRange.lowerBound]
            if gap.isEmpty { return true }
            return gap.count <= 4 && gap.contains(where: { linkingPrepositions.contains($0) })
        }
        return false
    }

    private func message(_ matter: PhraseMatcher.Match, _ reference: StaffReference, sentence: Sentence,
                         kind: DocumentKind) -> String {
        let words = sentence.words
        let matterText = String(sentence.blockText.utf8Slice(words[matter.wordRange.lowerBound].range.lowerBound..<words[matter.wordRange.upperBound - 1].range.upperBound)).lowercased()
        var label = reference.label
        if label.hasPrefix("The ") || label.hasPrefix("A ") { label = label.prefix(1).lowercased() + label.dropFirst() }
        let place = kind == .agenda ? "is placed in the public part of the agenda" : "is raised in the public part of the meeting"
        return "an individual employment matter of \(label) (\(matterText)) \(place)"
    }
}
