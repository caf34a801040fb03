/// A councillor named in the text: "Cllr Hale", "Councillor P. Hale", "Cllr Peter Hale", "PH".
public struct MemberMention: Sendable, Hashable {
    public let sentenceIndex: Int
    /// Words of the sentence the mention spans, the title word included.
    public let wordRange: Range<Int>
    public let firstName: String?
    public let initial: Character?
    /// Lowercased surname, or the initials for an initials-only mention ("ph").
    public let surname: String
    public let isInitialsOnly: Bool
}

/// One councillor as identified across a document (and the profile, when there is one).
public struct MemberIdentity: Sendable, Hashable {
    public let id: Int
    public let surname: String
    public var firstName: String?
    public var initial: Character?
    /// The profile member's name, when the identity is a profile member.
    public let profileName: String?
    public var displayName: String {
        if let profileName { return profileName }
        let given = firstName.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? initial.map { String($0).uppercased() }
        let family = surname.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
        return "Cllr " + (given.map { "\($0) " } ?? "") + family
    }

    var initials: String? {
        guard let first = firstName?.first ?? initial, let last = surname.first else { return nil }
        return String(first) + String(last)
    }
}

/// Finds councillor mentions in sentences and resolves them to identities, so that "Cllr Hale",
/// "Councillor P. Hale" and "Cllr Peter Hale" are one member where nothing contradicts it.
public struct MemberDirectory: Sendable {
    public private(set) var identities: [MemberIdentity] = []
    /// Identities by surname, and those with a given name by both names, so that resolving
    /// stays linear however many councillors are named and however many share a surname.
    private var bySurname: [String: [Int]] = [:]
    private var byFullName: [FullName: [Int]] = [:]
    /// Identities with no given name yet, by surname.
    private var unnamedBySurname: [String: [Int]] = [:]

    private struct FullName: Hashable {
        let surname: String
        let firstName: String
    }

    private mutating func add(surname: String, firstName: String?, initial: Character?, profileName: String?) {
        let id = identities.count
        bySurname[surname, default: []].append(id)
        identities.append(MemberIdentity(id: id, surname: surname, firstName: firstName, initial: initial, profileName: profileName))
        indexByName(id)
    }

    /// Gives identity `id`, which has no given name yet, the given name `firstName`.
    private mutating func learnFirstName(_ firstName: String, of id: Int) {
        unnamedBySurname[identities[id].surname]?.removeAll { $0 == id }
        identities[id].firstName = firstName
        indexByName(id)
    }

    /// Files identity `id` under its full name, or among its surname's identities with no given name.
    private mutating func indexByName(_ id: Int) {
        let identity = identities[id]
        if let firstName = identity.firstName {
            byFullName[FullName(surname: identity.surname, firstName: firstName), default: []].append(id)
        } else {
            unnamedBySurname[identity.surname, default: []].append(id)
        }
    }

    private static let titleWords: WordSet = ["cllr", "cllrs", "councillor", "councillors", "coun", "clr", "cllor"]

    static func isTitleWord(_ word: Word) -> Bool { titleWords.contains(word) }
    static func isTitleWord(_ word: String) -> Bool { titleWords.contains(WordText(word)) }
    private static let honorifics: WordSet = ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lady", "lord", "rev", "revd"]
    private static let notNames: WordSet = [
        "chair", "chairman", "chairwoman", "chairperson", "vice", "mayor", "leader", "council", "county", "district",
        "borough", "parish", "town", "city", "cabinet", "member", "members", "portfolio", "deputy", "the", "and", "proposed",
        "seconded", "clerk", "for", "against", "all", "agreed", "resolved", "resolution", "motion", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "present", "apologies", "absent", "item",
        "items", "minute", "minutes", "declared", "declarations", "interest", "in", "of", "to", "on", "with", "as", "who",
        "he", "she", "they", "it", "was", "were", "had", "has", "said", "ward", "division", "also", "from", "but", "at",
        "if", "that", "this", "there", "reported", "abstained", "seconder", "proposer", "carried", "lost", "unanimously",
        "noted", "chairs", "chaired", "vote", "votes", "voted", "report", "reports", "responded", "asked", "thanked",
        "a", "an", "by", "planning", "finance", "highways", "committee", "working", "group", "report:", "i", "we", "our",
    ]

