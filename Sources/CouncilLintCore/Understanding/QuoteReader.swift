/// Finds the quotes of a press release's body and who said them. Attributions come in the
/// forms press offices use: a lead-in ("Cllr X, Cabinet Member for Y, said:"), a tag after the
/// quote ("..., said Cllr X." / "..., she added."), an attribution line under a quote
/// paragraph, a quote continued in the next paragraph, and reported speech ("Cllr X said the
/// council would ...").
struct QuoteReader {
    private let text: DocumentText
    private let parts: [PressRelease.Part]
    private let people: PeopleFinder
    private let blocks: [Block]
    private(set) var quotedRanges: [[Range<Int>]]
    private var spansByBlock: [Int: [QuotedSpan]] = [:]
    private var sentencesByBlock: [Int: [Int]] = [:]
    private var quotes: [Quote] = []
    private var attributionSentences: Set<Int> = []

    private enum Attribution {
        case person(PersonReference, sentence: Int, words: Range<Int>)
        /// Attributed, but not to a person the text names ("the council said").
        case unnamed
    }

    init(text: DocumentText, document: Document, parts: [PressRelease.Part], people: PeopleFinder) {
        self.text = text
        self.parts = parts
        self.people = people
        self.blocks = document.blocks
        quotedRanges = Array(repeating: [], count: text.sentences.count)
        for sentence in text.sentences where parts[sentence.index] == .body {
            sentencesByBlock[sentence.blockIndex, default: []].append(sentence.index)
        }
        for block in sentencesByBlock.keys {
            let spans = QuotationMarks.spans(in: document.blocks[block].text, block: block)
            spansByBlock[block] = spans
            for index in sentencesByBlock[block] ?? [] {
                let range = text.sentences[index].range
                // Spans are in text order and apart: those overlapping the sentence are a run found by search.
                let first = spans.partitioningIndex { $0.range.upperBound > range.lowerBound }
                quotedRanges[index] = spans[first...].prefix { $0.range.lowerBound < range.upperBound }.map { span in
                    max(span.range.lowerBound, range.lowerBound)..<min(span.range.upperBound, range.upperBound)
                }
            }
        }
    }

    mutating func read() -> [Quote] {
        let order = sentencesByBlock.keys.sorted()
        // An opening paragraph of a quote running on into the next ("...\n\n"...") waits for its attribution.
        var pending: [Int] = []
        for (position, block) in order.enumerated() {
            let previousBlock = position > 0 ? order[position - 1] : nil
            let nextBlock = position + 1 < order.count ? order[position + 1] : nil
            var previousInBlock: Attribution?
            let quoteOnly = isQuoteOnly(block)
            if !(spansByBlock[block]?.first.map(isBlockStart) ?? false) { pending = [] }
            for (index, span) in (spansByBlock[block] ?? []).enumerated() {
                let sentences = sentenceIndices(of: span)
                guard let first = sentences.first, let last = sentences.last else { continue }
                let followingSpan = (spansByBlock[block] ?? []).dropFirst(index + 1).first
                let precedingSpan = index > 0 ? spansByBlock[block]?[index - 1] : nil
                let attribution = trailing(span, in: last, before: followingSpan)
                    ?? leadIn(span, in: first, after: precedingSpan)
                    ?? (isBlockStart(span) ? colonLeadIn(previousBlock) : nil)
                    ?? previousInBlock
                    ?? (quoteOnly ? attributionLine(nextBlock) : nil)
                    ?? (isBlockStart(span) ? continuation(from: previousBlock) : nil)
                previousInBlock = attribution
                if attribution == nil, !span.isClosed {
                    pending += sentences
                    continue
                }
                if isBlockStart(span), !pending.isEmpty { record(attribution, sentences: pending, direct: true) }
                pending = []
                record(attribution, sentences: sentences, direct: true)
            }
        }
        for sentence in text.sentences where parts[sentence.index] == .body && quotedRanges[sentence.index].isEmpty
            && !attributionSentences.contains(sentence.index) {
            if let attribution = reportedSpeech(in: sentence) { record(attribution, sentences: [sentence.index], direct: false) }
        }
        return quotes.sorted { ($0.sentences.first ?? 0, $0.attributionSentence) < ($1.sentences.first ?? 0, $1.attributionSentence) }
    }

    private mutating func record(_ attribution: Attribution?, sentences: [Int], direct: Bool) {
        guard case .person(let speaker, let sentence, let words) = attribution else { return }
        attributionSentences.insert(sentence)
        quotes.append(Quote(sentences: sentences, speaker: speaker, attributionSentence: sentence, attributionWords: words,
                            isDirect: direct))
    }

    // MARK: Attribution forms

