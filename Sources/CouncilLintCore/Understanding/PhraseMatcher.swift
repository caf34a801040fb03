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
        case exact(String, key: UInt64)
        case prefix(String)
        case number
    }

    private struct CompiledPhrase: Sendable {
        let phrase: String
        let patterns: [Pattern]
    }

    private var byFirstWord = WordTable<[CompiledPhrase]>()
    private var byFirstPrefix: [CompiledPhrase] = []
    /// Which first bytes and UTF-8 lengths the phrases' first words have: most words of a text
    /// fail this test and are never hashed (lookups were a fifth of a run's time).
    private var firstBytes = [Bool](repeating: false, count: 256)
    private var firstLengths: UInt64 = 0
    public private(set) var phrases: [String] = []

    public init<S: Sequence>(_ phrases: S) where S.Element == String {
        for phrase in phrases {
            let patterns = WordKey.normalised(phrase).split(separator: " ").map { token -> Pattern in
                if token == "#" { return .number }
                if token.hasSuffix("*") { return .prefix(String(token.dropLast())) }
                return .exact(String(token), key: WordKey.of(token.utf8))
            }
            guard let first = patterns.first else { continue }
            let compiled = CompiledPhrase(phrase: phrase, patterns: patterns)
            self.phrases.append(phrase)
            if case .exact(let word, _) = first {
                byFirstWord.update(word, default: []) { $0.append(compiled) }
                if let byte = word.utf8.first { firstBytes[Int(byte)] = true }
                firstLengths |= Self.lengthBit(word.utf8.count)
            } else {
                byFirstPrefix.append(compiled)
            }
        }
    }

    public var isEmpty: Bool { phrases.isEmpty }

    /// Every match in `words`, longest first at each starting word, in order of position.
    public func matches(in words: [Word]) -> [Match] {
        var found: [Match] = []
        for start in words.indices {
            var best: Match?
            forEachCandidate(startingWith: words[start]) { candidate in
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

    public func firstMatch(in words: [Word]) -> Match? {
        matches(in: words).first
    }

    public func contains(in words: [Word]) -> Bool {
        for start in words.indices {
            var found = false
            forEachCandidate(startingWith: words[start]) { candidate in
                found = matchEnd(candidate.patterns, words: words, from: start) != nil
                return found
            }
            if found { return true }
        }
        return false
    }

    /// Calls `body` with each phrase that may start at `word` until it returns true; a
    /// possessive ("clerk's") also starts the phrases of its stem.
    private func forEachCandidate(startingWith word: Word, _ body: (CompiledPhrase) -> Bool) {
        for phrase in byFirstPrefix where body(phrase) { return }
        let utf8 = word.lower.utf8
        guard let byte = utf8.first, firstBytes[Int(byte)] else { return }
        let length = utf8.count
        let possessive = word.isPossessive
        guard firstLengths & Self.lengthBit(length) != 0 || (possessive && firstLengths & Self.lengthBit(length - 2) != 0) else { return }
        if let phrases = byFirstWord.value(for: word) {
            for phrase in phrases where body(phrase) { return }
        }
        if let phrases = byFirstWord.valueForStem(of: word) {
            for phrase in phrases where body(phrase) { return }
        }
    }

    private static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }

    private func matchEnd(_ patterns: [Pattern], words: [Word], from start: Int) -> Int? {
        guard start + patterns.count <= words.count else { return nil }
        for (offset, pattern) in patterns.enumerated() {
            let word = words[start + offset].lower
            switch pattern {
            case .exact(let expected, let key):
                let candidate = words[start + offset]
                let same = candidate.key == key && word == expected
                if !same && !(candidate.isPossessive && candidate.stemKey == key && word.utf8.dropLast(2).elementsEqual(expected.utf8)) { return nil }
            case .prefix(let prefix):
                if !word.hasPrefix(prefix) { return nil }
            case .number:
                if !(word.first?.isNumber ?? false) { return nil }
            }
        }
        return start + patterns.count
    }
}
