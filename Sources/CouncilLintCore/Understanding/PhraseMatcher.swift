/// Finds phrases (sequences of words) in a sentence's words, compiled once per vocabulary.
///
/// A phrase is written as plain words, case-insensitive: "press and public". A word ending in
/// "*" matches any word with that prefix ("dismiss*" matches "dismissed"); "#" matches any
/// number-like word.
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

    private enum Pattern: Sendable, Hashable {
        case exact(WordText)
        case prefix(WordText)
        case number
    }

    private struct CompiledPhrase: Sendable {
        let phrase: String
        let patterns: [Pattern]
    }

    private var byFirstWord = WordTable<[CompiledPhrase]>()
    private var byFirstPrefix: [CompiledPhrase] = []
    public private(set) var phrases: [String] = []

    public init<S: Sequence>(_ phrases: S) where S.Element == String {
        for phrase in phrases {
            let patterns = WordKey.normalised(phrase).split(separator: " ").map { token -> Pattern in
                if token == "#" { return .number }
                if token.hasSuffix("*") { return .prefix(WordText(prefixOf: String(token.dropLast()))) }
                return .exact(WordText(String(token)))
            }
            guard let first = patterns.first else { continue }
            let compiled = CompiledPhrase(phrase: phrase, patterns: patterns)
            self.phrases.append(phrase)
            if case .exact(let word) = first {
                byFirstWord.update(word, default: []) { $0.append(compiled) }
            } else {
                byFirstPrefix.append(compiled)
            }
        }
    }

    public var isEmpty: Bool { phrases.isEmpty }

    /// Every match in `words`, longest first at each starting word, in order of position.
    public func matches(in words: [Word]) -> [Match] {
        // Through a buffer, so no Word is copied (and its string retained) per look.
        words.withUnsafeBufferPointer { words in
            var found: [Match] = []
            for start in words.indices {
                var best: Match?
                forEachCandidate(startingAt: start, in: words) { candidate in
                    guard let end = matchEnd(candidate.patterns, words: words, from: start) else { return false }
                    if best == nil || end - start > best!.wordRange.count {
                        best = Match(phrase: candidate.phrase, wordRange: start..<end)
                    }
                    return false
                }
                if let best { found.append(best) }
            }
            return found
        }
    }

    public func firstMatch(in words: [Word]) -> Match? {
        matches(in: words).first
    }

    public func contains(in words: [Word]) -> Bool {
        words.withUnsafeBufferPointer { words in
            for start in words.indices {
                var found = false
                forEachCandidate(startingAt: start, in: words) { candidate in
                    found = matchEnd(candidate.patterns, words: words, from: start) != nil
                    return found
                }
                if found { return true }
            }
            return false
        }
    }

    /// Calls `body` with each phrase that may start at `words[index]` until it returns true; a
    /// possessive ("clerk's") also starts the phrases of its stem.
    private func forEachCandidate(startingAt index: Int, in words: UnsafeBufferPointer<Word>, _ body: (CompiledPhrase) -> Bool) {
        for phrase in byFirstPrefix where body(phrase) { return }
        if let phrases = byFirstWord.value(for: words[index].lower) {
            for phrase in phrases where body(phrase) { return }
        }
        if let phrases = byFirstWord.value(forStemOf: words[index]) {
            for phrase in phrases where body(phrase) { return }
        }
    }

    private func matchEnd(_ patterns: [Pattern], words: UnsafeBufferPointer<Word>, from start: Int) -> Int? {
        guard start + patterns.count <= words.count else { return nil }
        for (offset, pattern) in patterns.enumerated() {
            let index = start + offset
            switch pattern {
            case .exact(let expected):
                if words[index].lower != expected
                    && !(words[index].stemKey == expected.key && words[index].isPossessive && words[index].stem == expected) { return nil }
            case .prefix(let prefix):
                if !words[index].lower.hasPrefix(prefix) { return nil }
            case .number:
                if !words[index].startsWithDigit { return nil }
            }
        }
        return start + patterns.count
    }
}
