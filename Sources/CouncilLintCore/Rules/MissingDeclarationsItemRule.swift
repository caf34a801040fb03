/// Minutes and agendas must have a declarations-of-interest item (Localism Act 2011 s.31;
/// standing orders). A nil return ("None") counts; an Annual Parish Meeting, a meeting of
/// electors rather than of the council, needs none.
public struct MissingDeclarationsItemRule: Rule {
    public static let id = "missing-declarations-item"
    private let electorsMeetings: PhraseMatcher

    public init(description: RuleDescription) {
        electorsMeetings = description.phrases("electorsMeetings")
    }

    public func check(_ document: AnalysedDocument) -> [Violation] {
        guard document.kind == .minutes || document.kind == .agenda else { return [] }
        let meeting = document.meeting
        if meeting.hasDeclarationsHeading || meeting.declarationsRecorded { return [] }
        let opening = document.text.sentences.prefix(8)
        if opening.contains(where: { electorsMeetings.contains(in: $0.words) }) { return [] }
        let subject = document.kind == .agenda ? "the agenda has" : "the minutes have"
        return [Violation(.document, message: "\(subject) no item for declarations of interest")]
    }
}
