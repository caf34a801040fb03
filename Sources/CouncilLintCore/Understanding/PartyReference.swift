/// A political party or group named in a sentence, or campaigning language.
public struct PartyReference: Sendable, Hashable {
    public enum Form: Sendable, Hashable {
        /// "the Liberal Democrat administration", "this Labour council", "the Tories".
        case party
        /// "my group", "the opposition", "the previous administration".
        case group
        /// "vote for the team that has delivered", "since we took control".
        case campaign
        /// "my group", "our manifesto": political only in a politician's mouth ("our group of volunteers").
        case memberVoice
    }

    public let sentenceIndex: Int
    public let wordRange: Range<Int>
    public let form: Form
}

/// Finds party names, political groups and campaigning language with a rule's vocabulary.
/// Party names are proper nouns, so a name counts only capitalised: "labour costs", "a
/// conservative estimate" and "liberal use" are not parties. A name capitalised only because it
/// opens a sentence or sits in a Title Case headline ("Labour costs rise") counts only before a
/// political noun, and names that are also ordinary words ("Green", "Independent", "Reform")
/// count only there: "Green councillor", "Independent group", "Labour-run"; not "Green Lane"
/// or "the Independent Person".
public struct PartyReferenceFinder: Sendable {
    /// The phrase vocabularies, read in one pass over a sentence.
    private let phrases: PhraseMatcher
    private let capitalisedNames: WordSet
    private let ambiguousNames: WordSet
    private let politicalNouns: WordSet

    /// The groups of `phrases`, in order.
    private enum Vocabulary: Int {
        case notPolitical, campaign, memberVoice, partyName, group
    }

    /// - Parameters:
    ///   - partyNames: names that are a party wherever they are capitalised ("Liberal Democrat*", "Tories").
    ///   - capitalisedNames: names that are a party when capitalised inside a sentence ("Labour", "Conservative").
    ///   - ambiguousNames: party names that are also ordinary words ("green", "independent").
    ///   - politicalNouns: words after an ambiguous name that make it a party ("group", "councillor", "run").
    ///   - groupPhrases: political groups without a party name ("my group", "the opposition").
    ///   - campaignPhrases: campaigning language ("vote for us", "since we took control").
    ///   - memberVoicePhrases: a politician speaking of their group or programme ("my group", "our manifesto").
    ///   - notPolitical: phrases that contain those words innocently ("the opposition to", "cross-party").
    public init(partyNames: [String], capitalisedNames: [String], ambiguousNames: [String], politicalNouns: [String],
                groupPhrases: [String], campaignPhrases: [String], memberVoicePhrases: [String], notPolitical: [String]) {
        // In the order of `Vocabulary`.
        self.phrases = PhraseMatcher(groups: [notPolitical, campaignPhrases, memberVoicePhrases, partyNames, groupPhrases])
        self.capitalisedNames = WordSet(capitalisedNames)
        self.ambiguousNames = WordSet(ambiguousNames)
        self.politicalNouns = WordSet(politicalNouns)
    }

    public func references(in sentence: Sentence) -> [PartyReference] {
        let words = sentence.words
        var phraseMatches: [(vocabulary: Vocabulary, wordRange: Range<Int>)] = []
        phrases.forEachGroupLongestMatch(in: words) { group, range in phraseMatches.append((Vocabulary(rawValue: group)!, range)) }
        func matches(of vocabulary: Vocabulary) -> some Sequence<Range<Int>> {
            phraseMatches.lazy.filter { $0.vocabulary == vocabulary }.map(\.wordRange)
        }
        var found: [PartyReference] = []
        func add(_ range: Range<Int>, _ form: PartyReference.Form) {
            guard !matches(of: .notPolitical).contains(where: { $0.overlaps(range) }),
                  !found.contains(where: { $0.wordRange.overlaps(range) }) else { return }
            found.append(PartyReference(sentenceIndex: sentence.index, wordRange: range, form: form))
        }
        for range in matches(of: .campaign) { add(range, .campaign) }
        for range in matches(of: .memberVoice) { add(range, .memberVoice) }
        for range in matches(of: .partyName) where words[range.lowerBound].isCapitalised {
            add(extended(range, in: words), .party)
        }
        let titleCase = isTitleCase(sentence)
        for (index, word) in words.enumerated() where word.isCapitalised {
            let isName = capitalisedNames.contains(stemOf: word) || ambiguousNames.contains(stemOf: word)
            // "this Labour council"; but "the Green Council awards" is a name.
            let beforeNoun = index + 1 < words.count && politicalNouns.contains(words[index + 1])
                && (words[index + 1].lower != "council" || (!words[index + 1].isCapitalised && capitalisedNames.contains(stemOf: word)))
            if let (name, noun) = hyphenatedPair(word, in: sentence),
               capitalisedNames.contains(name) || ambiguousNames.contains(name), politicalNouns.contains(noun) {
                add(extended(index..<index + 1, in: words), .party)  // "Labour-run", "Green-led"
            } else if isName, beforeNoun {
                add(index..<index + 2, .party)
            } else if capitalisedNames.contains(stemOf: word), !titleCase, !opensClause(index, in: sentence) {
                add(index..<index + 1, .party)
            }
        }
        for range in matches(of: .group) { add(range, .group) }
        return found.sorted { $0.wordRange.lowerBound < $1.wordRange.lowerBound }
    }

