/// The kind of interest a member declared, in the vocabulary of the 2012 regulations, the
/// LGA Model Code (2020) and the older personal/prejudicial code still used by many councils.
public enum InterestCategory: String, Sendable, Hashable, CaseIterable {
    case disclosablePecuniary = "pecuniary"
    case prejudicial
    case otherRegistrable = "other registrable"
    case nonRegistrable = "non-registrable"
    case personal
    case nonPecuniary = "non-pecuniary"
    case unspecified

    /// Whether the interest, once declared for an item, keeps the member out of its discussion and vote.
    public var barsParticipation: Bool {
        switch self {
        case .disclosablePecuniary, .prejudicial, .otherRegistrable, .nonRegistrable: true
        case .personal, .nonPecuniary, .unspecified: false
        }
    }
}

/// One member's declaration of an interest.
public struct Declaration: Sendable {
    public let member: Int
    public let sentenceIndex: Int
    /// Items the declaration names by number, or reaches by title or by being made inside them.
    public let items: [Int]
    public let category: InterestCategory
    /// The declaration says the member left, would leave, or took no part.
    public let withdraws: Bool
    /// The record says the member may stay (a personal interest not requiring withdrawal).
    public let staysByRight: Bool
    /// The declaration mentions a dispensation held or granted.
    public let hasDispensation: Bool
}

/// A dispensation allowing members to take part despite an interest.
public struct Dispensation: Sendable {
    /// nil: every member.
    public let members: Set<Int>?
    /// nil: every item of the meeting.
    public let items: Set<Int>?
}

enum DeclarationReader {
    static let declarationsItemPhrases = PhraseMatcher([
        "declarations of interest", "declaration of interest", "declarations of interests", "declaration of interests",
        "declarations of members' interests", "declaration of members' interests", "members' declarations of interest",
        "members' declaration of interests", "members' declarations", "members' declaration", "members' interests",
        "disclosure of interest", "disclosure of interests", "disclosures of interest", "disclosure of pecuniary",
        "declarations of disclosable", "declaration of disclosable", "declarations of pecuniary", "declaration of pecuniary",
        "declarations of personal", "declaration of personal", "interests and dispensations", "declarations and dispensations",
        "to receive declarations", "to receive any declarations", "to declare any interest", "to declare any interests",
        "to receive disclosures", "dispensation requests", "declarations of any interest", "declarations of any interests",
        "interests to declare", "declarations", "declaration of any interest", "declarations of interest/dispensations",
        "code of conduct declarations", "registerable interest", "registerable interests", "registrable interests",
    ])
    /// Declarations that are not of interests: an item about them is no declarations item.
    static let otherDeclarations = PhraseMatcher([
        "acceptance of office", "declaration of result", "declared elected", "climate emergency", "ecological emergency",
    ])
    static let nilReturns = PhraseMatcher(nilReturnPhrases)
    private static let nilReturnPhrases = [
        "no declarations", "there were no declarations", "none declared", "no interests", "there were none",
        "no declarations of interest", "no interests were declared", "no declarations were made", "none were made",
        "none received", "none were received", "none were declared", "nil", "none",
    ]
    private static let declarationVerbs = [
        "declared", "declares", "declare", "declaring", "disclosed", "discloses", "disclose", "declaration", "declarations",
        "registered an interest", "has an interest", "had an interest", "have an interest", "having an interest",
    ]
    /// Sentences using "declare" or "interest" in another sense.
    private static let notADeclaration = [
        "climate emergency", "declared elected", "acceptance of office", "declaration of result", "declared the result",
        "declared void", "declared vacant", "ecological emergency", "nature emergency", "declared open", "reminded",
        "public interest", "interest rate", "interest rates", "expressions of interest", "expression of interest",
        "interest received", "bank interest",
    ]
    /// Ordered by weight: "personal and prejudicial" is prejudicial.
    private static let categories: [(phrases: [String], category: InterestCategory)] = [
        (["disclosable pecuniary", "pecuniary", "dpi", "dpis", "financial interest"], .disclosablePecuniary),
        (["prejudicial"], .prejudicial),
        (["other registrable", "other registerable", "ori", "registrable interest", "registerable interest"], .otherRegistrable),
        (["non-registrable", "non-registerable", "non registrable", "non registerable", "nri"], .nonRegistrable),
        (["non-pecuniary", "non pecuniary", "other interest", "other interests"], .nonPecuniary),
        (["personal"], .personal),
    ]
    /// The categories' phrases, one group each, found in one pass over a sentence.
    private static let categoryPhrases = PhraseMatcher(groups: categories.map(\.phrases))
    private static let withdrawal = [
        "left the room", "left the meeting", "left the chamber", "leave the room", "leave the meeting", "leave the chamber",
        "took no part", "take no part", "would not take part", "did not take part", "not take part", "did not vote",
        "would not vote", "not vote", "did not participate", "not participate", "withdrew", "withdraw", "would leave",
        "will leave", "left during", "leave during", "abstain", "abstained", "not speak or vote", "not speak nor vote",
        "took no further part", "not remain",
    ]
    private static let stayWording = [
        "would remain", "will remain", "remain", "remained", "would stay", "will stay", "stay",
        "not require", "not required to", "no need to", "did not need to", "need not", "not need to", "not necessary to",
        "not obliged to", "not have to",
        "may stay", "may remain", "could remain", "could stay", "remained in the meeting", "remained in the room", "stayed",
        "may take part", "could take part", "entitled to remain", "entitled to take part", "may vote", "able to remain",
        "remain and vote", "remain in the meeting", "remain in the room", "may participate", "can remain", "can take part",
    ]
    private static let dispensationWords = PhraseMatcher(dispensationPhrases)
    private static let dispensationPhrases = ["dispensation", "dispensations"]

