/// Finds a document's own date: the meeting's date for minutes and agendas, the issue date
/// for a press release; never the next meeting's date or an event mentioned in passing.
enum DocumentDating {
    /// Words that label a press release's issue date: "Date:", "Issued", "News release 2 October 2025".
    private static let issueLabels = PhraseMatcher([
        "date", "dated", "issued", "issue date", "published", "release date", "for immediate release", "date of issue",
        "date of release", "embargoed until", "embargo", "press release", "news release", "media release", "news",
        "press notice", "press statement", "media statement", "press and media statement", "statement", "posted",
        "for release", "immediate release", "issued on", "issued by",
    ])
    /// Words that may stand between an issue label and its date: "Issued by the Communications
    /// Team, Harnford Borough Council, 30 April 2026", "Embargoed until 00:01 on Thursday".
    private static let labelGapWords: WordSet = ["by", "the", "of", "on", "at", "and", "for", "until", "hrs", "am", "pm", "use", "immediate"]
    private static let otherDateContext = PhraseMatcher([
        "next meeting", "previous meeting", "last meeting", "minutes of the last", "minutes of the previous", "date of next",
        "dates of future", "future meeting", "deadline", "by no later than", "closing date", "until", "agenda published",
    ])
    private static let meetingContext = PhraseMatcher([
        "held", "meeting", "minutes", "summoned", "to be held", "will be held", "take place", "takes place", "commencing",
        "convened",
    ])
    private static let datesPerSentence = 12
    /// A document's own date is in its opening: dates after its first 400 sentences are not weighed.
    private static let scannedSentences = 400
    private static let agendaIssueContext = PhraseMatcher(["issued", "dated", "date of publication", "despatched", "published", "circulated"])

    static func date(of text: DocumentText, document: Document, kind: DocumentKind) -> CalendarDate? {
        if kind == .pressRelease { return issueDate(of: text, document: document)?.date }
        if let declared = document.declaredDates.lazy.compactMap({ CalendarDate(iso: $0.prefix(10)) }).first {
            return declared
        }
        // The meeting date sits in the title or summons before the first item; inside items,
        // dates are of other meetings ("the minutes of the meeting held on ...") or events. With
        // no preamble, the first four sentences stand for it.
        let scanned = min(text.sentences.count, scannedSentences)
        let openingEnd = min(max(text.items.first?.sentences.lowerBound ?? scanned, 4), scanned)
        let head = datedSentences(text, in: 0..<openingEnd)
        let usable = head.filter { candidate in
            !otherDateContext.contains(in: wordsLeading(to: candidate))
                && !(kind == .agenda && agendaIssueContext.contains(in: wordsLeading(to: candidate)))
        }
        let preamble = usable.filter { text.itemOfSentence[$0.sentence.index] == nil }
        let opening = preamble.isEmpty ? usable.filter { $0.sentence.index < 4 } : preamble
        // Only a yearless date needs the years of the rest of the document: when the opening
        // has a date and every one there states its year, the rest is not scanned.
        if !opening.isEmpty, opening.allSatisfy({ $0.date.date != nil }) {
            return meetingDate(in: opening, resolved: \.date)
        }
        let candidates = head + datedSentences(text, in: openingEnd..<scanned)
        let resolved = resolver(candidates)
        return meetingDate(in: opening, resolved: resolved)
            ?? candidates.lazy.filter { !otherDateContext.contains(in: wordsLeading(to: $0)) }.compactMap { resolved($0.date) }.first
    }

    /// The date of the meeting line among the opening's dates: one written with its weekday
    /// ("Tuesday 13th March 2018") is almost always the meeting's, else one beside "held" or
    /// "meeting", else the first in words, else the first.
    private static func meetingDate(in opening: [(sentence: Sentence, date: RecognizedDate)],
                                    resolved: @escaping (RecognizedDate) -> CalendarDate?) -> CalendarDate? {
        let meetingLine = opening.first { $0.date.statedWeekday != nil && resolved($0.date) != nil }
            ?? opening.first { meetingContext.contains(in: $0.sentence.words) }
        return meetingLine.flatMap { resolved($0.date) }
            ?? opening.lazy.filter { $0.date.form != .numeric }.compactMap { resolved($0.date) }.first
            ?? opening.lazy.compactMap { resolved($0.date) }.first
    }

    /// The few words before a date, which say whose date it is ("the next meeting will be held on").
    private static func wordsLeading(to candidate: (sentence: Sentence, date: RecognizedDate)) -> Words {
        let words = candidate.sentence.words
        let before = words.prefix { $0.range.upperBound <= candidate.date.utf8Range.lowerBound }.count
        return words.view(max(0, before - 8)..<before)
    }

