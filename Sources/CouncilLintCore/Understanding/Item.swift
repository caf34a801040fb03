/// One agenda or minute item: from its number or heading to the next item's.
public struct Item: Sendable {
    public let number: ItemNumber?
    /// The item's title: a heading's text, or the capitalised words after the number.
    public let title: String
    /// Sentences of the item, including the one that opens it.
    public var sentences: Range<Int>
    public let blockIndex: Int
    /// UTF-8 offset in the block where the item starts.
    public let offset: Int

    /// The item number as a string for reports, e.g. "25/047".
    public var label: String? { number?.text }

    /// A lettered paragraph "(a)" within a numbered item.
    public var isSubItem: Bool { number?.text.hasSuffix(")") ?? false }
}

/// The document as the checks read it: sentences in order, each tied to its item.
public struct DocumentText: Sendable {
    public let sentences: [Sentence]
    public let items: [Item]
    /// For each sentence, the index of its item (nil before the first item).
    public let itemOfSentence: [Int?]
    /// Item indices by the references that reach them: "6" reaches 6, 6a, 6(b) and 6.1.
    private let itemsByReference: [String: [Int]]

    init(sentences: [Sentence], items: [Item], itemOfSentence: [Int?]) {
        self.sentences = sentences
        self.items = items
        self.itemOfSentence = itemOfSentence
        var index: [String: [Int]] = [:]
        for (position, item) in items.enumerated() {
            guard let number = item.number else { continue }
            for reference in number.referencesReaching { index[reference, default: []].append(position) }
        }
        self.itemsByReference = index
    }

    /// The items a reference by number reaches ("item 6" reaches 6 and its parts).
    public func items(reachedBy number: ItemNumber) -> [Int] {
        itemsByReference[number.canonical] ?? []
    }

    public func item(of sentence: Sentence) -> Item? {
        itemOfSentence[sentence.index].map { items[$0] }
    }

    public func sentences(of item: Item) -> ArraySlice<Sentence> {
        sentences[item.sentences]
    }
}

/// Finds items (numbered or headed) and sentences in a document's blocks.
enum ItemSegmenter {
    private static let numberIntroducers: WordSet = ["item", "minute", "min", "agenda"]
    private static let referenceContext: WordSet = [
        "item", "items", "minute", "minutes", "min", "at", "see", "and", "to", "of", "ref", "under", "in", "no",
        "application", "applications", "on", "from", "for", "with", "by", "the", "&", "or", "re", "per", "page",
        "para", "paragraph", "resolution", "appendix", "number", "reference", "was", "were", "is", "be", "than",
    ]
    private static let monthNames: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    private static let titleJoiners: WordSet = ["of", "and", "the", "to", "for", "in", "on", "a", "&", "or", "from", "at", "by"]

    /// With `concurrently`, the words of the second half of the blocks are cut on a second thread.
    static func segment(_ document: Document, concurrently: Bool = false) -> DocumentText {
        var sentences: [Sentence] = []
        var items: [Item] = []
        var itemOfSentence: [Int?] = []
        var lastMajor: Int?
        var sawHeadingItem = false

        let blockWords = cutWords(of: document.blocks, concurrently: concurrently)
        // The block's sentence ranges, in one buffer that every block reuses.
        var ranges: [Range<Int>] = []
        for (blockIndex, block) in document.blocks.enumerated() {
            let words = blockWords[blockIndex]
            var starts: [(offset: Int, number: ItemNumber?, titleWords: Range<Int>)] = []

            if let letter = subItemLetter(block.text), let subItem = nextSubItem(letter, after: items) {
                starts.append((0, subItem, 0..<min(words.count, 12)))
            } else if let leading = leadingNumber(words, block: block, lastMajor: lastMajor) {
                starts.append((0, leading.number, leading.titleWords))
                lastMajor = leading.number.major
            } else if block.kind == .heading, !words.isEmpty {
                // The document's own title heading is not an item.
                if sawHeadingItem || !items.isEmpty || !sentences.isEmpty {
                    starts.append((0, nil, 0..<words.count))
                }
                sawHeadingItem = true
            }
            // Few words can be numbers: they are picked out here, before a call for each.
            for index in words.indices.dropFirst() where words[index].mayBeItemNumber {
                guard let number = inlineNumber(words, at: index, block: block, lastMajor: lastMajor) else { continue }
                let title = titleWords(words, after: index + 1, wholeBlockIsTitle: false)
                starts.append((words[index].range.lowerBound, number, title))
                lastMajor = number.major
            }

            SentenceSplitter.sentenceRanges(in: block.text, extraBreaks: starts.lazy.map(\.offset), into: &ranges)
            var wordCursor = 0
            for range in ranges {
                while wordCursor < words.count, words[wordCursor].range.lowerBound < range.lowerBound { wordCursor += 1 }
                var wordEnd = wordCursor
                while wordEnd < words.count, words[wordEnd].range.upperBound <= range.upperBound { wordEnd += 1 }
                if let start = starts.first(where: { $0.offset >= range.lowerBound && $0.offset < range.upperBound }) {
                    if let previous = items.indices.last { items[previous].sentences = items[previous].sentences.lowerBound..<sentences.count }
                    let title = start.titleWords.isEmpty ? "" : titleText(block, words: words, start.titleWords)
                    items.append(Item(number: start.number, title: title, sentences: sentences.count..<sentences.count + 1,
                                      blockIndex: blockIndex, offset: start.offset))
                }
                sentences.append(Sentence(blockIndex: blockIndex, range: range, blockText: block.text,
                                          words: words.view(wordCursor..<wordEnd), index: sentences.count))
                itemOfSentence.append(items.isEmpty ? nil : items.count - 1)
                wordCursor = wordEnd
            }
        }
        if let last = items.indices.last { items[last].sentences = items[last].sentences.lowerBound..<sentences.count }
        return DocumentText(sentences: sentences, items: items, itemOfSentence: itemOfSentence)
    }

