/// Tells minutes, agendas and press releases apart from their content, never their file name:
/// each kind has signal phrases, weighted more in the opening sentences where titles sit.
enum DocumentKindClassifier {
    /// The signals of minutes, of agendas and of press releases (groups 0, 1 and 2), counted
    /// in one pass over each sentence.
    private static let signals = PhraseMatcher(groups: [
        [
            "minutes of the", "minutes of a", "minutes of an", "draft minutes", "unconfirmed minutes", "unapproved minutes",
            "present", "it was resolved", "resolved", "apologies were received", "apologies received", "meeting closed",
            "meeting ended", "closed the meeting", "proposed by", "seconded by", "carried", "agreed by all", "all agreed",
            "were noted", "was noted", "it was agreed", "declared an interest", "declared a", "were received and accepted",
            "in attendance", "members of the public present", "signed", "chairman's signature", "the clerk reported",
            "meeting opened", "was approved", "were approved", "the chair welcomed", "unanimously",
        ],
        [
            "agenda", "hereby summoned", "you are summoned", "are summoned", "summons", "notice of meeting",
            "notice is hereby given", "business to be transacted", "to receive", "to consider", "to approve", "to note",
            "to resolve", "to agree", "to discuss", "to confirm", "to receive and note", "to decide", "public participation",
            "members are reminded", "date of next meeting", "agenda item", "items for the next agenda", "to be held",
        ],
        [
            "press release", "news release", "media release", "for immediate release", "immediate release", "notes to editors",
            "note to editors", "notes for editors", "editor's notes", "editors' notes", "media enquiries", "media contact",
            "press office", "press enquiries", "embargoed", "embargo", "press and media statement", "ends", "-ends-",
            "for further information", "for more information", "pictured", "photo", "said", "says", "commented", "added",
            "spokesperson", "news", "issued by",
        ],
    ])

    private static let minutesTitles = PhraseMatcher([
        "minutes of", "draft minutes", "unconfirmed minutes", "unapproved minutes", "approved minutes", "signed minutes",
    ])
    private static let agendaTitles = PhraseMatcher([
        "summoned", "summons", "notice of meeting", "notice is hereby given",
    ])

    static func classify(_ text: DocumentText, blocks: [Block]) -> DocumentKind {
        var scores = [0.0, 0.0, 0.0]
        for sentence in text.sentences {
            let weight = sentence.index < 6 ? 4.0 : 1.0
            signals.forEachGroupMatch(in: sentence.words) { group, _ in scores[group] += weight }
        }
        var (minutes, agenda, press) = (scores[0], scores[1], scores[2])
        // A release's end marker ("ENDS", "-ENDS-" on its own line) is the convention of no other kind.
        if text.sentences.contains(where: { PressReleaseLayout.isEndMarker($0.words) }) { press += 10 }
        let opening = Array(text.sentences.prefix(8))
        let minutesTitle = opening.contains { minutesTitles.contains(in: $0.words) }
        // "AGENDA" as a title stands nearly alone; prose that mentions agendas is not one.
        let agendaTitle = opening.contains { sentence in
            agendaTitles.contains(in: sentence.words) || (sentence.words.count <= 6 && sentence.words.contains { $0.lower == "agenda" })
        }
        if minutesTitle && !agendaTitle { minutes += 20 }
        if agendaTitle && !minutesTitle { agenda += 20 }
        let best = max(minutes, agenda, press)
        guard best >= 4 else { return .unknown }
        if best == press { return .pressRelease }
        // Minutes and agendas are made of items; prose that only talks about them is neither.
        guard text.items.count >= 2 || minutesTitle || agendaTitle else { return .unknown }
        if best == minutes { return .minutes }
        return .agenda
    }
}