    /// "..., said Cllr X." / "...," Cllr X said. / "...," she added. / "..." – Cllr X; also
    /// "...!" Cllr X said. and "..." – Cllr X, where the attribution is cut off as a sentence of its own.
    private func trailing(_ span: QuotedSpan, in sentenceIndex: Int, before next: QuotedSpan?) -> Attribution? {
        var sentence = text.sentences[sentenceIndex]
        var words = sentence.words
        var limit = next.map { bound in words.firstIndex { $0.range.lowerBound >= bound.range.lowerBound } ?? words.count } ?? words.count
        var start = words.firstIndex(where: { $0.range.lowerBound >= span.range.upperBound }) ?? words.count
        var separate = false
        if start >= limit {
            let following = sentenceIndex + 1
            guard next == nil, following < text.sentences.count, text.sentences[following].blockIndex == span.block,
                  quotedRanges[following].isEmpty, text.sentences[following].words.count <= 20 else { return nil }
            sentence = text.sentences[following]
            words = sentence.words
            limit = words.count
            start = 0
            separate = true
        }
        guard start < limit else { return nil }
        if SpeechVerbs.contains(words[start]), !separate {
            if start + 1 < limit, people.isPronoun(words[start + 1]) { return pronoun(at: start + 1, in: sentence) }
            if let speaker = people.people(in: sentence, words: start + 1..<limit).first, speaker.wordRange.lowerBound <= start + 3 {
                return .person(speaker, sentence: sentence.index, words: speaker.wordRange)
            }
            return .unnamed
        }
        if let verb = (start..<min(limit, start + (separate ? 8 : 14))).first(where: { SpeechVerbs.contains(words[$0]) }) {
            return subject(before: verb, from: start, in: sentence)
        }
        let gap = blocks[sentence.blockIndex].text.utf8Slice(from: span.range.upperBound, to: words[start].range.lowerBound)
        if gap.contains(anyOf: "–", "—") || gap.contains(" - ") || gap.hasPrefix("-"),
           let speaker = people.people(in: sentence, words: start..<limit).first, speaker.wordRange.lowerBound == start {
            return .person(speaker, sentence: sentence.index, words: speaker.wordRange)
        }
        return nil
    }

    /// "Cllr X, Cabinet Member for Y, said: "..."" / "Speaking at the launch, the Mayor said "...""
    private func leadIn(_ span: QuotedSpan, in sentenceIndex: Int, after previous: QuotedSpan?) -> Attribution? {
        let sentence = text.sentences[sentenceIndex]
        let words = sentence.words
        let from = previous.map { bound in words.firstIndex { $0.range.lowerBound >= bound.range.upperBound } ?? words.count } ?? 0
        let end = words.firstIndex { $0.range.lowerBound >= span.range.lowerBound } ?? words.count
        guard from < end else { return nil }
        if let verb = (from..<end).last(where: { SpeechVerbs.contains(words[$0]) }) {
            // "X, who will judge the "best window" category, said:": the subject sits before an earlier quotation.
            if let found = subject(before: verb, from: from, in: sentence) { return found }
            guard from > 0, let speaker = unquotedPeople(in: sentence, words: 0..<from).last else { return .unnamed }
            return .person(speaker, sentence: sentenceIndex, words: speaker.wordRange)
        }
        let gap = blocks[sentence.blockIndex].text.utf8Slice(from: words[end - 1].range.upperBound, to: span.range.lowerBound)
        guard gap.contains(anyOf: ":") else { return nil }
        if let speaker = people.people(in: sentence, words: from..<end).last {
            return .person(speaker, sentence: sentenceIndex, words: speaker.wordRange)
        }
        return people.isPronoun(words[from]) ? pronoun(at: from, in: sentence) : nil  // "He went on: "...""
    }

    /// A paragraph ending "Councillor X said:" before a quote paragraph.
    private func colonLeadIn(_ block: Int?) -> Attribution? {
        guard let block, let last = sentencesByBlock[block]?.last, blocks[block].text.hasSuffix(":") else { return nil }
        let sentence = text.sentences[last]
        let from = sentence.words.lastIndex { word in quotedRanges[last].contains { $0.contains(word.range.lowerBound) } }.map { $0 + 1 } ?? 0
        guard from < sentence.words.count else { return nil }
        if let verb = (from..<sentence.words.count).last(where: { SpeechVerbs.contains(sentence.words[$0]) }) {
            return subject(before: verb, from: from, in: sentence) ?? .unnamed
        }
        return people.people(in: sentence, words: from..<sentence.words.count).last.map {
            .person($0, sentence: last, words: $0.wordRange)
        }
    }

    /// A short line naming the speaker under a quote paragraph: "Councillor Tom Whitlock, Cabinet Member for Housing".
    private func attributionLine(_ block: Int?) -> Attribution? {
        guard let block, let first = sentencesByBlock[block]?.first, spansByBlock[block]?.isEmpty ?? true else { return nil }
        let sentence = text.sentences[first]
        guard (sentencesByBlock[block] ?? []).reduce(0, { $0 + text.sentences[$1].words.count }) <= 30,
              let speaker = people.people(in: sentence).first, speaker.wordRange.lowerBound <= 1 else { return nil }
        return .person(speaker, sentence: first, words: speaker.wordRange)
    }