    /// The words of every block. They are cut into one array, which the blocks' sentences view,
    /// so that no sentence allocates its own; with `concurrently`, the blocks after the first half
    /// of the text are cut into a second array on a second thread (blocks are cut independently).
    private static func cutWords(of blocks: [Block], concurrently: Bool) -> [Words] {
        func cut(_ blocks: ArraySlice<Block>) -> [Words] {
            var words: [Word] = []
            // About six bytes of text a word.
            words.reserveCapacity(blocks.reduce(0) { $0 + $1.text.utf8.count } / 6)
            // By index: a copy of each block would retain and release every one of its fields.
            let ranges = blocks.indices.map { index in
                let first = words.count
                SentenceSplitter.appendWords(of: blocks[index].text, range: 0..<blocks[index].text.utf8.count,
                                             lineStarts: blocks[index].lineStartOffsets, to: &words)
                return first..<words.count
            }
            return ranges.map { Words(words, range: $0, signature: .anyWords) }
        }
        guard concurrently, blocks.count >= 2 else { return cut(blocks[...]) }
        let halfBytes = blocks.reduce(0) { $0 + $1.text.utf8.count } / 2
        var secondHalf = 1
        var firstHalfBytes = blocks[0].text.utf8.count
        while secondHalf < blocks.count - 1, firstHalfBytes < halfBytes {
            firstHalfBytes += blocks[secondHalf].text.utf8.count
            secondHalf += 1
        }
        let (first, second) = LargeDocument.both(concurrently: true, { cut(blocks[..<secondHalf]) }, { cut(blocks[secondHalf...]) })
        return first + second
    }

