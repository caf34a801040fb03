/// Oakham TC protocol paras (h) and (i): employees act on resolutions, not on an individual
/// councillor's instruction. Reports a record of a councillor instructing, directing or
/// telling an employee to act; the council resolving to instruct the Clerk is clean.
public struct CouncillorInstructingStaffRule: Rule {
    public static let id = "councillor-instructing-staff"

    private let instructionVerbs: Set<String>
    private let directionNouns: Set<String>
    private let officeHolders: PhraseMatcher

    public init(description: RuleDescription) {
        instructionVerbs = Set(description.vocabulary["instructionVerbs"] ?? [])
        directionNouns = Set(description.vocabulary["directionNouns"] ?? [])
        officeHolders = description.phrases("officeHolders")
    }

    public func check(_ document: AnalysedDocument) -> [Violation] {
        guard document.kind == .minutes || document.kind == .agenda else { return [] }
        var violations: [Violation] = []
        for sentence in document.text.sentences {
            let staff = document.staffReferences[sentence.index].filter { !$0.isPronoun || !$0.isPossessive }
            guard !staff.isEmpty else { continue }
            let councillors = document.meeting.mentions[sentence.index].map(\.wordRange)
                + officeHolders.matches(in: sentence.words).map(\.wordRange)
            guard !councillors.isEmpty else { continue }
            if let span = instruction(in: sentence, councillors: councillors, staff: staff) {
                violations.append(Violation(.words(sentence: sentence.index, words: span),
                                            message: "the record shows an individual councillor instructing \(label(of: staff[0])); employees act on the council's resolutions"))
            }
        }
        return violations
    }

    /// The words recording an instruction: "Cllr X instructed the Clerk", "at Cllr X's
    /// direction the Groundsman", "the Clerk was instructed by Cllr X".
    private func instruction(in sentence: Sentence, councillors: [Range<Int>], staff: [StaffReference]) -> Range<Int>? {
        let words = sentence.words
        for (index, word) in words.enumerated() where instructionVerbs.contains(word.lower) {
            // Passive without an agent ("the Clerk be instructed to") is the council speaking.
            let previous = index > 0 ? words[index - 1].lower : ""
            let passive = ["be", "was", "were", "is", "been", "being", "are"].contains(previous)
            if passive {
                guard index + 1 < words.count, words[index + 1].lower == "by",
                      let councillor = councillors.first(where: { $0.lowerBound == index + 2 || $0.lowerBound == index + 3 }),
                      let employee = staff.last(where: { $0.wordRange.upperBound <= index }) else { continue }
                return employee.wordRange.lowerBound..<councillor.upperBound
            }
            guard let councillor = councillors.last(where: { $0.upperBound <= index && index - $0.upperBound <= 2 }),
                  let employee = staff.first(where: { $0.wordRange.lowerBound > index && $0.wordRange.lowerBound - index <= 1 })
            else { continue }
            return councillor.lowerBound..<employee.wordRange.upperBound
        }
        for (index, word) in words.enumerated() where directionNouns.contains(word.lower) {
            // "at Cllr Dray's direction", "on the instructions of Cllr Hale", "on Cllr Hale's instruction".
            let possessor = councillors.first { $0.upperBound == index && words[index - 1].lower.hasSuffix("'s") }
            let ofCouncillor = index + 2 < words.count && words[index + 1].lower == "of"
                ? councillors.first { $0.lowerBound == index + 2 } : nil
            guard let councillor = possessor ?? ofCouncillor,
                  let employee = staff.first(where: { abs($0.wordRange.lowerBound - index) <= 8 }) else { continue }
            return min(councillor.lowerBound, employee.wordRange.lowerBound)..<max(councillor.upperBound, employee.wordRange.upperBound)
        }
        return nil
    }

    private func label(of reference: StaffReference) -> String {
        reference.label.hasPrefix("The ") ? "the" + reference.label.dropFirst(3) : reference.label
    }
}