    /// What a sentence says of a declaration, each a vocabulary above.
    private struct Wording: OptionSet {
        let rawValue: UInt64
        static let declares = Wording(rawValue: 1 << 0)
        static let notADeclaration = Wording(rawValue: 1 << 1)
        static let nilReturn = Wording(rawValue: 1 << 2)
        static let stays = Wording(rawValue: 1 << 3)
        static let withdraws = Wording(rawValue: 1 << 4)
        static let dispensation = Wording(rawValue: 1 << 5)
    }
    /// The vocabularies in the order of `Wording`'s bits, found in one pass over a sentence.
    private static let wordingPhrases = PhraseMatcher(groups: [
        declarationVerbs, notADeclaration, nilReturnPhrases, stayWording, withdrawal, dispensationPhrases,
    ])

    private static func wording(of words: Words) -> Wording {
        var found: UInt64 = 0
        wordingPhrases.forEachGroupMatch(in: words) { group, _ in found |= 1 << group }
        return Wording(rawValue: found)
    }
    private static let allMembers = PhraseMatcher([
        "all members", "all councillors", "all cllrs", "every member", "each member", "members have", "councillors have",
        "all parish councillors", "all town councillors", "all those present", "members of the council",
    ])
    private static let blanketTopics = PhraseMatcher([
        "precept", "council tax", "budget", "allowance*", "members' allowances", "remuneration",
    ])
    private static let subjectIntroducers: WordSet = [
        "in", "regarding", "re", "concerning", "on", "for", "relating", "respect", "about", "with",
    ]
    private static let subjectStopWords: WordSet = [
        "item", "items", "agenda", "minute", "the", "a", "an", "of", "to", "in", "on", "and", "interest", "interests",
        "planning", "application", "applications", "cllr", "councillor", "pecuniary", "personal", "prejudicial",
        "declared", "as", "he", "she", "they", "his", "her", "their", "is", "was", "being", "regarding", "respect",
        "relation", "relating", "council", "parish", "town", "matter", "matters", "this", "that", "which", "who",
    ]

