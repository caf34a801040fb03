/// What the minutes or agenda record about the meeting's people: attendance, declarations,
/// dispensations and who took part in which item.
public struct MeetingRecord: Sendable {
    public let directory: MemberDirectory
    /// Councillor mentions per sentence (index = sentence index).
    public let mentions: [[MemberMention]]
    public let attendance: Attendance
    /// The declarations-of-interest item, when the document has one.
    public let declarationsItem: Int?
    /// Whether some item or heading is about declarations of interest, even where the item
    /// itself was not recognised ("4         To Report Declarations of Interest").
    public let hasDeclarationsHeading: Bool
    /// Whether the document records the outcome of declarations (a declaration or a nil return).
    public let declarationsRecorded: Bool
    public let declarations: [Declaration]
    public let dispensations: [Dispensation]
    public let participation: [Participation]
    public let abstentions: [Abstention]
    /// An Annual Parish (Town) Meeting: a meeting of the electors, not of the council.
    public let isMeetingOfElectors: Bool

    private static let electorsMeetings = PhraseMatcher([
        "annual parish meeting", "annual town meeting", "annual meeting of electors", "annual meeting of the electors",
        "meeting of the electors", "meeting of electors", "parish assembly", "annual parish assembly", "annual assembly",
        "annual village meeting",
    ])

    /// Whether a dispensation lets `member` take part in item `item`.
    public func hasDispensation(_ member: Int, item: Int) -> Bool {
        dispensations.contains { ($0.members?.contains(member) ?? true) && ($0.items?.contains(item) ?? true) }
    }

    /// `mentions` are the councillor mentions of each sentence. The proceedings (attendance,
    /// who took part and who abstained) are read only with `readsProceedings`: only minutes
    /// record them, and only the checks of minutes ask.
    static func read(_ text: DocumentText, mentions: [[MemberMention]], knownMembers: [(name: String, aliases: [String])],
                     readsProceedings: Bool) -> MeetingRecord {
        var directory = MemberDirectory(known: knownMembers)
        directory.learn(mentions.joined())
        let attendance = readsProceedings ? AttendanceReader.read(text, mentions: mentions, directory: directory) : Attendance()
        let declarationsItem = text.items.firstIndex { item in
            text.sentences(of: item).prefix(2).contains(where: DeclarationReader.opensDeclarationsItem)
        }
        let declarations = DeclarationReader.declarations(in: text, mentions: mentions, directory: directory,
                                                          declarationsItem: declarationsItem)
        let nilReturn = declarationsItem.map { index in
            text.sentences(of: text.items[index]).contains(where: DeclarationReader.isNilReturn)
        } ?? false
        let (acts, abstentions) = readsProceedings
            ? ParticipationReader.read(text, mentions: mentions, initials: text.sentences.map { MemberDirectory.initialsMentions(in: $0) },
                                       directory: directory, attendance: attendance)
            : ([], [])
        let headed = declarationsItem != nil || text.sentences.contains { sentence in
            DeclarationReader.opensDeclarationsItem(sentence)
                && DeclarationReader.declarationsItemPhrases.firstMatch(in: sentence.words).map { $0.wordRange.lowerBound <= 3 } == true
        }
        return MeetingRecord(directory: directory, mentions: mentions, attendance: attendance,
                             declarationsItem: declarationsItem, hasDeclarationsHeading: headed,
                             declarationsRecorded: nilReturn || !declarations.isEmpty,
                             declarations: declarations,
                             dispensations: DeclarationReader.dispensations(in: text, mentions: mentions, directory: directory),
                             participation: acts, abstentions: abstentions,
                             isMeetingOfElectors: text.sentences.prefix(8).contains { electorsMeetings.contains(in: $0.words) })
    }
}
