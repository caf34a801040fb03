/// Minutes and agendas must have a declarations-of-interest item (Localism Act 2011 s.31;
/// standing orders). A nil return ("None") counts; an Annual Parish Meeting, a meeting of
/// electors rather than of the council, needs none.
public struct MissingDeclarationsItemRule: Rule {
    public static let id = "missing-declarations-item"
    public init(description: RuleDescription) {}

    public func check(_ document: AnalysedDocument) -> [Violation] {
        guard document.kind == .minutes || document.kind == .agenda else { return [] }
        let meeting = document.meeting
        if meeting.hasDeclarationsHeading || meeting.declarationsRecorded || meeting.isMeetingOfElectors { return [] }
        let subject = document.kind == .agenda ? "the agenda has" : "the minutes have"
        return [Violation(.document, message: "\(subject) no item for declarations of interest")]
    }
}
