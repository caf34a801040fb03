import Dispatch

/// Everything the checks know about one document: its blocks, kind, date, items, the
/// session of every sentence, and the record of the meeting's people. Built once per file;
/// rules only read it.
public struct AnalysedDocument: Sendable {
    public let document: Document
    public let kind: DocumentKind
    public let date: CalendarDate?
    public let text: DocumentText
    /// The session of each sentence (index = sentence index).
    public let sessions: [Session]
    public let meeting: MeetingRecord
    /// Employee references per sentence (index = sentence index).
    public let staffReferences: [[StaffReference]]
    public let profile: CouncilProfile?
    /// The press release's parts, quotes and captions, for a press release.
    public let pressRelease: PressRelease?

    public init(_ document: Document, profile: CouncilProfile?, kind override: DocumentKind? = nil) {
        self.init(document, profile: profile, kind: override, concurrently: LargeDocument.isLarge(document))
    }

    /// With `concurrently`, the independent parts of the analysis run on two threads: the words
    /// of the first and second halves of the blocks are cut, the councillor mentions found while
    /// the kind is told, and the meeting record read while the sessions and employee references
    /// are found.
    init(_ document: Document, profile: CouncilProfile?, kind override: DocumentKind?, concurrently: Bool) {
        self.document = document
        self.profile = profile
        let text = ItemSegmenter.segment(document, concurrently: concurrently)
        self.text = text
        // The kind comes first: it decides how much of the meeting record is read.
        let (mentions, kind) = LargeDocument.both(
            concurrently: concurrently,
            { text.sentences.map { MemberDirectory.mentions(in: $0) } },
            { override ?? DocumentKindClassifier.classify(text, blocks: document.blocks) })
        let known = profile?.members.map { (name: $0.name, aliases: $0.aliases) } ?? []
        let staffFinder = StaffReferenceFinder(employeeNames: profile?.employees.map(\.name) ?? [],
                                               memberNames: profile?.members.map(\.name) ?? [])
        let (meeting, (sessions, staffReferences)) = LargeDocument.both(
            concurrently: concurrently,
            { MeetingRecord.read(text, mentions: mentions, knownMembers: known, readsProceedings: kind == .minutes) },
            {
                (SessionTracker.sessions(of: text, kind: kind, blocks: document.blocks),
                 staffFinder.references(in: text, mentions: mentions))
            })
        self.kind = kind
        self.sessions = sessions
        self.meeting = meeting
        self.staffReferences = staffReferences
        if kind == .pressRelease {
            let release = PressRelease(text: text, document: document, meeting: meeting, staffReferences: staffReferences, profile: profile)
            self.pressRelease = release
            self.date = release.issueDate
        } else {
            self.pressRelease = nil
            self.date = DocumentDating.date(of: text, document: document, kind: kind)
        }
    }

    public func session(of sentence: Sentence) -> Session { sessions[sentence.index] }

    /// The source range of words `words` of `sentence`.
    public func sourceRange(of sentence: Sentence, words: Range<Int>) -> SourceRange {
        let block = document.blocks[sentence.blockIndex]
        guard !words.isEmpty, words.upperBound <= sentence.words.count else {
            return block.sourceRange(utf8Range: sentence.range)
        }
        return block.sourceRange(utf8Range: sentence.words[words.lowerBound].range.lowerBound..<sentence.words[words.upperBound - 1].range.upperBound)
    }
}

extension AnalysedDocument {
    /// Whether a member was out of the room for a vote taken at `sentence` in `item`: they said
    /// they would leave, or a departure is recorded in the item ("Cllr Leet left the room during
    /// discussion" is often written after the vote) with no return before the vote.
    public func wasOut(_ member: Int, forVoteAt sentence: Int, inItem item: Int, saidTheyWouldLeave: Bool) -> Bool {
        let itemSentences = text.items[item].sentences
        let movements = meeting.attendance.movements.filter { $0.member == member && itemSentences.contains($0.sentenceIndex) }
        let lastBefore = movements.last { $0.sentenceIndex <= sentence }
        if let lastBefore { return lastBefore.kind == .left }
        return saidTheyWouldLeave || movements.contains { $0.kind == .left }
    }
}

/// A document of many thousands of sentences (a whole year's minutes in one file, say): its
/// analysis takes long enough for independent parts of it to be worth running at once.
/// Ordinary documents are analysed on one thread: a run over many of them already keeps every
/// core busy with a document each.
enum LargeDocument {
    /// A quarter of a megabyte of text, some 3,000 sentences of minutes.
    static let textBytes = 256 * 1024

    static func isLarge(_ document: Document) -> Bool {
        document.blocks.reduce(0) { $0 + $1.text.utf8.count } >= textBytes
    }

    /// The results of `first` and `second`, run on two threads when `concurrently`.
    static func both<First, Second>(concurrently: Bool, _ first: () -> First, _ second: () -> Second) -> (First, Second) {
        guard concurrently else { return (first(), second()) }
        var firstResult: First?
        var secondResult: Second?
        // Each result is written by one thread and read once both have finished.
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 { firstResult = first() } else { secondResult = second() }
        }
        return (firstResult!, secondResult!)
    }
}