    /// `known` are the profile's members: full names and aliases.
    public init(known: [(name: String, aliases: [String])] = []) {
        for member in known {
            let parts = member.name.split(separator: " ").map { $0.lowercased() }
            guard let surname = parts.last else { continue }
            let first = parts.count > 1 ? parts.first : nil
            add(surname: surname, firstName: first, initial: first?.first, profileName: member.name)
        }
        aliasNames = known.flatMap { member in member.aliases.map { ($0.lowercased(), member.name) } }
    }

    private var aliasNames: [(alias: String, name: String)] = []

    /// Every councillor mention in `sentence`, in order.
    public static func mentions(in sentence: Sentence) -> [MemberMention] {
        var found: [MemberMention] = []
        let words = sentence.words
        // Read once, not at every word: each read of a static checks that it is initialised.
        let titleWords = Self.titleWords
        var index = 0
        while index < words.count {
            guard titleWords.contains(words[index]) else {
                index += 1
                continue
            }
            let plural = words[index].lower.lastByte == UInt8(ascii: "s")
            var cursor = index + 1
            var listStart = index
            repeat {
                guard let (mention, end) = name(in: sentence, from: cursor, titleStart: listStart) else { break }
                found.append(mention)
                cursor = skippingBracketedWords(in: sentence, from: end)
                listStart = cursor
                guard plural, cursor < words.count else { break }
                // A list of names goes on only after a comma or "and": "Cllrs Hale, Dray and Morris".
                if words[cursor].lower == "and" {
                    cursor += 1
                } else if !words[cursor - 1].gapAfter.contains(.comma) {
                    break
                }
                if cursor < words.count, titleWords.contains(words[cursor]) { cursor += 1 }
            } while cursor < words.count
            index = max(cursor, index + 1)
        }
        return found
    }

    private static let initialsTriggers: WordSet = ["prop", "proposed", "proposer", "2nd", "seconded", "sec", "seconder", "by"]

    /// Initials-only mentions ("Prop. PH, 2nd DD") directly after a proposing or seconding word.
    public static func initialsMentions(in sentence: Sentence) -> [MemberMention] {
        var found: [MemberMention] = []
        for (index, word) in sentence.words.enumerated() where index > 0 && word.isAllCaps && initialsTriggers.contains(sentence.words[index - 1]) {
            let raw = sentence.blockText.utf8Slice(word.range)
            guard (2...3).contains(raw.count), raw.allSatisfy({ $0.isUppercase && $0.isLetter }) else { continue }
            found.append(MemberMention(sentenceIndex: sentence.index, wordRange: index..<index + 1, firstName: nil,
                                       initial: nil, surname: raw.lowercased(), isInitialsOnly: true))
        }
        return found
    }

    /// Skips "(RT) (Chair)" after a name in a list of names.
    private static func skippingBracketedWords(in sentence: Sentence, from start: Int) -> Int {
        let words = sentence.words
        var cursor = start
        var depth = 0
        while cursor < words.count {
            if cursor > 0 {
                let gap = words[cursor - 1].gapAfter
                depth += Int(gap.openingBrackets) - Int(gap.closingBrackets)
            }
            if depth <= 0 { return cursor }
            cursor += 1
        }
        return cursor
    }

