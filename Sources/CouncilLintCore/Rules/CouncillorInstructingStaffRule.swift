/// Oakham TC protocol paras (h) and (i): employees act on resolutions, not on an individual
/// councillor's instruction. Reports a record of a councillor instructing, directing or
/// telling an employee to act; the council resolving to instruct the Clerk is clean.
public struct CouncillorInstructingStaffRule: Rule {
    public static let id = "councillor-instructing-staff"

    private let instructionVerbs: WordSet
    /// Verbs that instruct only with "to" after the employee ("told the Handyman to repaint").
    private let tellingVerbs: WordSet
    private let directionNouns: WordSet
    private let officeHolders: PhraseMatcher
    /// The three lists together: a sentence with none of their words instructs no one.
    private let instructionWords: WordSet
    private let agentPronouns: WordSet = ["he", "she"]
    private let possessivePronouns: WordSet = ["his", "her"]
    private let passiveAuxiliaries: WordSet = ["be", "was", "were", "is", "been", "being", "are"]

    public init(description: RuleDescription) {
        instructionVerbs = description.words("instructionVerbs")
        tellingVerbs = description.words("tellingVerbs")
        directionNouns = description.words("directionNouns")
        officeHolders = description.phrases("officeHolders")
        instructionWords = description.words(["instructionVerbs", "tellingVerbs", "directionNouns"])
    }

    public func check(_ document: AnalysedDocument) -> [Violation] {
        guard document.kind == .minutes || document.kind == .agenda else { return [] }
        var violations: [Violation] = []
        for sentence in document.text.sentences {
            let staff = document.staffReferences[sentence.index].filter { !$0.isWeak }
            guard !staff.isEmpty, sentence.words.contains(where: { instructionWords.contains($0) }) else { continue }
            let councillors = (document.meeting.mentions[sentence.index].map(\.wordRange)
                + officeHolders.matches(in: sentence.words).map(\.wordRange)).sorted { $0.lowerBound < $1.lowerBound }
            guard let firstCouncillor = councillors.first else { continue }
            if let (span, employee) = instruction(in: sentence, councillors: councillors, firstCouncillor: firstCouncillor, staff: staff) {
                violations.append(Violation(.words(sentence: sentence.index, words: span),
                                            message: "the record shows an individual councillor instructing \(label(of: employee)); employees act on the council's resolutions"))
            }
        }
        return violations
    }

    /// Councillors, and "he"/"she" standing for the councillor named earlier in the sentence
    /// ("Cllr Yeo said that he had instructed the Clerk") when no employee is named in between.
    private func agents(in sentence: Sentence, councillors: [Range<Int>], staff: [StaffReference]) -> [Range<Int>] {
        var found = councillors
        for (index, word) in sentence.words.enumerated() where agentPronouns.contains(word) {
            guard let councillor = councillors.last(where: { $0.upperBound <= index }),
                  !staff.contains(where: { !$0.isPronoun && $0.wordRange.lowerBound >= councillor.upperBound && $0.wordRange.lowerBound <= index })
            else { continue }
            found.append(index..<index + 1)
        }
        return found
    }

    private func instruction(in sentence: Sentence, councillors: [Range<Int>], firstCouncillor: Range<Int>,
                             staff: [StaffReference]) -> (Range<Int>, StaffReference)? {
        let words = sentence.words
        let agents = agents(in: sentence, councillors: councillors, staff: staff)
        for (index, word) in words.enumerated() where instructionVerbs.contains(word) || tellingVerbs.contains(word) {
            if index > 0, passiveAuxiliaries.contains(words[index - 1]) {
                // "the Caretaker was told by Cllr Patel": passive with a councillor agent only.
                guard index + 1 < words.count, words[index + 1].lower == "by",
                      let councillor = councillors.first(where: { $0.lowerBound == index + 2 || $0.lowerBound == index + 3 }),
                      let employee = staff.last(where: { $0.wordRange.upperBound <= index && !$0.isPossessive })
                else { continue }
                return (employee.wordRange.lowerBound..<councillor.upperBound, employee)
            }
            // The employee is the verb's object: "instructed the Clerk", "instructing her".
            guard let employee = staff.first(where: { $0.wordRange.lowerBound == index + 1 && (!$0.isPronoun || words[index + 1].lower != "his") })
            else { continue }
            if tellingVerbs.contains(word) {
                // "told the Handyman to repaint", "told the Parks Operative, Mr Barratt, to take down".
                let after = words[employee.wordRange.upperBound..<min(words.count, employee.wordRange.upperBound + 5)]
                guard let to = after.firstIndex(where: { $0.lower == "to" || $0.lower == "not" }),
                      to == employee.wordRange.upperBound || words[employee.wordRange.upperBound - 1].gapAfter.contains(.comma)
                else { continue }
            }
            // The agent is close before the verb ("Cllr Morris instructed", "he had already told"),
            // or further back when the employee named in between is the pronoun's antecedent
            // ("Cllr Stroud had emailed the Events Officer instructing her").
            let reach = employee.isPronoun ? 8 : 3
            guard let agent = agents.filter({ $0.upperBound <= index && index - $0.upperBound <= reach }).max(by: { $0.upperBound < $1.upperBound })
            else { continue }
            return (agent.lowerBound..<employee.wordRange.upperBound, employee)
        }
        for (index, word) in words.enumerated() where directionNouns.contains(word) {
            // "at Cllr Dray's direction", "on the instructions of Cllr Hale", "on her instructions".
            let possessor = councillors.first { $0.upperBound == index && words[index - 1].isPossessive }
            let ofCouncillor = index + 2 < words.count && words[index + 1].lower == "of" ? councillors.first { $0.lowerBound == index + 2 } : nil
            let pronoun = index > 0 && possessivePronouns.contains(words[index - 1]) && firstCouncillor.upperBound < index
                && !staff.contains(where: { $0.wordRange.lowerBound == index - 1 }) ? (index - 1)..<index : nil
            guard let councillor = possessor ?? ofCouncillor ?? pronoun,
                  let employee = staff.first(where: { !$0.isPossessive && $0.wordRange.lowerBound > index && $0.wordRange.lowerBound - index <= 8 })
            else { continue }
            return (min(councillor.lowerBound, employee.wordRange.lowerBound)..<max(councillor.upperBound, employee.wordRange.upperBound), employee)
        }
        return nil
    }

    private func label(of reference: StaffReference) -> String {
        reference.label.hasPrefix("The ") ? "the" + reference.label.dropFirst(3) : reference.label
    }
}
