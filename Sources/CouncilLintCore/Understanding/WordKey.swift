/// A word's 64-bit FNV-1a hash, computed once when the word is cut from the text, so that the
/// vocabularies look words up without hashing their strings again (String hashing was a sixth
/// of a run's instructions).
enum WordKey {
    static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

    static func adding(_ byte: UInt8, to key: UInt64) -> UInt64 {
        (key ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    static func of<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        bytes.reduce(empty) { adding($1, to: $0) }
    }

    /// A word as vocabularies are written and words are compared: lower case, typographic
    /// apostrophes straight.
    static func normalised(_ word: String) -> String {
        let lower = word.lowercased()
        guard lower.unicodeScalars.contains("\u{2019}") else { return lower }
        return String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }
}

/// Values looked up by a word's key, in an open-addressed table built once: a lookup costs a
/// few comparisons and no hashing.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64] = []
    private var words: [String] = []
    private var values: [Value] = []
    /// Indices into `keys`, `words` and `values`; -1 for an empty slot.
    private var slots: [Int32]
    private var mask: Int

    init() {
        slots = [-1]
        mask = 0
    }

    /// A table of `entries`, whose words are normalised here; a later entry replaces an earlier one.
    init(_ entries: some Sequence<(String, Value)>) {
        self.init()
        for (word, value) in entries { update(WordKey.normalised(word), default: value) { $0 = value } }
    }

    /// `word` must already be normalised (see `WordKey.normalised`).
    mutating func update(_ word: String, default defaultValue: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        let key = WordKey.of(word.utf8)
        if let index = index(of: key, matching: { $0 == word }) {
            change(&values[index])
            return
        }
        var value = defaultValue()
        change(&value)
        keys.append(key)
        words.append(word)
        values.append(value)
        if words.count * 2 > slots.count { rehash() } else { place(words.count - 1) }
    }

    func value(for word: Word) -> Value? {
        value(forKey: word.key, word: word.lower)
    }

    /// The value of `word`, whose key is `key`.
    func value(forKey key: UInt64, word: String) -> Value? {
        index(of: key) { $0 == word }.map { values[$0] }
    }

    /// The value of a possessive's stem ("clerk" for "clerk's"), whose key is `key`.
    func value(forKey key: UInt64, stemOf word: String) -> Value? {
        index(of: key) { $0.utf8.elementsEqual(word.utf8.dropLast(2)) }.map { values[$0] }
    }

    private func index(of key: UInt64, matching isWord: (String) -> Bool) -> Int? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if keys[index] == key && isWord(words[index]) { return index }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func rehash() {
        var capacity = 8
        while capacity < words.count * 4 { capacity *= 2 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for index in words.indices { place(index) }
    }

    private mutating func place(_ index: Int) {
        var slot = Int(truncatingIfNeeded: keys[index]) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }
}

/// A set of words, asked about a text's words by key.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    init(_ words: some Sequence<String>) {
        table = WordTable(words.lazy.map { ($0, true) })
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    func contains(_ word: Word) -> Bool {
        table.value(for: word) != nil
    }
}
