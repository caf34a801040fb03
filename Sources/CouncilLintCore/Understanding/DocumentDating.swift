/// Finds a document's own date: the meeting's date for minutes and agendas, the issue date
/// for a press release; never the next meeting's date or an event mentioned in passing.
enum DocumentDating {
    private static let issueLabels = PhraseMatcher([
        "date", "dated", "issued", "issue date", "published", "release date", "for immediate release", "date of issue",
        "date of release", "embargoed until",
    ])
    private static let otherDateContext = PhraseMatcher([
        "next meeting", "previous meeting", "last meeting", "meeting held on", "minutes of the meeting held",
        "minutes of the last", "minutes of the previous", "date of next", "dates of future", "future meeting", "deadline",
        "by no later than", "closing date", "until", "from", "between", "extraordinary meeting held", "agenda published",
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
        let opening = candidates.filter { candidate in
            candidate.sentence.index < 15 && !otherDateContext.contains(in: candidate.sentence.words)
                && !(kind == .agenda && agendaIssueContext.contains(in: candidate.sentence.words))
        }
        return opening.lazy.compactMap { resolved($0.date) }.first
            ?? candidates.lazy.filter { !otherDateContext.contains(in: $0.sentence.words) }.compactMap { resolved($0.date) }.first
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