    /// A quote paragraph carrying on the quote of the paragraph before it.
    private func continuation(from block: Int?) -> Attribution? {
        guard let block, let last = quotes.last, last.sentences.contains(where: { text.sentences[$0].blockIndex == block }) else { return nil }
        return .person(last.speaker, sentence: last.attributionSentence, words: last.attributionWords)
    }

    /// "Cllr X said the council would ..." with no quotation marks; "According to the Leader, ...".
    private func reportedSpeech(in sentence: Sentence) -> Attribution? {
        let words = sentence.words
        for verb in words.indices where verb > 0 && SpeechVerbs.reports(words[verb]) {
            if people.isPronoun(words[verb - 1]) { continue }
            guard let speaker = people.people(in: sentence, words: 0..<verb).last, speaker.isPolitical else { continue }
            let between = sentence.blockText.utf8Slice(words[speaker.wordRange.upperBound - 1].range.upperBound..<words[verb].range.lowerBound)
            if speaker.wordRange.upperBound == verb || (between.hasPrefix(",") && between.hasSuffix(", ")) {
                return .person(speaker, sentence: sentence.index, words: speaker.wordRange)
            }
        }
        if words.count > 3, words[0].lower == "according", words[1].lower == "to",
           let speaker = people.people(in: sentence, words: 2..<min(words.count, 12)).first, speaker.wordRange.lowerBound == 2, speaker.isPolitical {
            return .person(speaker, sentence: sentence.index, words: speaker.wordRange)
        }
        return nil
    }

    // MARK: Speakers

    /// The speaker before a speech verb: the person nearest the verb (a name and its office
    /// in apposition are one), or the person a pronoun stands for.
    private func subject(before verb: Int, from start: Int, in sentence: Sentence) -> Attribution? {
        guard verb > start else { return nil }
        if people.isPronoun(sentence.words[verb - 1]) { return pronoun(at: verb - 1, in: sentence) }
        guard let speaker = people.people(in: sentence, words: start..<verb).last else { return nil }
        return .person(speaker, sentence: sentence.index, words: speaker.wordRange)
    }

    private func pronoun(at index: Int, in sentence: Sentence) -> Attribution {
        guard let person = antecedent(of: index, in: sentence) else { return .unnamed }
        return .person(person, sentence: sentence.index, words: index..<index + 1)
    }

    /// The person a pronoun stands for: named earlier in the sentence, or the speaker or first
    /// person of the sentences just before it.
    private func antecedent(of index: Int, in sentence: Sentence) -> PersonReference? {
        if index > 0, let person = unquotedPeople(in: sentence, words: 0..<index).first { return person }
        var previous = sentence.index - 1
        while previous >= 0, previous >= sentence.index - 4 {
            guard parts[previous] == .body || parts[previous] == .headline else { break }
            if let quote = quotes.last(where: { $0.attributionSentence == previous || $0.sentences.contains(previous) }) {
                return quote.speaker
            }
            if let person = unquotedPeople(in: text.sentences[previous], words: nil).first { return person }
            previous -= 1
        }
        return nil
    }

    private func unquotedPeople(in sentence: Sentence, words: Range<Int>?) -> [PersonReference] {
        people.people(in: sentence, words: words).filter { person in
            let start = sentence.words[person.wordRange.lowerBound].range.lowerBound
            return !quotedRanges[sentence.index].contains { $0.contains(start) }
        }
    }

    // MARK: Geometry

    /// The block's sentences the span overlaps; they are in text order, so a search finds the first.
    private func sentenceIndices(of span: QuotedSpan) -> [Int] {
        let sentences = sentencesByBlock[span.block] ?? []
        let first = sentences.partitioningIndex { text.sentences[$0].range.upperBound > span.range.lowerBound }
        return Array(sentences[first...].prefix { text.sentences[$0].range.lowerBound < span.range.upperBound })
    }

    private func isBlockStart(_ span: QuotedSpan) -> Bool {
        span.range.lowerBound <= 4
    }

    /// Whether every word of the block is inside quotation marks.
    private func isQuoteOnly(_ block: Int) -> Bool {
        guard let sentences = sentencesByBlock[block], let spans = spansByBlock[block], !spans.isEmpty else { return false }
        return sentences.allSatisfy { index in
            text.sentences[index].words.allSatisfy { word in
                let span = spans.partitioningIndex { $0.range.upperBound > word.range.lowerBound }
                return span < spans.endIndex && spans[span].range.contains(word.range.lowerBound)
            }
        }
    }
}