    /// A word capitalised by its place: first in the sentence, or first inside quotation marks or after a colon.
    private func opensClause(_ index: Int, in sentence: Sentence) -> Bool {
        guard index > 0 else { return true }
        return sentence.words[index - 1].gapAfter
            .contains([.straightDoubleQuote, .openingDoubleQuote, .openingSingleQuote, .straightSingleQuote, .colon])
    }

    /// "the Liberal Democrat administration": the noun after a party name is part of the reference.
    private func extended(_ range: Range<Int>, in words: Words) -> Range<Int> {
        guard range.upperBound < words.count, politicalNouns.contains(words[range.upperBound]) else { return range }
        return range.lowerBound..<range.upperBound + 1
    }

    /// "labour" and "run" for "Labour-run" (a possessive's "'s" dropped): a word of two parts joined by a hyphen.
    private func hyphenatedPair(_ word: Word, in sentence: Sentence) -> (WordText, WordText)? {
        let hyphen = UInt8(ascii: "-")
        guard word.lower.contains(hyphen) ?? sentence.blockText.utf8Slice(word.range).utf8.contains(hyphen) else { return nil }
        var text = sentence.lowercasedText(of: word)
        if word.isPossessive { text.removeLast(2) }
        let parts = text.split(separator: "-")
        guard parts.count == 2 else { return nil }
        return (WordText(String(parts[0])), WordText(String(parts[1])))
    }

    /// A headline in Title Case capitalises every word, so capitals say nothing about names there.
    private func isTitleCase(_ sentence: Sentence) -> Bool {
        var long = 0
        for word in sentence.words where word.lower.count >= 4 {
            guard word.isCapitalised else { return false }
            long += 1
        }
        return long >= 3
    }
}

/// Finds the subjects a council has declared controversial (profile `controversialTopics`).
/// A topic is matched on the stems of its words, so "parking charges" also finds "car parking
/// charge" and "charges for parking"; a topic with a proper name ("Westgate Quarter
/// redevelopment") is found where the name is and its other words occur in the release.
public struct TopicMatcher: Sendable {
    public struct Match: Sendable, Hashable {
        public let topic: String
        public let sentenceIndex: Int
        public let wordRange: Range<Int>
    }

    private struct Topic: Sendable {
        let text: String
        let name: [WordText]
        /// Matched as prefixes of words, on their first `WordText.capacity` bytes.
        let stems: [WordText]
    }

    private static let smallWords: WordSet = ["the", "of", "and", "a", "an", "in", "on", "for", "to", "at", "with", "&", "from", "by"]
    private let topics: [Topic]

    public init(_ topics: [String]) {
        self.topics = topics.map { topic in
            let words = SentenceSplitter.words(in: topic, range: 0..<topic.utf8.count)
            let name = words.filter { $0.isCapitalised }.map(\.lower)
            let stems = words.filter { !$0.isCapitalised && !Self.smallWords.contains($0) }.map { word in
                WordText(prefixOf: Self.stem(WordKey.normalised(String(topic.utf8Slice(word.range)))))
            }
            return Topic(text: topic, name: name, stems: stems)
        }
    }

    public var isEmpty: Bool { topics.isEmpty }

    /// Every sentence of `sentences` where a topic is found, given the words of the whole release
    /// (for a named topic's other words).
    public func matches(in sentences: [Sentence]) -> [Match] {
        let allWords = sentences.flatMap(\.words)
        var found: [Match] = []
        for topic in topics {
            for sentence in sentences {
                if let range = match(topic, in: sentence.words, release: allWords) {
                    found.append(Match(topic: topic.text, sentenceIndex: sentence.index, wordRange: range))
                }
            }
        }
        return found
    }

    private func match(_ topic: Topic, in words: Words, release: [Word]) -> Range<Int>? {
        if !topic.name.isEmpty {
            guard let start = words.indices.first(where: { start in
                start + topic.name.count <= words.count
                    && topic.name.indices.allSatisfy { words[start + $0].lower == topic.name[$0] || words[start + $0].stem == topic.name[$0] }
            }) else { return nil }
            let needed = topic.stems.filter { stem in !release.contains { $0.lower.hasPrefix(stem) } }
            return needed.count <= topic.stems.count / 2 ? start..<start + topic.name.count : nil
        }
        // All the words, or all but one of three or more; never without the last, the head noun ("charges").
        let positions = topic.stems.map { stem in words.indices.first { words[$0].lower.hasPrefix(stem) } }
        let present = positions.compactMap { $0 }
        guard let head = positions.last, head != nil,
              present.count == topic.stems.count || (topic.stems.count >= 3 && present.count == topic.stems.count - 1),
              let lower = present.min(), let upper = present.max(), upper - lower <= 6 else { return nil }
        return lower..<upper + 1
    }

    /// A crude English stem: enough to meet "charges" with "charge", "parking" with "park".
    static func stem(_ word: String) -> String {
        for suffix in ["ments", "ment", "ings", "ing", "ations", "ation", "ies", "es", "ed", "s", "e"] where word.hasSuffix(suffix) {
            let stem = String(word.dropLast(suffix.count))
            if stem.count >= 4 { return stem }
        }
        return word
    }
}
