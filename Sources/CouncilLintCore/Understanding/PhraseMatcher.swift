/// Finds phrases (sequences of words) in a sentence's words, compiled once per vocabulary.
///
/// A phrase is written as plain words, case-insensitive: "press and public". A word ending in
/// "*" matches any word with that prefix ("dismiss*" matches "dismissed"); "#" matches any
/// number-like word.
///
/// Every check asks its vocabularies about every sentence, so a word that starts no phrase
/// costs a bit test (now and then a table probe), and the compiled phrases are plain values:
/// matching copies no strings.
public struct PhraseMatcher: Sendable {
    public struct Match: Sendable, Hashable {
        public let phrase: String
        /// Indices into the sentence's words, half-open.
        public let wordRange: Range<Int>

        public init(phrase: String, wordRange: Range<Int>) {
            self.phrase = phrase
            self.wordRange = wordRange
        }
    }

    private enum Pattern: Sendable {
        case exact(WordText)
        case prefix(WordText)
        case number
    }

    /// A phrase of `phrases`, as patterns `patterns[patternRange]`, of group `group` (see `init(groups:)`).
    private struct Candidate: Sendable {
        let phrase: Int
        let patternRange: Range<Int>
        let group: Int
        /// The patterns left to compare once the candidate is tried at a word: a phrase found
        /// through its first word's run has that word matched already.
        let unmatched: Range<Int>
        /// The key of the first unmatched pattern when it is a word (0 otherwise): a word of
        /// neither this key nor this stem key turns the candidate away at once. "to" opens ten
        /// agenda phrases, and most words after it open none of them.
        let nextWordKey: UInt64

        init(phrase: Int, patternRange: Range<Int>, group: Int, opensWithWord: Bool, patterns: [Pattern]) {
            self.phrase = phrase
            self.patternRange = patternRange
            self.group = group
            unmatched = opensWithWord ? patternRange.dropFirst() : patternRange
            if let next = unmatched.first, case .exact(let word) = patterns[next] { nextWordKey = word.key } else { nextWordKey = 0 }
        }
    }

    private var patterns: [Pattern] = []
    /// Phrases that start with a word, grouped by it: `byFirstWord` gives each word its run.
    private var candidates: [Candidate] = []
    private var byFirstWord = WordTable<Range<Int>>()
    /// Phrases that start with a prefix or a number, tried at every word.
    private var openCandidates: [Candidate] = []
    /// The words that start phrases, for `mayMatch(in:)` and, word by word, for `candidateRuns`.
    private let firstWordSignature: WordSignature
    private let firstWordFilter: FirstWordFilter
    public private(set) var phrases: [String] = []
    private let groupCount: Int

    public init<S: Sequence>(_ phrases: S) where S.Element == String {
        self.init(groups: [Array(phrases)])
    }

    /// Several vocabularies in one matcher, told apart by `forEachGroupMatch(in:_:)`: one pass
    /// over a sentence serves them all. At most 64 groups.
    init(groups: [[String]]) {
        precondition(groups.count <= 64, "a phrase matcher holds at most 64 groups")
        groupCount = groups.count
        var grouped = WordTable<[Candidate]>()
        var firstWords: [WordText] = []
        for (group, phrase) in groups.enumerated().flatMap({ group, phrases in phrases.map { (group, $0) } }) {
            // Cut at spaces byte by byte and normalised once: cutting by Characters and normalising
            // every word again was half the cost of compiling (the start-up of a short run).
            let compiled = WordKey.normalised(phrase).utf8.split(separator: UInt8(ascii: " ")).map { bytes -> Pattern in
                let token = String(Substring(bytes))
                if token == "#" { return .number }
                if token.hasSuffix("*") { return .prefix(WordText(prefixOf: String(token.dropLast()))) }
                return .exact(WordText(normalised: token))
            }
            guard let first = compiled.first else { continue }
            let opening: WordText?
            if case .exact(let word) = first { opening = word } else { opening = nil }
            let patternRange = patterns.count..<patterns.count + compiled.count
            patterns += compiled
            let candidate = Candidate(phrase: self.phrases.count, patternRange: patternRange, group: group,
                                      opensWithWord: opening != nil, patterns: patterns)
            self.phrases.append(phrase)
            if let word = opening {
                if grouped.value(for: word) == nil { firstWords.append(word) }
                grouped.update(word, default: []) { $0.append(candidate) }
            } else {
                openCandidates.append(candidate)
            }
        }
        for word in firstWords {
            let group = grouped.value(for: word) ?? []
            byFirstWord.update(word, default: candidates.count..<candidates.count + group.count) { _ in }
            candidates += group
        }
        firstWordSignature = WordSignature(firstWords)
        firstWordFilter = FirstWordFilter(firstWords)
    }

