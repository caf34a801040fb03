/// A press release as the publicity checks read it: headline, issue date, body in the
/// council's own voice, quotes and their speakers, photo captions, and the background after
/// "ENDS" or "Notes to editors" that is not the release's own voice.
public struct PressRelease: Sendable {
    /// What each sentence is part of.
    public enum Part: Sendable, Hashable {
        /// "NEWS RELEASE", the council's name, "Date: 23 January 2025".
        case masthead
        case headline
        case body
        /// "Pictured: the Mayor with volunteers", "Photo: ...".
        case caption
        /// "Media enquiries: ...", "For more information contact ...".
        case contact
        /// "ENDS", "Notes to editors" and everything after them.
        case background
    }

    public struct Caption: Sendable, Hashable {
        public let sentences: Range<Int>
        public let people: [PersonReference]
    }

    public let issueDate: CalendarDate?
    /// The sentence stating the issue date; nil when the markup declares it.
    public let issueDateSentence: Int?
    /// The part of every sentence (index = sentence index).
    public let parts: [Part]
    public let quotes: [Quote]
    public let captions: [Caption]
    /// People named in the headline and body, quoted words included, in order.
    public let people: [PersonReference]
    /// UTF-8 ranges inside quotation marks, per sentence (index = sentence index).
    let quotedRanges: [[Range<Int>]]

    public var headline: [Int] { parts.indices.filter { parts[$0] == .headline } }

    /// Whether the sentence is the release's own text: headline or body, not a caption, the
    /// masthead, contact details or the background.
    public func isRelease(_ sentence: Int) -> Bool {
        parts[sentence] == .body || parts[sentence] == .headline
    }

    /// Whether word `word` of `sentence` is inside quotation marks.
    public func isQuoted(_ sentence: Sentence, word: Int) -> Bool {
        let range = sentence.words[word].range
        return quotedRanges[sentence.index].contains { $0.contains(range.lowerBound) }
    }

    /// Whether words `range` of sentence `sentence` describe a person the release names: "Labour
    /// councillor Anita Shah", "Leader of the Conservative Group", "Cllr Barlow (Conservative)".
    public func describesPerson(sentence: Int, words range: Range<Int>, in text: DocumentText) -> Bool {
        let words = text.sentences[sentence].words
        return people.contains { person in
            guard person.sentenceIndex == sentence else { return false }
            if person.wordRange.overlaps(range) || person.wordRange.lowerBound == range.upperBound { return true }
            guard person.wordRange.upperBound <= range.lowerBound, range.lowerBound - person.wordRange.upperBound <= 1 else { return false }
            let gap = text.sentences[sentence].blockText.utf8Slice(words[person.wordRange.upperBound - 1].range.upperBound..<words[range.lowerBound].range.lowerBound)
            return gap.contains(anyOf: "(", ",")
        }
    }

    /// Whether the release is about the conduct of an election (notices, candidates, polling
    /// stations, voter ID, results): `cues` in the headline, or two different cues in the body.
    public func concernsElection(cues: PhraseMatcher, in text: DocumentText) -> Bool {
        var found: Set<String> = []
        for sentence in text.sentences where isRelease(sentence.index) {
            let matches = cues.matches(in: sentence.words)
            if parts[sentence.index] == .headline, !matches.isEmpty { return true }
            found.formUnion(matches.map(\.phrase))
        }
        return found.count >= 2
    }

    /// The speaker of the quoted words of sentence `index`.
    public func speaker(of sentence: Int) -> PersonReference? {
        quotes.first { $0.isDirect && $0.sentences.contains(sentence) }?.speaker
    }
}

extension PressRelease {
    private static let clauseWords: WordSet = ["where", "who", "whose", "which"]

    init(text: DocumentText, document: Document, meeting: MeetingRecord, staffReferences: [[StaffReference]],
         profile: CouncilProfile?) {
        let people = PeopleFinder(profile: profile, meeting: meeting, staffReferences: staffReferences)
        let parts = PressReleaseLayout.parts(of: text, blocks: document.blocks)
        let dated = DocumentDating.issueDate(of: text, document: document)
        var reader = QuoteReader(text: text, document: document, parts: parts, people: people)
        let quotes = reader.read()
        var captions: [Caption] = []
        var named: [PersonReference] = []
        for sentence in text.sentences {
            switch parts[sentence.index] {
            case .caption:
                // Who is pictured comes before any clause about the scene: "..., where Cllr X was re-elected".
                let clause = sentence.words.firstIndex { Self.clauseWords.contains($0) } ?? sentence.words.count
                let found = people.people(in: sentence).filter { $0.wordRange.lowerBound < clause }
                if let last = captions.last, last.sentences.upperBound == sentence.index,
                   text.sentences[last.sentences.lowerBound].blockIndex == sentence.blockIndex {
                    captions[captions.count - 1] = Caption(sentences: last.sentences.lowerBound..<sentence.index + 1, people: last.people + found)
                } else {
                    captions.append(Caption(sentences: sentence.index..<sentence.index + 1, people: found))
                }
            case .body, .headline:
                named += people.people(in: sentence)
            default:
                break
            }
        }
        self.init(issueDate: dated?.date, issueDateSentence: dated?.sentence, parts: parts, quotes: quotes,
                  captions: captions, people: named, quotedRanges: reader.quotedRanges)
    }
}