    private static let negations: WordSet = ["not", "no", "neither", "nor"]
    /// Words of a request for a dispensation, and of one granted or held.
    private static let dispensationRequests: WordSet = ["requests", "request", "requested", "consider", "any"]
    private static let dispensationsHeld: WordSet = [
        "granted", "grant", "resolved", "approved", "agreed", "holds", "hold", "held", "have", "has", "had",
    ]
    /// Words before a number that make it an item reference: "item 6", "minute 084/21", "and 8".
    private static let referenceIntroducers: WordSet = ["item", "items", "minute", "minutes", "min", "no", "and", "&", "agenda"]
    /// Words that end the subject of a declaration: "in the Bluebell as a neighbour".
    private static let subjectEnders: WordSet = ["as", "because", "by", "since", "due", "owing", "being", "he", "she", "they"]

    static func opensDeclarationsItem(_ sentence: Sentence) -> Bool {
        declarationsItemPhrases.contains(in: sentence.words) && !otherDeclarations.contains(in: sentence.words)
    }

    static func isNilReturn(_ sentence: Sentence) -> Bool {
        nilReturns.contains(in: sentence.words)
    }

    /// Declarations recorded anywhere in the document: in the declarations item and in
    /// business items (where an unnumbered declaration concerns the item it is made in).
    static func declarations(in text: DocumentText, mentions: [[MemberMention]], directory: MemberDirectory,
                             declarationsItem: Int?) -> [Declaration] {
        var declarations: [Declaration] = []
        var carriedSubject: [Int]?
        for sentence in text.sentences {
            let words = sentence.words
            let itemIndex = text.itemOfSentence[sentence.index]
            let inDeclarationsItem = itemIndex != nil && itemIndex == declarationsItem
            let sentenceMentions = mentions[sentence.index]
            let mentionsInterest = words.contains { $0.lower.hasPrefix("interest") }
            guard mentionsInterest || inDeclarationsItem || carriedSubject != nil else { continue }
            let referencedItems = items(referencedIn: sentence, text: text)
            let category = categoryOf(words)
            let wording = wording(of: words)
            let declares = (wording.contains(.declares) && mentionsInterest)
                || (inDeclarationsItem && (mentionsInterest || category != .unspecified || !referencedItems.isEmpty))
            let isDeclaration = declares && !wording.contains(.notADeclaration)
                && !(wording.contains(.nilReturn) && category == .unspecified)
            let continuesList = carriedSubject != nil && !sentenceMentions.isEmpty
            guard isDeclaration || continuesList else {
                carriedSubject = nil
                continue
            }
            if sentenceMentions.isEmpty {
                // "The following Councillors declared an interest in item 5b:" names them next.
                carriedSubject = words.contains(where: { $0.lower == "following" }) ? referencedItems : nil
                continue
            }
            var targetItems = referencedItems
            if targetItems.isEmpty, let carried = carriedSubject { targetItems = carried }
            if targetItems.isEmpty {
                targetItems = items(bySubjectOf: sentence, text: text, excluding: declarationsItem)
            }
            if targetItems.isEmpty, let itemIndex, !inDeclarationsItem { targetItems = [itemIndex] }
            let stays = wording.contains(.stays)
            let withdraws = !stays && wording.contains(.withdraws)
            let dispensation = wording.contains(.dispensation)
            for mention in sentenceMentions {
                guard let member = directory.resolve(mention) else { continue }
                declarations.append(Declaration(member: member, sentenceIndex: sentence.index, items: targetItems,
                                                category: category, withdraws: withdraws, staysByRight: stays,
                                                hasDispensation: dispensation))
            }
        }
        return declarations
    }

    static func categoryOf(_ words: Words) -> InterestCategory {
        // The weightiest category stated, and not denied: "the interest was not prejudicial" is not prejudicial.
        var stated: UInt64 = 0
        categoryPhrases.forEachGroupMatch(in: words) { group, start in
            if start == 0 || !negations.contains(words[start - 1]) { stated |= 1 << group }
        }
        return stated == 0 ? .unspecified : categories[stated.trailingZeroBitCount].category
    }