    /// False when no phrase can match in `words`: none opens with a prefix or a number, and
    /// none of their first words can be among the words.
    @inline(__always)
    private func mayMatch(in words: Words) -> Bool {
        !openCandidates.isEmpty || words.signature.mayShareAWord(with: firstWordSignature)
    }

    public var isEmpty: Bool { phrases.isEmpty }

    /// Every match in `words`, longest first at each starting word, in order of position.
    public func matches(in words: Words) -> [Match] {
        var found: [Match] = []
        forEachMatch(in: words) { found.append(Match(phrase: phrases[$0], wordRange: $1)) }
        return found
    }

    /// Calls `body` with each group of phrases that matches at a word of `words`, and that word's
    /// index, once for each such word: a group is called as often as a matcher of its phrases
    /// alone finds matches, and at the same words.
    func forEachGroupMatch(in words: Words, _ body: (_ group: Int, _ start: Int) -> Void) {
        forEachGroupLongestMatch(in: words) { group, range in body(group, range.lowerBound) }
    }

    /// Calls `body` with each group's match at each word of `words` (the longest of the group's
    /// phrases there), in order of position and, at one word, of group: a group is given the
    /// matches that `matches(in:)` of a matcher of its phrases alone lists.
    func forEachGroupLongestMatch(in words: Words, _ body: (_ group: Int, _ wordRange: Range<Int>) -> Void) {
        guard mayMatch(in: words) else { return }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: groupCount) { ends in
            words.withUnsafeBufferPointer { words in
                for start in 0..<words.count {
                    guard let runs = candidateRuns(at: start, in: words) else { continue }
                    var matched: UInt64 = 0
                    forEachCandidate(runs) { candidate in
                        guard let end = matchEnd(candidate, words: words, from: start) else { return false }
                        let bit: UInt64 = 1 << candidate.group
                        if matched & bit == 0 || end > ends[candidate.group] {
                            ends[candidate.group] = end
                            matched |= bit
                        }
                        return false
                    }
                    while matched != 0 {
                        let group = matched.trailingZeroBitCount
                        body(group, start..<ends[group])
                        matched &= matched - 1
                    }
                }
            }
        }
    }

    /// Calls `body` with the phrase and word range of every match in `words`, as `matches(in:)` lists them.
    @inline(__always)
    private func forEachMatch(in words: Words, _ body: (Int, Range<Int>) -> Void) {
        guard mayMatch(in: words) else { return }
        words.withUnsafeBufferPointer { words in
            for start in 0..<words.count {
                guard let runs = candidateRuns(at: start, in: words),
                      let best = longestMatch(at: start, runs, in: words, stopAtFirst: false) else { continue }
                body(best.phrase, start..<best.end)
            }
        }
    }

    /// The first match in `words`: the longest at the first word where any phrase matches.
    public func firstMatch(in words: Words) -> Match? {
        guard mayMatch(in: words) else { return nil }
        return words.withUnsafeBufferPointer { words in
            for start in 0..<words.count {
                guard let runs = candidateRuns(at: start, in: words),
                      let best = longestMatch(at: start, runs, in: words, stopAtFirst: false) else { continue }
                return Match(phrase: phrases[best.phrase], wordRange: start..<best.end)
            }
            return nil
        }
    }

    public func contains(in words: Words) -> Bool {
        guard mayMatch(in: words) else { return false }
        return words.withUnsafeBufferPointer { words in
            for start in 0..<words.count {
                if let runs = candidateRuns(at: start, in: words), longestMatch(at: start, runs, in: words, stopAtFirst: true) != nil {
                    return true
                }
            }
            return false
        }
    }

    /// The phrases that may start at `words[start]`: those of the word and those of a
    /// possessive's stem ("clerk's" starts the phrases of "clerk"); nil when none may (the
    /// common case, answered by the first-word filter or else a table probe), phrases opening
    /// with a prefix or a number aside.
    @inline(__always)
    private func candidateRuns(at start: Int, in words: UnsafeBufferPointer<Word>) -> (word: Range<Int>, stem: Range<Int>)? {
        guard firstWordFilter.mayStart(words[start]) else { return openCandidates.isEmpty ? nil : (0..<0, 0..<0) }
        let wordRun = byFirstWord.value(for: words[start].lower) ?? 0..<0
        let stemRun = words[start].isPossessive ? byFirstWord.value(for: words[start].stem) ?? 0..<0 : 0..<0
        guard !wordRun.isEmpty || !stemRun.isEmpty || !openCandidates.isEmpty else { return nil }
        return (wordRun, stemRun)
    }

    /// The phrase matching at `words[start]` that ends furthest (the first of them when several
    /// do), trying phrases that open with a prefix or a number, then those of the word, then
    /// those of its stem; with `stopAtFirst`, the first phrase that matches.
    private func longestMatch(at start: Int, _ runs: (word: Range<Int>, stem: Range<Int>), in words: UnsafeBufferPointer<Word>,
                              stopAtFirst: Bool) -> (phrase: Int, end: Int)? {
        var best: (phrase: Int, end: Int)?
        forEachCandidate(runs) { candidate in
            guard let end = matchEnd(candidate, words: words, from: start) else { return false }
            if best == nil || end > best!.end { best = (candidate.phrase, end) }
            return stopAtFirst
        }
        return best
    }

    /// Calls `body` with the phrases that may start at a word, in the order matches are chosen
    /// by: those opening with a prefix or a number, then the word's, then its stem's; until
    /// `body` returns true.
    @inline(__always)
    private func forEachCandidate(_ runs: (word: Range<Int>, stem: Range<Int>), _ body: (Candidate) -> Bool) {
        for candidate in openCandidates where body(candidate) { return }
        for index in runs.word where body(candidates[index]) { return }
        for index in runs.stem where body(candidates[index]) { return }
    }

    /// Where `candidate` tried at `words[start]` ends, nil when it does not match there.
    @inline(__always)
    private func matchEnd(_ candidate: Candidate, words: UnsafeBufferPointer<Word>, from start: Int) -> Int? {
        guard start + candidate.patternRange.count <= words.count else { return nil }
        var index = start + candidate.unmatched.lowerBound - candidate.patternRange.lowerBound
        guard index < start + candidate.patternRange.count else { return index }
        if candidate.nextWordKey != 0, words[index].key != candidate.nextWordKey, words[index].stemKey != candidate.nextWordKey {
            return nil
        }
        for patternIndex in candidate.unmatched {
            switch patterns[patternIndex] {
            case .exact(let expected):
                if words[index].lower != expected
                    && !(words[index].stemKey == expected.key && words[index].isPossessive && words[index].stem == expected) { return nil }
            case .prefix(let prefix):
                if !words[index].lower.hasPrefix(prefix) { return nil }
            case .number:
                if !words[index].startsWithDigit { return nil }
            }
            index += 1
        }
        return index
    }
}