/// Tells the parts of a press release apart block by block: the masthead and headline at the
/// top, captions and contact lines by their labels, the background from "ENDS" or "Notes to
/// editors" on.
enum PressReleaseLayout {
    private static let endMarkers: [[WordText]] = ["ends", "end", "end of release", "end of press release", "ends ends"]
        .map { $0.split(separator: " ").map { WordText(String($0)) } }
    private static let backgroundLabels = PhraseMatcher([
        "notes to editors", "note to editors", "notes for editors", "note for editors", "editor's notes", "editors notes",
        "editor's note", "notes to editor", "note to editor", "background information", "additional information",
        "for editors", "editors' notes",
    ])
    private static let captionLabels = PhraseMatcher([
        "pictured", "picture", "pictures", "photo", "photos", "photograph", "photographs", "photo caption", "picture caption",
        "caption", "image", "images", "above", "left to right", "l-r", "main picture", "main photo", "photo opportunity",
        "photocall", "photo call", "picture shows", "photo shows", "photograph shows", "pictured above", "pictured left",
        "pictured right", "pictured centre",
    ])
    private static let contactLabels = PhraseMatcher([
        "contact", "contacts", "media contact", "media contacts", "media enquiries", "media enquiry", "press enquiries",
        "press office", "press contact", "for more information", "for further information", "further information",
        "enquiries", "issued by", "press team", "communications team", "email", "tel", "telephone",
    ])
    private static let mastheadLabels = PhraseMatcher([
        "press release", "news release", "media release", "for immediate release", "immediate release", "press notice",
        "news", "press statement", "media statement", "press and media statement", "embargo", "embargoed", "fao",
        "for immediate use", "date", "issued", "release date", "statement", "press information", "council news",
    ])

    static func parts(of text: DocumentText, blocks: [Block]) -> [PressRelease.Part] {
        var parts = [PressRelease.Part](repeating: .body, count: text.sentences.count)
        let byBlock = Dictionary(grouping: text.sentences.indices, by: { text.sentences[$0].blockIndex })
        let blockOrder = byBlock.keys.sorted()
        func sentences(of block: Int) -> [Int] { byBlock[block] ?? [] }
        func words(of block: Int) -> Words {
            let blockSentences = sentences(of: block)
            guard let first = blockSentences.first, let last = blockSentences.last else { return Words([]) }
            return text.sentences[first].words.through(text.sentences[last].words)
        }

        var headline: Int?
        var inOpening = true
        var backgroundStarted = false
        for block in blockOrder {
            let blockWords = words(of: block)
            var part: PressRelease.Part
            if startsWith(captionLabels, blockWords, text: blocks[block].text, needsMark: true) {
                part = .caption
            } else if startsWith(contactLabels, blockWords, text: blocks[block].text, needsMark: true) {
                part = .contact
            } else if inOpening && isMasthead(blockWords, block: blocks[block]) {
                part = .masthead
            } else if inOpening && headline == nil && looksLikeHeadline(blocks[block], words: blockWords, sentences: sentences(of: block).count) {
                headline = block
                part = .headline
            } else {
                part = .body
                if blockWords.count >= 12 { inOpening = false }
            }
            // "ENDS", "Notes to editors" and a caption can also open a sentence inside a paragraph.
            for sentence in sentences(of: block) {
                let words = text.sentences[sentence].words
                if backgroundStarted || isBackground(words) {
                    backgroundStarted = true
                    part = .background
                } else if part == .body, startsWith(captionLabels, words, text: blocks[block].text, needsMark: true) {
                    part = .caption
                }
                parts[sentence] = part
            }
        }
        return parts
    }

    /// "ENDS", "-ENDS-", "End of release" on a line of its own: the end of a press release.
    static func isEndMarker(_ words: Words) -> Bool {
        words.count <= 4 && endMarkers.contains { $0.count == words.count && zip($0, words).allSatisfy { $0 == $1.lower } }
    }

    private static func isBackground(_ words: Words) -> Bool {
        if isEndMarker(words) { return true }
        guard let first = backgroundLabels.firstMatch(in: words) else { return false }
        return first.wordRange.lowerBound == 0
    }

    /// Words opening with one of `labels`; a one-word label that is also an ordinary word
    /// ("Photo", "Above", "Contact") counts only when a colon or dash follows it.
    private static func startsWith(_ labels: PhraseMatcher, _ words: Words, text: String, needsMark: Bool) -> Bool {
        guard let match = labels.matches(in: words.view(0..<min(4, words.count))).first, match.wordRange.lowerBound == 0 else { return false }
        // "Pictured", "Picture shows": a caption whatever follows.
        guard needsMark, match.wordRange.count == 1, words[0].lower != "pictured" else { return true }
        let end = words[match.wordRange.upperBound - 1].range.upperBound
        let after = text.utf8Slice(end..<min(text.utf8.count, end + 4)).drop { $0 == " " || $0 == ")" }
        return after.first.map { ":–—-|,(".contains($0) } ?? false
    }

    private static func isMasthead(_ words: Words, block: Block) -> Bool {
        guard !words.isEmpty, words.count <= 16 else { return false }
        if mastheadLabels.contains(in: words), words.count <= 12 || words.allSatisfy({ $0.isCapitalised || $0.startsWithDigit }) {
            return true
        }
        // The council's name on its own line, or a line that is only a date.
        if let last = words.last, last.lower == "council", words.allSatisfy(\.isCapitalised) { return true }
        let dates = DateRecognizer.dates(in: block.text)
        if let date = dates.first, date.yearIsExplicit || date.statedWeekday != nil {
            return words.hasFewCapitalisedWords(outside: date.utf8Range, atMost: 6)
        }
        return false
    }

    private static func looksLikeHeadline(_ block: Block, words: Words, sentences: Int) -> Bool {
        guard !words.isEmpty else { return false }
        if block.kind == .heading { return true }
        return sentences == 1 && words.count <= 25 && !block.text.hasSuffix(".")
    }
}