    private static func name(in sentence: Sentence, from start: Int, titleStart: Int) -> (MemberMention, Int)? {
        let words = sentence.words
        var cursor = start
        while cursor < words.count, honorifics.contains(words[cursor]) { cursor += 1 }
        // The name's parts are the words from here to the cursor.
        let partsStart = cursor
        while cursor < words.count, cursor - partsStart < 4 {
            let word = words[cursor]
            let isFirstPart = cursor == partsStart
            guard word.isCapitalised, !word.startsWithDigit, isFirstPart || !word.startsLine else { break }
            // After initials only a surname follows; otherwise a given name and a surname.
            if !isFirstPart {
                let parts = partsStart..<cursor
                if words[partsStart].lower.count == 1 ? parts.contains(where: { words[$0].lower.count > 1 }) : parts.count >= 2 { break }
            }
            let isInitial = word.lower.count == 1
            if !isInitial, notNames.contains(stemOf: word) || titleWords.contains(stemOf: word)
                || (!isFirstPart && honorifics.contains(stemOf: word)) { break }
            // A name does not run across a comma or a bracket.
            if !isFirstPart, words[cursor - 1].gapAfter.contains([.comma, .openingBracket, .semicolon, .colon]) { break }
            cursor += 1
            if word.isPossessive { break }
        }
        guard cursor > partsStart else { return nil }
        let last = words[cursor - 1]
        var surname = sentence.lowercasedText(of: last)
        if last.isPossessive { surname.removeLast(2) }
        guard surname.count >= 2 else { return nil }
        var firstName: String?
        var initial: Character?
        if cursor - partsStart >= 2 {
            let first = words[partsStart]
            let name = sentence.lowercasedText(of: first)
            if first.lower.count == 1 { initial = name.first } else { firstName = name; initial = name.first }
        }
        let mention = MemberMention(sentenceIndex: sentence.index, wordRange: titleStart..<cursor, firstName: firstName,
                                    initial: initial, surname: surname, isInitialsOnly: false)
        return (mention, cursor)
    }

    /// Learns the identities named in a document: mentions with a given name or initial first,
    /// so that bare surnames can then be resolved against them.
    public mutating func learn<Mentions: Collection>(_ mentions: Mentions) where Mentions.Element == MemberMention {
        for mention in mentions where !mention.isInitialsOnly && (mention.firstName != nil || mention.initial != nil) {
            let found = candidates(for: mention)
            if found.isEmpty {
                add(surname: mention.surname, firstName: mention.firstName, initial: mention.initial, profileName: nil)
            } else if found.count == 1, identities[found[0]].firstName == nil, let first = mention.firstName {
                learnFirstName(first, of: found[0])
            }
        }
        for mention in mentions where !mention.isInitialsOnly && mention.firstName == nil && mention.initial == nil {
            if bySurname[mention.surname] == nil {
                add(surname: mention.surname, firstName: nil, initial: nil, profileName: nil)
            }
        }
    }

    /// The identity a mention names, or nil when it is ambiguous or unknown. Initials-only
    /// mentions resolve among `present` only.
    public func resolve(_ mention: MemberMention, present: Set<Int>? = nil) -> Int? {
        if mention.isInitialsOnly {
            let pool = identities.filter { present?.contains($0.id) ?? true }
            let matching = pool.filter { $0.initials == mention.surname }
            return matching.count == 1 ? matching[0].id : nil
        }
        var found = candidates(for: mention)
        if found.count > 1, let present {
            found = found.filter { present.contains($0) }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// The profile member with this full name or alias, if any.
    public func identity(named name: String) -> Int? {
        let lower = name.lowercased()
        if let alias = aliasNames.first(where: { $0.alias == lower }) {
            return identities.first { $0.profileName == alias.name }?.id
        }
        return identities.first { $0.profileName?.lowercased() == lower }?.id
    }

    /// The identities `mention` may name, in no particular order: those of its surname whose
    /// given name and initial, where known, are the mention's.
    private func candidates(for mention: MemberMention) -> [Int] {
        let sameNames = if let first = mention.firstName {
            (byFullName[FullName(surname: mention.surname, firstName: first)] ?? []) + (unnamedBySurname[mention.surname] ?? [])
        } else {
            bySurname[mention.surname] ?? []
        }
        guard let initial = mention.initial else { return sameNames }
        return sameNames.filter { identities[$0].initial.map { $0 == initial } ?? true }
    }
}
