/// Finds a document's own date: the meeting's date for minutes and agendas, the issue date
/// for a press release; never the next meeting's date or an event mentioned in passing.
enum DocumentDating {
    private static let issueLabels = PhraseMatcher([
        "date", "dated", "issued", "issue date", "published", "release date", "for immediate release", "date of issue",
        "date of release", "embargoed until",
    ])
    private static let otherDateContext = PhraseMatcher([
        "next meeting", "previous meeting", "last meeting", "minutes of the last", "minutes of the previous", "date of next",
        "dates of future", "future meeting", "deadline", "by no later than", "closing date", "until", "agenda published",
    ])
    private static let meetingContext = PhraseMatcher([
        "held", "meeting", "minutes", "summoned", "to be held", "will be held", "take place", "takes place", "commencing",
        "convened",
    ])
    private static let agendaIssueContext = PhraseMatcher(["issued", "dated", "date of publication", "despatched", "published", "circulated"])

    static func date(of text: DocumentText, document: Document, kind: DocumentKind) -> CalendarDate? {
        if let declared = document.declaredDates.lazy.compactMap({ CalendarDate(iso: $0.prefix(10)) }).first {
            return declared
        }
        let candidates = datedSentences(text)
        guard !candidates.isEmpty else { return nil }
        let explicitYears = candidates.compactMap { $0.date.date?.year }
        func resolved(_ recognised: RecognizedDate) -> CalendarDate? {
            if let date = recognised.date { return date }
            for year in Set(explicitYears).sorted() {
                guard let date = CalendarDate(year: year, month: recognised.month, day: recognised.day) else { continue }
                if recognised.statedWeekday == nil || recognised.statedWeekday == date.weekday { return date }
            }
            return nil
        }
        if kind == .pressRelease {
            let labelled = candidates.first { issueLabels.contains(in: $0.sentence.words) && $0.sentence.index < 12 }
            if let labelled, let date = resolved(labelled.date) { return date }
            return candidates.lazy.filter { $0.sentence.index < 8 }.compactMap { resolved($0.date) }.first
                ?? candidates.lazy.compactMap { resolved($0.date) }.first
        }
        // The meeting date sits in the title or summons before the first item; inside items,
        // dates are of other meetings ("the minutes of the meeting held on ...") or events.
        let usable = candidates.filter { candidate in
            !otherDateContext.contains(in: wordsLeading(to: candidate))
                && !(kind == .agenda && agendaIssueContext.contains(in: wordsLeading(to: candidate)))
        }
        let preamble = usable.filter { text.itemOfSentence[$0.sentence.index] == nil }
        let opening = preamble.isEmpty ? usable.filter { $0.sentence.index < 4 } : preamble
        // A date written with its weekday ("Tuesday 13th March 2018") is almost always the meeting's.
        let meetingLine = opening.first { $0.date.statedWeekday != nil && resolved($0.date) != nil }
            ?? opening.first { meetingContext.contains(in: $0.sentence.words) }
        return meetingLine.flatMap { resolved($0.date) }
            ?? opening.lazy.filter { $0.date.form != .numeric }.compactMap { resolved($0.date) }.first
            ?? opening.lazy.compactMap { resolved($0.date) }.first
            ?? candidates.lazy.filter { !otherDateContext.contains(in: wordsLeading(to: $0)) }.compactMap { resolved($0.date) }.first
    }

    /// The few words before a date, which say whose date it is ("the next meeting will be held on").
    private static func wordsLeading(to candidate: (sentence: Sentence, date: RecognizedDate)) -> [Word] {
        let before = candidate.sentence.words.filter { $0.range.upperBound <= candidate.date.utf8Range.lowerBound }
        return Array(before.suffix(8))
    }

    private static func datedSentences(_ text: DocumentText) -> [(sentence: Sentence, date: RecognizedDate)] {
        var found: [(Sentence, RecognizedDate)] = []
        for sentence in text.sentences.prefix(400) {
            let start = sentence.range.lowerBound
            for recognised in DateRecognizer.dates(in: String(sentence.text)) {
                var shifted = recognised
                shifted.utf8Range = (recognised.utf8Range.lowerBound + start)..<(recognised.utf8Range.upperBound + start)
                found.append((sentence, shifted))
            }
        }
        return found
    }
}