    /// "(a) Riverside Road ..." or "b) ...": the letter of a lettered paragraph.
    private static func subItemLetter(_ text: String) -> Character? {
        var head = text.utf8.makeIterator()
        let first = head.next(), second = head.next(), third = head.next()
        func isLetter(_ byte: UInt8?) -> Bool { byte.map { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") } ?? false }
        if first == UInt8(ascii: "("), isLetter(second), third == UInt8(ascii: ")") { return Character(Unicode.Scalar(second!)) }
        if isLetter(first), second == UInt8(ascii: ")") { return Character(Unicode.Scalar(first!)) }
        return nil
    }

    /// The sub-item "(letter)" continues the lettering of the current numbered item: "(a)" first,
    /// then each letter after the last.
    private static func nextSubItem(_ letter: Character, after items: [Item]) -> ItemNumber? {
        guard let last = items.last, let lastNumber = last.number,
              let parent = items.last(where: { !$0.isSubItem })?.number else { return nil }
        let expected: Character
        if last.isSubItem {
            guard lastNumber.text.hasPrefix(parent.text), let previous = lastNumber.text.dropLast().last,
                  let scalar = previous.unicodeScalars.first, let following = Unicode.Scalar(scalar.value + 1) else { return nil }
            expected = Character(following)
        } else {
            expected = "a"
        }
        return letter == expected ? parent.subItem(letter) : nil
    }

    private static func leadingNumber(_ words: Words, block: Block, lastMajor: Int?)
        -> (number: ItemNumber, titleWords: Range<Int>)? {
        guard let first = words.first else { return nil }
        var numberIndex = 0
        if numberIntroducers.contains(first), words.count > 1 {
            numberIndex = words.count > 2 && words[1].lower == "item" ? 2 : 1
            if words.count > numberIndex, words[numberIndex].lower == "no" { numberIndex += 1 }
        }
        guard numberIndex < words.count, words[numberIndex].range.lowerBound <= 12 else { return nil }
        let word = words[numberIndex]
        guard word.mayBeItemNumber, let number = ItemNumber(word: block.text.utf8Slice(word.range)) else { return nil }
        let following = block.byte(at: word.range.upperBound)
        let next = numberIndex + 1 < words.count ? words[numberIndex + 1] : nil
        let introduced = numberIndex > 0
        let punctuated = following == UInt8(ascii: ".") || following == UInt8(ascii: ")") || following == UInt8(ascii: ":")
            || following == UInt8(ascii: "\\")
        if following == UInt8(ascii: ",") || following == UInt8(ascii: ";") { return nil }
        if number.isMinuteReference {
            if number.isFinancialYear { return nil }
            if let lastMajor, number.major < lastMajor || number.major > lastMajor + 30 { return nil }
        } else {
            guard let next else { return nil }
            if let lastMajor {
                guard number.major >= lastMajor, number.major <= lastMajor + 6 else { return nil }
            }
            if monthNames.contains(next) { return nil }
            if !(introduced || punctuated) {
                guard block.kind == .heading || next.isAllCaps else { return nil }
            } else if !(next.isCapitalised || introduced) {
                return nil
            }
        }
        return (number, titleWords(words, after: numberIndex + 1, wholeBlockIsTitle: block.kind == .heading))
    }

    private static func inlineNumber(_ words: Words, at index: Int, block: Block, lastMajor: Int?) -> ItemNumber? {
        let word = words[index]
        guard word.mayBeItemNumber, word.startsWithDigit || word.isAllCaps else { return nil }
        guard index + 1 < words.count, words[index + 1].isCapitalised, !referenceContext.contains(words[index - 1]) else { return nil }
        let before = block.text.utf8Slice(max(0, word.range.lowerBound - 2)..<word.range.lowerBound)
        guard !before.contains(anyOf: "(", "/", "£") else { return nil }
        guard let number = ItemNumber(word: block.text.utf8Slice(word.range)) else { return nil }
        guard let lastMajor else {
            // A whole meeting pasted on one line: its first minute number opens the first item.
            return number.isMinuteReference && !number.isFinancialYear && words[index + 1].isCapitalised ? number : nil
        }
        if number.isMinuteReference {
            return !number.isFinancialYear && (number.major == lastMajor + 1 || number.major == lastMajor + 2) ? number : nil
        }
        let following = block.byte(at: word.range.upperBound)
        guard following == UInt8(ascii: ".") || following == UInt8(ascii: ")") else { return nil }
        guard number.major == lastMajor + 1 || (number.major == lastMajor && number.text.contains(anyOf: ".")) else { return nil }
        return words[index + 1].isAllCaps || number.text.contains(anyOf: ".") ? number : nil
    }

    private static func titleWords(_ words: Words, after start: Int, wholeBlockIsTitle: Bool) -> Range<Int> {
        guard start < words.count else { return start..<start }
        if wholeBlockIsTitle { return start..<words.count }
        var end = start
        if words[start].isAllCaps {
            while end < words.count, words[end].isAllCaps || (titleJoiners.contains(words[end]) && end + 1 < words.count && words[end + 1].isAllCaps) {
                end += 1
            }
            return start..<end
        }
        end = min(words.count, start + 12)
        return start..<end
    }

    private static func titleText(_ block: Block, words: Words, _ range: Range<Int>) -> String {
        let start = words[range.lowerBound].range.lowerBound
        var end = words[range.upperBound - 1].range.upperBound
        // The title stops at a colon, which only a gap between words can hold.
        if let colon = words[range.dropLast()].firstIndex(where: { $0.gapAfter.contains(.colon) }) {
            let gapStart = words[colon].range.upperBound
            let gap = block.text.utf8Slice(gapStart..<words[colon + 1].range.lowerBound)
            end = gapStart + gap.utf8.prefix { $0 != UInt8(ascii: ":") }.count
        }
        return String(block.text.utf8Slice(start..<end))
    }
}

extension String {
    /// The substring at UTF-8 offsets `range` (clamped to the string).
    func utf8Slice(_ range: Range<Int>) -> Substring {
        let count = utf8.count
        let lower = utf8.index(utf8.startIndex, offsetBy: min(max(0, range.lowerBound), count))
        let upper = utf8.index(utf8.startIndex, offsetBy: min(max(range.lowerBound, range.upperBound), count))
        return self[lower..<upper]
    }

    /// The text from UTF-8 offset `start` to `end`; empty when `end` comes first, as between a
    /// quotation mark and a word that runs over it.
    func utf8Slice(from start: Int, to end: Int) -> Substring {
        utf8Slice(start..<max(start, end))
    }
}

extension StringProtocol {
    /// Whether the text contains `word`, written in lower-case ASCII, in any case: a byte search
    /// (Foundation's `lowercased().contains` searches with locale rules, thousands of times slower).
    func containsIgnoringASCIICase(_ word: StaticString) -> Bool {
        word.withUTF8Buffer { needle in
            guard let first = needle.first else { return true }
            let utf8 = Array(self.utf8)
            guard utf8.count >= needle.count else { return false }
            func lowered(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
            for start in 0...(utf8.count - needle.count) where lowered(utf8[start]) == first {
                if (1..<needle.count).allSatisfy({ lowered(utf8[start + $0]) == needle[$0] }) { return true }
            }
            return false
        }
    }

    /// Whether any of `scalars` occurs in the text. Foundation's `contains(_:)` with a string
    /// searches with locale rules at thousands of instructions a call, in the hottest loops.
    func contains(anyOf scalars: Unicode.Scalar...) -> Bool {
        unicodeScalars.contains { scalars.contains($0) }
    }
}