    /// A press release's issue date and the sentence stating it (nil for a date the markup declares).
    static func issueDate(of text: DocumentText, document: Document) -> (date: CalendarDate, sentence: Int?)? {
        if let declared = document.declaredDates.lazy.compactMap({ CalendarDate(iso: $0.prefix(10)) }).first {
            return (declared, nil)
        }
        let candidates = datedSentences(text, in: 0..<min(text.sentences.count, scannedSentences))
        return issueDate(candidates, resolved: resolver(candidates))
    }

    /// Gives a yearless date ("Wednesday 9th April") the year of the document's dated text, checking the weekday.
    private static func resolver(_ candidates: [(sentence: Sentence, date: RecognizedDate)]) -> (RecognizedDate) -> CalendarDate? {
        let explicitYears = Set(candidates.compactMap { $0.date.date?.year }).sorted()
        return { recognised in
            if let date = recognised.date { return date }
            return explicitYears.lazy.compactMap { CalendarDate(year: $0, month: recognised.month, day: recognised.day) }
                .first { recognised.statedWeekday == nil || recognised.statedWeekday == $0.weekday }
        }
    }

    /// The labelled date ("Date: 02/04/2026", "Issued by ..., 30 April 2026") wherever it is,
    /// else a date standing alone in the opening lines, else the first full date near the top;
    /// a yearless date in a headline ("your photo ID on 1 May") is an event, not the issue date.
    private static func issueDate(_ candidates: [(sentence: Sentence, date: RecognizedDate)],
                                  resolved: (RecognizedDate) -> CalendarDate?) -> (date: CalendarDate, sentence: Int?)? {
        func first(_ accepted: ((sentence: Sentence, date: RecognizedDate)) -> Bool) -> (date: CalendarDate, sentence: Int?)? {
            for candidate in candidates where accepted(candidate) {
                if let date = resolved(candidate.date) { return (date, candidate.sentence.index) }
            }
            return nil
        }
        return first { isLabelled($0.date, in: $0.sentence) && $0.date.yearIsExplicit }
            ?? first { $0.sentence.index < 12 && isStandalone($0.date, in: $0.sentence) && $0.date.yearIsExplicit }
            ?? first { isLabelled($0.date, in: $0.sentence) }
            ?? first { $0.sentence.index < 8 && $0.date.yearIsExplicit }
            ?? first { $0.date.yearIsExplicit }
            ?? first { _ in true }
    }

    /// An issue label before the date with nothing between them but names, times and small words.
    private static func isLabelled(_ date: RecognizedDate, in sentence: Sentence) -> Bool {
        let words = sentence.words
        let before = words.view(0..<words.prefix { $0.range.upperBound <= date.utf8Range.lowerBound }.count)
        let labels = issueLabels.matches(in: before)
        guard let last = labels.last else { return false }
        let labelWords = Set(labels.flatMap { Array($0.wordRange) })
        return before.indices.allSatisfy { index in
            let word = before[index]
            return labelWords.contains(index) || word.isCapitalised || labelGapWords.contains(word)
                || (index >= last.wordRange.upperBound && word.startsWithDigit)
        }
    }

    /// A line that is only a date, perhaps after a masthead: "28 April 2026", "Harnford Borough Council, 3 March 2026".
    private static func isStandalone(_ date: RecognizedDate, in sentence: Sentence) -> Bool {
        sentence.words.hasFewCapitalisedWords(outside: date.utf8Range, atMost: 6)
    }

    /// The dates of sentences `range`, at most `datesPerSentence` of each: a sentence listing
    /// more is a calendar of meetings, not a date line, and every date weighed rescans its sentence.
    private static func datedSentences(_ text: DocumentText, in range: Range<Int>) -> [(sentence: Sentence, date: RecognizedDate)] {
        var found: [(Sentence, RecognizedDate)] = []
        // Every date form has a digit, and every digit is in a word: the words' flags turn away
        // most sentences before their text is cut out and scanned.
        for sentence in text.sentences[range] where sentence.words.contains(where: \.containsNumber) {
            let start = sentence.range.lowerBound
            for recognised in DateRecognizer.dates(in: sentence.text).prefix(datesPerSentence) {
                var shifted = recognised
                shifted.utf8Range = (recognised.utf8Range.lowerBound + start)..<(recognised.utf8Range.upperBound + start)
                found.append((sentence, shifted))
            }
        }
        return found
    }
}