    static func dispensations(in text: DocumentText, mentions: [[MemberMention]], directory: MemberDirectory) -> [Dispensation] {
        var found: [Dispensation] = []
        for sentence in text.sentences where dispensationWords.contains(in: sentence.words) {
            let words = sentence.words
            if words.contains(where: { dispensationRequests.contains($0) }) && !words.contains(where: { dispensationsHeld.contains($0) }) {
                continue
            }
            let members: Set<Int>? = allMembers.contains(in: words) || mentions[sentence.index].isEmpty
                ? nil : Set(mentions[sentence.index].compactMap { directory.resolve($0) })
            var items = Set(items(referencedIn: sentence, text: text))
            if blanketTopics.contains(in: words) {
                for (index, item) in text.items.enumerated() {
                    let titleWords = Words(SentenceSplitter.words(in: item.title, range: 0..<item.title.utf8.count))
                    if blanketTopics.contains(in: titleWords) { items.insert(index) }
                }
                if items.isEmpty { continue }
            }
            let wholeMeeting = words.contains { $0.lower == "meeting" || $0.lower == "year" || $0.lower == "term" } && items.isEmpty
            found.append(Dispensation(members: members, items: items.isEmpty || wholeMeeting ? nil : items))
        }
        return found
    }

    /// Items a sentence names by number: "item 6a", "items 7 and 8", "minute 084/21", "at 209/20".
    static func items(referencedIn sentence: Sentence, text: DocumentText) -> [Int] {
        // A document without items (a letter, a minute written as one paragraph) has none to reach.
        guard !text.items.isEmpty else { return [] }
        var numbers: [ItemNumber] = []
        let words = sentence.words
        for (index, word) in words.enumerated() {
            guard word.mayBeItemNumber, var number = ItemNumber(word: sentence.blockText.utf8Slice(word.range)) else { continue }
            // "item P24/036(a)": the lettered part narrows the reference.
            let after = sentence.blockText.utf8Slice(word.range.upperBound..<word.range.upperBound + 4).drop { $0 == " " }
            if after.count >= 3, after.first == "(", let letter = after.dropFirst().first, letter.isLowercase,
               after.dropFirst(2).first == ")" {
                number = number.subItem(letter)
            }
            let introduced = (index > 0 && referenceIntroducers.contains(words[index - 1]))
                || (index > 1 && (words[index - 2].lower == "item" || words[index - 2].lower == "items" || words[index - 2].lower == "minute"))
            if introduced || number.isMinuteReference { numbers.append(number) }
        }
        return Array(Set(numbers.flatMap(text.items(reachedBy:)))).sorted()
    }

    /// Items reached by what the declaration is about ("in Planning Application 17/00170/0",
    /// "regarding the Bluebell public house"): every distinctive word of the subject must appear
    /// in the item.
    private static func items(bySubjectOf sentence: Sentence, text: DocumentText, excluding declarationsItem: Int?) -> [Int] {
        guard !text.items.isEmpty else { return [] }
        let words = sentence.words
        guard let verb = words.firstIndex(where: { $0.lower.hasPrefix("declar") || $0.lower.hasPrefix("disclos") }) else { return [] }
        guard let introducer = words[verb...].firstIndex(where: { subjectIntroducers.contains($0) }) else { return [] }
        var keys: [WordText] = []
        for word in words[(introducer + 1)...] {
            if subjectEnders.contains(word) { break }
            let distinctive = (word.isCapitalised && !subjectStopWords.contains(word)) || (word.containsNumber && word.lower.count >= 5)
            if distinctive { keys.append(word.lower) }
            if keys.count == 3 { break }
        }
        guard !keys.isEmpty else { return [] }
        return items(containingAll: keys, in: text).filter { $0 != declarationsItem }
    }

    /// The items, in order, whose text holds every one of `keys` (a subject's few words): one
    /// pass over the items' words costs less than indexing every word of the document.
    private static func items(containingAll keys: [WordText], in text: DocumentText) -> [Int] {
        let everyKey: UInt = (1 << keys.count) - 1
        return text.items.indices.filter { item in
            var found: UInt = 0
            for sentence in text.sentences(of: text.items[item]) {
                for word in sentence.words {
                    guard let key = keys.firstIndex(of: word.lower) else { continue }
                    found |= 1 << key
                    if found == everyKey { return true }
                }
            }
            return false
        }
    }
}
