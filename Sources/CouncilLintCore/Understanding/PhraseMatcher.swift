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
        case exact(String)
        case prefix(String)
        case number
    }

    private struct CompiledPhrase: Sendable {
        let phrase: String
        let patterns: [Pattern]
    }

    private var byFirstWord: [String: [CompiledPhrase]] = [:]
    private var byFirstPrefix: [CompiledPhrase] = []
    /// Which first bytes and UTF-8 lengths the phrases' first words have: most words of a text
    /// fail this test and are never hashed (lookups were a fifth of a run's time).
    private var firstBytes = [Bool](repeating: false, count: 256)
    private var firstLengths: UInt64 = 0
    public private(set) var phrases: [String] = []

    public init<S: Sequence>(_ phrases: S) where S.Element == String {
        for phrase in phrases {
            let patterns = Self.normalised(phrase).split(separator: " ").map { token -> Pattern in
                if token == "#" { return .number }
                if token.hasSuffix("*") { return .prefix(String(token.dropLast())) }
                return .exact(String(token))
            }
            guard let first = patterns.first else { continue }
            let compiled = CompiledPhrase(phrase: phrase, patterns: patterns)
            self.phrases.append(phrase)
            if case .exact(let word) = first {
                byFirstWord[word, default: []].append(compiled)
                if let byte = word.utf8.first { firstBytes[Int(byte)] = true }
                firstLengths |= Self.lengthBit(word.utf8.count)
            } else {
                byFirstPrefix.append(compiled)
            }
        }
    }

    /// Lower case with typographic apostrophes made straight, as words are compared.
    private static func normalised(_ phrase: String) -> String {
        let lower = phrase.lowercased()
        guard lower.unicodeScalars.contains("\u{2019}") else { return lower }
        return String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }

    public var isEmpty: Bool { phrases.isEmpty }

    /// Every match in `words`, longest first at each starting word, in order of position.
    public func matches(in words: [Word]) -> [Match] {
        var found: [Match] = []
        for start in words.indices {
            var best: Match?
            forEachCandidate(startingWith: words[start].lower) { candidate in
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
            forEachCandidate(startingWith: words[start].lower) { candidate in
                found = matchEnd(candidate.patterns, words: words, from: start) != nil
                return found
            }
            if found { return true }
        }
        return false
    }

    /// Calls `body` with each phrase that may start at `word` until it returns true; a
    /// possessive ("clerk's") also starts the phrases of its stem.
    private func forEachCandidate(startingWith word: String, _ body: (CompiledPhrase) -> Bool) {
        for phrase in byFirstPrefix where body(phrase) { return }
        let utf8 = word.utf8
        guard let byte = utf8.first, firstBytes[Int(byte)] else { return }
        let length = utf8.count
        let possessive = length > 2 && word.hasSuffix("'s")
        guard firstLengths & Self.lengthBit(length) != 0 || (possessive && firstLengths & Self.lengthBit(length - 2) != 0) else { return }
        if let phrases = byFirstWord[word] {
            for phrase in phrases where body(phrase) { return }
        }
        if possessive, let phrases = byFirstWord[String(word.dropLast(2))] {
            for phrase in phrases where body(phrase) { return }
        }
    }

    private static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }

    private func matchEnd(_ patterns: [Pattern], words: [Word], from start: Int) -> Int? {
        guard start + patterns.count <= words.count else { return nil }
        for (offset, pattern) in patterns.enumerated() {
            let word = words[start + offset].lower
            switch pattern {
            case .exact(let expected):
                if word != expected && !(word.hasSuffix("'s") && word.dropLast(2) == expected) { return nil }
            case .prefix(let prefix):
                if !word.hasPrefix(prefix) { return nil }
            case .number:
                if !(word.first?.isNumber ?? false) { return nil }
            }
        }
        return start + patterns.count
    }
}
