/// A word's 64-bit FNV-1a hash, computed once when the word is cut from the text, so that the
/// vocabularies look words up without hashing their strings again (String hashing was a sixth
/// of a run's instructions).
enum WordKey {
    static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
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

/// A word's lowercased text, held inside the word so that words copy as plain bytes, with no
/// reference counting (copying words that held a String was a fifth of the analysis).
///
/// The first 16 UTF-8 bytes are kept: a word up to that length compares exactly; a longer one
/// by its length, those bytes and its key. It compares with a word
/// written in the code as it stands: `word.lower == "clerk"`.
public struct WordText: Sendable, Hashable, CustomStringConvertible, BitwiseCopyable {
    /// How many bytes are kept.
    static let capacity = 16

    private var head: (UInt64, UInt64) = (0, 0)
    /// The lengths are kept in 32 bits (a word of 4 GB is not read): a huge file has millions of words.
    private let storedUTF8Count: UInt32
    private let storedCount: UInt32
    /// The word's length in UTF-8 bytes.
    public var utf8Count: Int { Int(storedUTF8Count) }
    /// The word's length in characters.
    public var count: Int { Int(storedCount) }
    /// `WordKey` of all the bytes.
    let key: UInt64

    /// `bytes` must already be lowercased and normalised (see `WordKey.normalised`).
    init(lowered bytes: UnsafeBufferPointer<UInt8>, key: UInt64, count: Int) {
        storedUTF8Count = UInt32(clamping: bytes.count)
        storedCount = UInt32(clamping: count)
        self.key = key
        withUnsafeMutableBytes(of: &head) { head in
            head.copyMemory(from: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[..<min(bytes.count, Self.capacity)])))
        }
    }

    /// A word as vocabularies are written, normalised here.
    init(_ word: String) {
        self.init(normalised: WordKey.normalised(word))
    }

    /// A word already normalised (`WordKey.normalised`).
    init(normalised word: String) {
        var word = word
        let count = word.count
        self = word.withUTF8 { WordText(lowered: $0, key: WordKey.of($0), count: count) }
    }

    /// The first `capacity` bytes of an already normalised `word` (cut at a character), to match as a prefix.
    init(prefixOf word: String) {
        var kept = Substring(word)
        while kept.utf8.count > Self.capacity { kept = kept.dropLast() }
        self.init(normalised: String(kept))
    }

    public func hasPrefix(_ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { bytes in
            guard bytes.count <= utf8Count, bytes.count <= Self.capacity else { return false }
            return withUnsafeBytes(of: head) { head in (0..<bytes.count).allSatisfy { head[$0] == bytes[$0] } }
        }
    }

    /// Compares with a vocabulary word written in the code, byte by byte (no key computed).
    public static func == (text: WordText, literal: StaticString) -> Bool {
        literal.withUTF8Buffer { bytes in
            guard bytes.count == text.utf8Count, bytes.count <= capacity else { return false }
            return withUnsafeBytes(of: text.head) { head in (0..<bytes.count).allSatisfy { head[$0] == bytes[$0] } }
        }
    }

    public static func != (text: WordText, literal: StaticString) -> Bool {
        !(text == literal)
    }

    public static func ~= (literal: StaticString, text: WordText) -> Bool {
        text == literal
    }

    private init(head: (UInt64, UInt64), utf8Count: Int, count: Int, key: UInt64) {
        self.head = head
        storedUTF8Count = UInt32(clamping: utf8Count)
        storedCount = UInt32(clamping: count)
        self.key = key
    }

    /// The bytes kept, gathered one at a time as a word is cut.
    struct Head {
        private var low: UInt64 = 0
        private var high: UInt64 = 0

        /// Puts `byte` at `offset`; bytes past the capacity are not kept.
        @inline(__always)
        mutating func set(_ byte: UInt8, at offset: Int) {
            if offset < 8 {
                low |= UInt64(byte) &<< (offset &* 8)
            } else if offset < WordText.capacity {
                high |= UInt64(byte) &<< ((offset &- 8) &* 8)
            }
        }

        /// In memory order, as `WordText` compares and reads its bytes.
        fileprivate var bytes: (UInt64, UInt64) { (low.littleEndian, high.littleEndian) }
    }

    /// A word whose first bytes are in `head` (zero past its end).
    init(head: Head, utf8Count: Int, count: Int, key: UInt64) {
        self.init(head: head.bytes, utf8Count: utf8Count, count: count, key: key)
    }

    /// The text without its last `byteCount` bytes (a possessive's "'s"), whose key is `key`.
    func dropping(last byteCount: Int, key: UInt64) -> WordText {
        var head = self.head
        let kept = utf8Count - byteCount
        withUnsafeMutableBytes(of: &head) { head in
            for index in min(kept, Self.capacity)..<Self.capacity { head[index] = 0 }
        }
        return WordText(head: head, utf8Count: kept, count: count - byteCount, key: key)
    }

    /// Whether all the word's bytes are kept, so that `description` is the whole word.
    public var isComplete: Bool { utf8Count <= Self.capacity }

    /// The last byte, when the word is complete.
    public var lastByte: UInt8? {
        guard isComplete, utf8Count > 0 else { return nil }
        return withUnsafeBytes(of: head) { $0[utf8Count - 1] }
    }

    /// Whether the word holds `byte`; nil when the word is longer than the bytes kept.
    func contains(_ byte: UInt8) -> Bool? {
        guard isComplete else { return nil }
        return withUnsafeBytes(of: head) { $0[..<utf8Count].contains(byte) }
    }

    public func hasPrefix(_ prefix: WordText) -> Bool {
        guard prefix.utf8Count <= utf8Count, prefix.isComplete else { return false }
        return withUnsafeBytes(of: head) { mine in
            withUnsafeBytes(of: prefix.head) { theirs in
                (0..<prefix.utf8Count).allSatisfy { mine[$0] == theirs[$0] }
            }
        }
    }

    public static func == (lhs: WordText, rhs: WordText) -> Bool {
        lhs.key == rhs.key && lhs.utf8Count == rhs.utf8Count && lhs.head == rhs.head
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
    }

    /// The word; a word longer than `capacity` bytes is cut there and ends in "…".
    public var description: String {
        withUnsafeBytes(of: head) { head in
            let text = String(decoding: head[..<min(utf8Count, Self.capacity)], as: UTF8.self)
            return isComplete ? text : text + "…"
        }
    }
}

