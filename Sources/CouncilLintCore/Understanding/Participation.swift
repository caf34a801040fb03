/// What a member is recorded doing in an item's business.
public enum ParticipationAct: String, Sendable, Hashable {
    case proposed, seconded, moved, spoke
    case votedFor = "voted for"
    case votedAgainst = "voted against"
    /// Inferred from "carried unanimously" / "agreed by all" while the member was in the room.
    case unanimousVote = "voted (unanimous decision)"

    public var isInferred: Bool { self == .unanimousVote }
}

/// One member's recorded part in one item.
public struct Participation: Sendable, Hashable {
    public let member: Int
    public let item: Int
    public let sentenceIndex: Int
    /// Words of the sentence that record it (the mention, or the unanimity phrase).
    public let wordRange: Range<Int>
    public let act: ParticipationAct
}

/// Sentences where a member is recorded abstaining or not voting: evidence against inferring
/// their vote from a unanimous decision.
public struct Abstention: Sendable, Hashable {
    public let member: Int
    public let item: Int
}

enum ParticipationReader {
    private static let proposingWords: WordSet = ["proposed", "prop", "proposer", "proposal", "proposing", "propose", "proposes"]
    private static let secondingWords: WordSet = ["seconded", "2nd", "sec", "seconder", "seconding", "second", "seconds"]
    private static let movingWords: WordSet = ["moved", "mover", "moving", "moves"]
    private static let speechVerbs: WordSet = [
        "spoke", "said", "commented", "asked", "raised", "reported", "addressed", "advised", "explained", "stated",
        "suggested", "queried", "questioned", "expressed", "felt", "added", "argued", "urged", "highlighted", "noted",
        "informed", "updated", "outlined", "presented", "proposed", "seconded", "moved", "spoken", "requested", "confirmed",
        "responded", "replied", "believed", "considered", "thought", "voiced", "objected", "supported", "opposed",
        "recommended", "summarised", "introduced", "led", "gave", "described", "emphasised", "pointed", "challenged",
        "agreed", "disagreed", "mentioned", "remarked", "welcomed", "thanked",
    ]
    /// "Cllr X moved to the back of the room": moving, not moving a motion.
    private static let notMovingMotions: WordSet = ["into", "to", "from", "away", "house"]
    /// The words that may label a vote list, and what being listed after each records: one
    /// look-up for each word of the minutes, most of which are none of them.
    private static let voteListLabels = WordTable<VoteListLabel>(
        ["for", "favour", "yes", "aye", "ayes"].map { ($0, .votedFor) }
            + ["against", "no", "noes", "nay"].map { ($0, .votedAgainst) }
            + ["abstained", "abstain", "abstention", "abstentions", "abstaining"].map { ($0, .abstained) })

    private enum VoteListLabel {
        case votedFor, votedAgainst, abstained

        /// Nil for an abstention, which is not taking part.
        var act: ParticipationAct? {
            switch self {
            case .votedFor: .votedFor
            case .votedAgainst: .votedAgainst
            case .abstained: nil
            }
        }
    }
    private static let unanimity = PhraseMatcher([
        "unanimously", "unanimous", "agreed by all", "all agreed", "all in favour", "agreed by all members",
        "agreed by all councillors", "all members agreed", "all councillors agreed", "all voted in favour",
        "approved by all", "all were in favour", "were all in favour", "resolved by all", "carried by all", "all members in favour",
        "all councillors in favour", "all present in favour", "all present agreed",
    ])
    /// Not voting in the item; leaving the room is an attendance movement, undone by returning.
    private static let nonParticipation = PhraseMatcher([
        "did not vote", "took no part", "abstained", "abstaining", "not voting", "did not take part", "did not participate",
        "abstention", "not present", "was not present", "not in the room", "not vote",
    ])

