/// Whether the press and public could hear a sentence.
public enum Session: String, Sendable, Hashable {
    /// The public part of the meeting (or of the agenda).
    case `public`
    /// After a carried resolution excluding the press and public (minutes).
    case exempt
    /// After an agenda's exclusion item: business the council proposes to take in private.
    case proposedExempt = "proposed-exempt"

    public var isPrivate: Bool { self != .public }
}

/// Decides the session of every sentence: a carried exclusion resolution (1960 Act s.1(2),
/// LGA 1972 Sch 12A) starts exempt business; readmission of the public ends it. A lost or
/// unneeded motion, "the meeting closed at 9pm" or an agenda's proposal never starts it in minutes.
enum SessionTracker {
    private static let exclusionPhrases = PhraseMatcher([
        "exclude the press", "exclude the public", "exclude press", "exclude public", "exclude members of the public",
        "exclude members of the press", "exclude the press and public", "exclude the public and press", "exclusion of the press",
        "exclusion of the public", "exclusion of press", "exclusion of public", "public and press be excluded",
        "press and public be excluded", "public be excluded", "press be excluded", "public be temporarily excluded",
        "public were excluded", "press and public were excluded", "public and press were excluded", "closed session",
        "confidential session", "private session", "in camera", "part 2", "part ii", "part two", "part b", "exempt information",
        "schedule 12a", "closed part", "move into closed", "go into closed", "public were asked to leave", "public left the meeting",
        "press and public left", "public withdrew", "press and public withdrew", "instructed to withdraw", "public be asked to leave",
        "excluded from the meeting", "excluded from the remainder", "excluded for the remainder",
    ])
    private static let enactment = PhraseMatcher([
        "resolved", "agreed", "carried", "unanimously", "approved", "moved into", "went into", "entered", "move into",
        "were excluded", "was excluded", "left the meeting", "withdrew", "were asked to leave", "asked to leave", "duly",
        "accordingly", "it was resolved", "motion carried", "all agreed", "agreed by all", "was agreed", "were removed",
        "were placed", "instructed to withdraw", "closed session at", "private session at", "the meeting moved",
    ])
    /// Words that undo an exclusion even when the sentence says "resolved".
    private static let outcomeNegation = PhraseMatcher([
        "lost", "defeated", "not carried", "fell", "not required", "not needed", "no need", "not be excluded",
        "not excluded", "to stay", "remain in the meeting", "could remain", "was withdrawn", "not agreed", "not approved",
        "not necessary", "rejected", "declined", "no exempt", "without disclosing", "not resolved",
    ])
    /// Words that make an exclusion hypothetical when nothing says it was resolved.
    private static let proposalWording = PhraseMatcher([
        "whether", "consider if", "to consider", "may", "might", "if necessary", "if required", "to resolve", "will",
        "should", "is likely", "likely that", "invited to consider", "recommended", "it is advisable", "to decide",
    ])
    /// Putting the matter off to a later closed session is not going into one now.
    private static let deferralWording = PhraseMatcher([
        "deferred", "defer", "next meeting", "future meeting", "later date", "subsequent meeting", "be placed on",
        "placed on the", "for consideration at",
    ])
    private static let resolvedWording = PhraseMatcher(["resolved", "carried", "it was agreed", "members agreed", "unanimously agreed"])
    /// The outcome of a motion recorded after it ("Proposed ..., seconded ..., that the press and public be excluded. Carried.").
    private static let motionCarried = PhraseMatcher([
        "carried", "agreed", "resolved", "unanimously", "approved", "all in favour", "motion carried", "so resolved",
    ])

    private static let readmission = PhraseMatcher([
        "readmitted", "re-admitted", "rejoined", "returned to open session", "returned to public session",
        "resumed in public", "resumed in open session", "move out of closed session", "moved out of closed session",
        "move out of closed", "moved out of closed", "out of private session", "reconvened in public", "reconvened in open",
        "public session resumed", "open session resumed", "returned to the public session", "public were invited back",
        "public were invited to return", "press and public returned", "public returned", "public re-joined",
        "back into open session", "back into public session", "meeting returned to open", "resume open session",
        "resume public session", "resumed open session", "resumed public session", "re-opened to the public",
        "reopened to the public",
    ])
    private static let privateHeadings = PhraseMatcher([
        "closed session", "confidential items", "confidential item", "confidential matters", "confidential business",
        "confidential session", "exempt items", "exempt item", "exempt business", "exempt information", "part 2", "part ii",
        "part two", "private session", "in camera", "closed part", "private business",
    ])