/// Values looked up by a word's key, in an open-addressed table built once: a lookup costs a
/// probe or two and no hashing, and a word the table does not hold is usually turned away by
/// the first slot's key alone.
struct WordTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        /// Index into `words` and `values`; -1 for an empty slot.
        var index: Int32
    }

    private var words: [WordText] = []
    private var values: [Value] = []
    private var slots: [Slot]
    private var mask: Int

    init() {
        slots = [Slot(key: 0, index: -1)]
        mask = 0
    }

    /// A table of `entries`, whose words are normalised here; a later entry replaces an earlier one.
    init(_ entries: some Sequence<(String, Value)>) {
        self.init()
        for (word, value) in entries { update(WordText(word), default: value) { $0 = value } }
    }

    mutating func update(_ word: WordText, default defaultValue: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        if let index = index(of: word) {
            change(&values[index])
            return
        }
        var value = defaultValue()
        change(&value)
        words.append(word)
        values.append(value)
        if words.count * 4 > slots.count { rehash() } else { place(words.count - 1) }
    }

    func value(for word: Word) -> Value? {
        value(for: word.lower)
    }

    @inline(__always)
    func value(for word: WordText) -> Value? {
        index(of: word).map { values[$0] }
    }

    /// The value of a possessive's stem ("clerk" for "clerk's").
    func value(forStemOf word: Word) -> Value? {
        word.isPossessive ? value(for: word.stem) : nil
    }

    @inline(__always)
    private func index(of word: WordText) -> Int? {
        let key = word.key
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let probe = slots[slot]
                if probe.index < 0 { return nil }
                if probe.key == key && words[Int(probe.index)] == word { return Int(probe.index) }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func rehash() {
        var capacity = 8
        while capacity < words.count * 8 { capacity *= 2 }
        slots = [Slot](repeating: Slot(key: 0, index: -1), count: capacity)
        mask = capacity - 1
        for index in words.indices { place(index) }
    }

    private mutating func place(_ index: Int) {
        let key = words[index].key
        var slot = Int(truncatingIfNeeded: key) & mask
        while slots[slot].index >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(key: key, index: Int32(index))
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
        table.value(for: word.lower) != nil
    }

    func contains(_ word: WordText) -> Bool {
        table.value(for: word) != nil
    }

    /// Whether the word, or the stem of a possessive ("clerk" for "clerk's"), is in the set.
    func contains(stemOf word: Word) -> Bool {
        table.value(for: word.stem) != nil
    }
}

/// Which words a run of words may hold, by their keys' top six bits: a 64-bit Bloom filter,
/// as small as it is so that a view of words stays three machine words long (a larger one
/// cost more in copying views than it saved). A vocabulary none of whose first words shares
/// a bit with a sentence's cannot match in it, and is not looked for word by word.
struct WordSignature: Sendable, BitwiseCopyable {
    private var bits: UInt64 = 0

    /// May hold any word: rules out nothing.
    static let anyWords = WordSignature(bits: .max)

    private init(bits: UInt64) {
        self.bits = bits
    }

    /// The words' keys, and the keys of possessives' stems ("clerk" for "clerk's").
    init(_ words: UnsafeBufferPointer<Word>) {
        for word in words { bits |= Self.bit(word.key) | Self.bit(word.stemKey) }
    }

    init(_ words: some Sequence<WordText>) {
        for word in words { bits |= Self.bit(word.key) }
    }

    private static func bit(_ key: UInt64) -> UInt64 {
        1 << (key >> 58)
    }

    /// False only when no word of one is a word of the other.
    func mayShareAWord(with other: WordSignature) -> Bool {
        bits & other.bits != 0
    }
}

/// Which words a vocabulary's phrases start with, by eight bits of their keys: a 256-bit Bloom
/// filter a matcher asks about each word before it probes its table, a test of one bit where a
/// probe hashes into the table and compares.
struct FirstWordFilter: Sendable {
    private var bits = InlineArray<4, UInt64>(repeating: 0)

    init(_ words: some Sequence<WordText>) {
        for word in words {
            let bit = Self.bit(word.key)
            bits[bit &>> 6] |= 1 &<< (bit & 63)
        }
    }

    // Bits 48 to 55: `WordTable` places words by the lowest bits, `WordSignature` by the top six.
    @inline(__always)
    private static func bit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: key >> 48) & 255
    }

    /// False only when no phrase starts with the word, nor with its stem when it is a possessive.
    @inline(__always)
    func mayStart(_ word: Word) -> Bool {
        contains(Self.bit(word.key)) || (word.isPossessive && contains(Self.bit(word.stemKey)))
    }

    @inline(__always)
    private func contains(_ bit: Int) -> Bool {
        bits[bit &>> 6] & (1 &<< (bit & 63)) != 0
    }
}