    static func read(_ text: DocumentText, mentions: [[MemberMention]], initials: [[MemberMention]],
                     directory: MemberDirectory, attendance: Attendance) -> (acts: [Participation], abstentions: [Abstention]) {
        var acts: [Participation] = []
        // Most mentions record an act: a long document's acts are not copied as the array grows.
        acts.reserveCapacity(mentions.reduce(0) { $0 + $1.count })
        var abstentions: [Abstention] = []
        // Read once, not at every word: each read of a static checks that it is initialised.
        let voteListLabels = Self.voteListLabels
        for sentence in text.sentences {
            guard let item = text.itemOfSentence[sentence.index] else { continue }
            let words = sentence.words
            let present = attendance.present.isEmpty ? nil : attendance.present
            var voteLabel: ParticipationAct?
            var labelEnds: [(index: Int, act: ParticipationAct?)] = []
            for (index, word) in words.enumerated() {
                if let label = voteListLabels.value(for: word), isLabel(sentence, index) { labelEnds.append((index, label.act)) }
            }
            // A sentence's mentions are in order already; initials, rarer, are merged into them.
            let sentenceMentions = initials[sentence.index].isEmpty ? mentions[sentence.index]
                : (mentions[sentence.index] + initials[sentence.index]).sorted { $0.wordRange.lowerBound < $1.wordRange.lowerBound }
            for mention in sentenceMentions {
                guard let member = directory.resolve(mention, present: present) else { continue }
                voteLabel = nil
                if let label = labelEnds.last(where: { $0.index < mention.wordRange.lowerBound }) {
                    if let act = label.act { voteLabel = act } else {
                        abstentions.append(Abstention(member: member, item: item))
                        continue
                    }
                }
                if let act = act(of: mention, in: sentence) ?? voteLabel {
                    acts.append(Participation(member: member, item: item, sentenceIndex: sentence.index,
                                              wordRange: mention.wordRange, act: act))
                } else if declinesToTakePart(mention, in: sentence) {
                    abstentions.append(Abstention(member: member, item: item))
                }
            }
            if let match = unanimity.firstMatch(in: words) {
                for member in attendance.present where attendance.isInRoom(member, at: sentence.index) {
                    acts.append(Participation(member: member, item: item, sentenceIndex: sentence.index,
                                              wordRange: match.wordRange, act: .unanimousVote))
                }
            }
        }
        return (acts, abstentions)
    }

    /// The act a mention's neighbouring words record: "proposed by Cllr X", "Cllr X seconded",
    /// "Proposed: Cllr X", "Cllr X spoke against".
    private static func act(of mention: MemberMention, in sentence: Sentence) -> ParticipationAct? {
        let words = sentence.words
        let start = mention.wordRange.lowerBound
        let end = mention.wordRange.upperBound
        // Only the words since the last comma or bracket govern the mention ("Proposed Cllr A, seconded Cllr B").
        var from = max(0, start - 3)
        for index in stride(from: start - 1, to: from, by: -1) {
            if words[index - 1].gapAfter.contains([.comma, .semicolon, .closingBracket]) {
                from = index
                break
            }
        }
        let governing = words[from..<start]
        if governing.contains(where: { proposingWords.contains($0) }) { return .proposed }
        if governing.contains(where: { secondingWords.contains($0) }) { return .seconded }
        if governing.contains(where: { movingWords.contains($0) }) && governing.contains(where: { $0.lower == "by" }) { return .moved }
        guard var next = end < words.count ? words[end].lower : nil else { return nil }
        var gap = words[end - 1].gapAfter.marks
        // "Councillor Pryce, as Cabinet Member for Housing, introduced the report".
        if gap.contains(.comma), next == "as", let close = (end..<min(words.count, end + 10)).first(where: { index in
            index + 1 < words.count && words[index].gapAfter.contains(.comma)
        }) {
            next = words[close + 1].lower
            gap = []
        }
        guard gap.isDisjoint(with: [.comma, .openingBracket, .semicolon]) else { return nil }
        if next == "and" || next == "then" { return nil }
        if proposingWords.contains(next) && next != "proposal" { return .proposed }
        if secondingWords.contains(next) && next != "second" { return .seconded }
        if next == "moved" {
            let after = end + 1 < words.count ? words[end + 1].lower : nil
            return after.map { notMovingMotions.contains($0) } == true ? nil : .moved
        }
        if next == "voted" {
            return words[(end + 1)...].prefix(3).contains { $0.lower == "against" } ? .votedAgainst : .votedFor
        }
        if speechVerbs.contains(next) { return .spoke }
        return nil
    }

    private static func declinesToTakePart(_ mention: MemberMention, in sentence: Sentence) -> Bool {
        let words = sentence.words
        return nonParticipation.contains(in: words.view(mention.wordRange.upperBound..<min(words.count, mention.wordRange.upperBound + 5)))
    }

    /// A vote-list label is followed by a colon or a dash, perhaps after a word or two
    /// ("For: Cllrs A, B; Against: Cllr C", "For refusal: ...", "Against the motion: ...").
    private static func isLabel(_ sentence: Sentence, _ index: Int) -> Bool {
        let words = sentence.words
        for candidate in index..<min(words.count, index + 3) {
            let gap = words[candidate].gapAfter
            if gap.opensList || (candidate == index && gap.leading.0 == UInt8(ascii: "(")) { return true }
            if candidate + 1 < words.count, !gap.isBlank { return false }
        }
        return false
    }
}