    static func sessions(of text: DocumentText, kind: DocumentKind, blocks: [Block]) -> [Session] {
        var sessions: [Session] = []
        sessions.reserveCapacity(text.sentences.count)
        var state = Session.public
        var scopedItems: [ItemNumber]?
        var currentItem: Int?
        var stateBeforeTentative: Session?

        var pendingMotion: Int?

        for sentence in text.sentences {
            let item = text.itemOfSentence[sentence.index]
            if item != currentItem {
                currentItem = item
                stateBeforeTentative = nil
                pendingMotion = nil
                if let scoped = scopedItems, let item, let number = text.items[item].number,
                   !scoped.contains(where: { $0.covers(number) }) {
                    state = .public
                    scopedItems = nil
                }
            }
            let words = sentence.words
            let isItemTitle = item.map { text.items[$0].sentences.lowerBound == sentence.index } ?? false
            let isHeading = blocks[sentence.blockIndex].kind == .heading || (isItemTitle && words.count <= 12)

            if state.isPrivate, readmission.contains(in: words) {
                sessions.append(state)
                state = .public
                scopedItems = nil
                continue
            }
            // "The motion was lost": an exclusion taken earlier in the item did not happen.
            if state.isPrivate, let previous = stateBeforeTentative, outcomeNegation.contains(in: words) {
                state = previous
                stateBeforeTentative = nil
            }
            if let motion = pendingMotion, !outcomeNegation.contains(in: words), motionCarried.contains(in: words) {
                stateBeforeTentative = state
                state = .exempt
                scopedItems = Self.itemReferences(in: text.sentences[motion])
                pendingMotion = nil
            }
            sessions.append(state)
            guard !state.isPrivate || kind == .agenda else { continue }

            if isHeading, privateHeadings.contains(in: words) || Self.headingIsMarkedConfidential(words) {
                stateBeforeTentative = state
                state = kind == .agenda ? .proposedExempt : .exempt
                continue
            }
            guard exclusionPhrases.contains(in: words) else { continue }
            if kind == .agenda {
                if !words.contains(where: { $0.lower == "not" }) { state = .proposedExempt }
                continue
            }
            if outcomeNegation.contains(in: words) || deferralWording.contains(in: words) { continue }
            if !enactment.contains(in: words) || (proposalWording.contains(in: words) && !resolvedWording.contains(in: words)) {
                pendingMotion = sentence.index
                continue
            }
            stateBeforeTentative = state
            state = .exempt
            scopedItems = Self.itemReferences(in: sentence)
        }
        return sessions
    }

    private static func headingIsMarkedConfidential(_ words: Words) -> Bool {
        guard words.count <= 10 else { return false }
        guard let first = words.first, let last = words.last else { return false }
        return first.lower == "confidential" || last.lower == "confidential"
    }

    /// Item numbers a resolution names ("during consideration of item 12"), or nil when it
    /// names none (then it runs to readmission or the end).
    private static func itemReferences(in sentence: Sentence) -> [ItemNumber]? {
        var numbers: [ItemNumber] = []
        let words = sentence.words
        for (index, word) in words.enumerated() where word.lower == "item" || word.lower == "items" || word.lower == "minute" {
            var cursor = index + 1
            while cursor < words.count {
                if words[cursor].mayBeItemNumber, let number = ItemNumber(word: sentence.blockText.utf8Slice(words[cursor].range)) {
                    numbers.append(number)
                } else if !(words[cursor].lower == "and" || words[cursor].lower == "to" || words[cursor].lower == "&") {
                    break
                }
                cursor += 1
            }
        }
        if words.contains(where: { $0.lower == "remainder" || $0.lower == "following" || $0.lower == "subsequent" }) { return nil }
        return numbers.isEmpty ? nil : numbers
    }
}
