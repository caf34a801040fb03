/// Someone a press release names: a council member (by name, "Cllr" title or office), an
/// election candidate, one of the council's officers, or anyone else (residents, partners).
public struct PersonReference: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case member
        case candidate
        case officer
        case other
    }

    public let sentenceIndex: Int
    /// Words of the sentence naming the person (title, name and any office in apposition).
    public let wordRange: Range<Int>
    public let kind: Kind
    /// The member's index in the profile's `members`, when the reference resolves to one.
    public let profileMember: Int?
    /// The offices the text gives the person ("Cabinet Member for Housing" -> cabinet).
    public let statedRoles: Set<CouncilProfile.Role>
    /// Whether a personal name is given, not only an office ("the Mayor", "a council spokesperson").
    public let isNamed: Bool
    /// How the text names the person, e.g. "Cllr Janet Mills", "the Mayor".
    public let label: String

    public var isPolitical: Bool { kind == .member || kind == .candidate }

    /// How a finding names the person: "Cllr Janet Mills", "the Mayor", "Jane Doe (a candidate)".
    public var displayName: String {
        let written = label.hasPrefix("The ") ? "the" + label.dropFirst(3) : label
        switch kind {
        case .member where profileMember != nil: return "Cllr " + label
        case .candidate: return isNamed ? "\(written) (a candidate)" : "a candidate"
        default: return written
        }
    }

    /// The same person for counting: the profile member, else the name as written.
    public var personKey: String {
        if let profileMember { return "member:\(profileMember)" }
        return label.lowercased()
    }

    func merged(with description: PersonReference) -> PersonReference {
        let range = min(wordRange.lowerBound, description.wordRange.lowerBound)..<max(wordRange.upperBound, description.wordRange.upperBound)
        let joinedKind = kind == .other || (kind == .officer && description.kind == .member) ? description.kind : kind
        return PersonReference(sentenceIndex: sentenceIndex, wordRange: range, kind: joinedKind,
                               profileMember: profileMember ?? description.profileMember,
                               statedRoles: statedRoles.union(description.statedRoles), isNamed: isNamed || description.isNamed,
                               label: isNamed || !description.isNamed ? label : description.label)
    }
}

/// Finds the people of a press release's sentences. Members are recognised by "Cllr"/"Councillor"
/// mentions, by profile names and aliases, and by the offices of a council ("the Mayor",
/// "Leader of the Council", "Cabinet Member for ..."); the homographs of those offices ("Youth
/// Mayor", "Scout leader", "team leader", "display cabinet") are not members.
struct PeopleFinder: Sendable {
    /// Offices of the council, each with the role it gives; longest phrase wins. What follows
    /// "of" decides the rest: "Chair of the Planning Committee", "Leader of the Conservative Group".
    private static let offices: [(phrase: String, role: CouncilProfile.Role?)] = [
        ("mayor", .mayor), ("town mayor", .mayor), ("city mayor", .mayor), ("civic mayor", .mayor), ("lord mayor", .mayor),
        ("deputy mayor", .viceChair), ("deputy town mayor", .viceChair), ("deputy lord mayor", .viceChair),
        ("leader of the council", .leader), ("council leader", .leader), ("council's leader", .leader), ("leader", .leader),
        ("deputy leader", nil), ("deputy council leader", nil),
        ("cabinet member", .cabinet), ("cabinet members", .cabinet), ("cabinet lead", .cabinet), ("portfolio holder", .cabinet),
        ("cabinet portfolio holder", .cabinet), ("executive member", .cabinet), ("lead member", .cabinet),
        ("lead councillor", .cabinet), ("member of the cabinet", .cabinet),
        ("chair", .chair), ("chairman", .chair), ("chairwoman", .chair), ("chairperson", .chair), ("council chairman", .chair),
        ("council chair", .chair), ("town council chairman", .chair), ("parish council chairman", .chair),
        ("vice-chair", .viceChair), ("vice-chairman", .viceChair), ("vice chair", .viceChair), ("vice chairman", .viceChair),
        ("deputy chair", .viceChair), ("deputy chairman", .viceChair),
        ("committee chair", .committeeChair), ("committee chairman", .committeeChair),
        ("ward councillor", nil), ("ward councillors", nil), ("ward member", nil), ("local councillor", nil),
        ("borough councillor", nil), ("town councillor", nil), ("parish councillor", nil), ("district councillor", nil),
        ("city councillor", nil), ("councillor", nil), ("leader of the opposition", nil),
        ("opposition leader", nil),
    ]
    private static let officeMatcher = PhraseMatcher(offices.map(\.phrase))
    private static let officeRoles: [String: CouncilProfile.Role?] = Dictionary(offices.map { ($0.phrase, $0.role) }, uniquingKeysWith: { first, _ in first })
    /// Words before an office that make it something else: the Youth Mayor, a Scout leader, a display cabinet.
    private static let notCouncilOffice: WordSet = [
        "youth", "young", "junior", "children's", "metro", "former", "past", "team", "scout", "scouts", "cub", "guide",
        "brownie", "project", "squad", "walk", "ride", "group", "youth-club", "church", "faith", "community", "club",
        "display", "filing", "kitchen", "shadow", "opposition", "deputy", "county", "mayoress",
    ]
    /// "Chair of the Planning Committee", "Leader of the Conservative Group": the words after "of" decide.
    private static let committeeWords: WordSet = ["committee", "committee's", "panel", "sub-committee", "board", "forum"]
    private static let groupWords: WordSet = ["group", "group's", "opposition", "party", "groups"]
    private static let candidateWords: WordSet = ["candidate", "candidates"]
    private static let notElectionCandidates: WordSet = ["site", "sites", "job", "successful", "shortlisted", "interview", "post", "role", "location", "locations", "scheme", "schemes"]
    private static let chairWords: WordSet = ["chair", "chairman", "chairwoman", "chairperson"]
    /// Posts that are employees' jobs, beyond the Clerk and the titles of `StaffReferenceFinder`.
    private static let officerWords = PhraseMatcher([
        "officer", "officers", "manager", "head of", "director", "director of", "chief executive", "supervisor", "co-ordinator",
        "coordinator", "ranger", "engineer", "spokesperson", "spokesman", "spokeswoman", "team leader", "adviser", "advisor",
        "inspector", "technician", "curator", "librarian", "returning officer", "planner", "surveyor", "solicitor",
        "council spokesperson", "apprentice", "operative", "chief constable",
    ])
    private static let pronouns: WordSet = ["he", "she", "they"]
    private static let nameStopWords: WordSet = [
        "the", "a", "an", "this", "that", "council", "borough", "town", "parish", "district", "county", "city", "street",
        "road", "lane", "park", "ward", "centre", "center", "day", "house", "hall", "hospice", "school", "trust", "group",
        "committee", "cabinet", "mayor", "leader", "speaking", "residents", "visitors", "people", "members", "councillors",
        "it", "there", "we", "our", "their", "his", "her", "its", "in", "on", "at", "after", "before", "during", "when",
        "while", "following", "with", "and", "but", "as", "if", "for", "from", "photo", "pictured", "picture", "caption",
    ]

    private let profile: CouncilProfile?
    private let directory: MemberDirectory
    private let mentions: [[MemberMention]]
    private let staff: [[StaffReference]]
    private let profileNames: PhraseMatcher
    private let profileNameOwner: [String: Int]
    private let roleHolders: [CouncilProfile.Role: Int]

    init(profile: CouncilProfile?, meeting: MeetingRecord, staffReferences: [[StaffReference]]) {
        self.profile = profile
        directory = meeting.directory
        mentions = meeting.mentions
        staff = staffReferences
        var owner: [String: Int] = [:]
        for (index, member) in (profile?.members ?? []).enumerated() {
            for name in [member.name] + member.aliases {
                let bare = Self.withoutTitle(name)
                for form in [name.lowercased(), bare] where form.split(separator: " ").count >= 2 {
                    owner[form] = owner[form] == nil || owner[form] == index ? index : -1
                }
            }
        }
        profileNameOwner = owner.filter { $0.value >= 0 }
        profileNames = PhraseMatcher(profileNameOwner.keys.sorted())
        let members = profile?.members ?? []
        var holders: [CouncilProfile.Role: Int] = [:]
        for role in CouncilProfile.Role.allCases {
            let holding = members.indices.filter { members[$0].roles.contains(role) }
            if holding.count == 1 { holders[role] = holding[0] }
        }
        roleHolders = holders
    }

    /// People named in `words` of `sentence`, in order; a name and the office in apposition to it
    /// ("Cllr Tom Whitlock, Cabinet Member for Housing", "Council Leader Daniel Price") are one reference.
    func people(in sentence: Sentence, words range: Range<Int>? = nil) -> [PersonReference] {
        let range = range ?? 0..<sentence.words.count
        var found: [PersonReference] = []
        // Whether each word of the sentence is in a reference already found.
        var covered = [Bool](repeating: false, count: sentence.words.count)
        func add(_ reference: PersonReference) {
            guard !reference.wordRange.isEmpty, range.contains(reference.wordRange.lowerBound),
                  !reference.wordRange.contains(where: { covered[$0] }) else { return }
            found.append(reference)
            for index in reference.wordRange { covered[index] = true }
        }
        for match in profileNames.matches(in: sentence.words) {
            let member = profileNameOwner[match.phrase.lowercased()]
            var start = match.wordRange.lowerBound
            if start > 0, MemberDirectory.isTitleWord(sentence.words[start - 1]) { start -= 1 }
            add(reference(sentence, start..<match.wordRange.upperBound, kind: .member, member: member, named: true))
        }
        for mention in mentions[sentence.index] where !mention.isInitialsOnly {
            add(reference(sentence, mention.wordRange, kind: .member, member: profileMember(for: mention), named: true))
        }
        for reference in staff[sentence.index] where !reference.isPronoun {
            add(self.reference(sentence, reference.wordRange, kind: .officer, member: nil, named: reference.isName))
        }
        for office in offices(in: sentence) { add(office) }
        for match in Self.officerWords.matches(in: sentence.words) {
            add(reference(sentence, match.wordRange, kind: .officer, member: nil, named: false))
        }
        for candidate in candidates(in: sentence) { add(candidate) }
        for name in plainNames(in: sentence, range: range, covered: covered) { add(name) }
        return joiningAppositions(found.sorted { $0.wordRange.lowerBound < $1.wordRange.lowerBound }, in: sentence)
    }

    /// A pronoun that can be the subject of an attribution ("she said").
    func isPronoun(_ word: Word) -> Bool { Self.pronouns.contains(word) }


    private func reference(_ sentence: Sentence, _ range: Range<Int>, kind: PersonReference.Kind, member: Int?,
                           named: Bool, roles: Set<CouncilProfile.Role> = []) -> PersonReference {
        let words = sentence.words
        let text = sentence.blockText.utf8Slice(words[range.lowerBound].range.lowerBound..<words[range.upperBound - 1].range.upperBound)
        let label = member.flatMap { profile?.members[$0].name } ?? String(text)
        return PersonReference(sentenceIndex: sentence.index, wordRange: range, kind: kind, profileMember: member,
                               statedRoles: roles, isNamed: named, label: label)
    }

    private func profileMember(for mention: MemberMention) -> Int? {
        let given = [mention.firstName, mention.surname].compactMap { $0 }.joined(separator: " ")
        if let owner = profileNameOwner[given] { return owner }
        guard let identity = directory.resolve(mention), let name = directory.identities[identity].profileName else { return nil }
        return profile?.members.firstIndex { $0.name == name }
    }

    /// Offices of the council named in the sentence, resolved to the profile member who alone
    /// holds the office where there is one.
    private func offices(in sentence: Sentence) -> [PersonReference] {
        let words = sentence.words
        var found: [PersonReference] = []
        for match in Self.officeMatcher.matches(in: words) {
            let start = match.wordRange.lowerBound
            var end = match.wordRange.upperBound
            let first = words[start].stem
            if start > 0, Self.notCouncilOffice.contains(words[start - 1]) { continue }
            // "the Mayor's Charity Ball", "the Leader's column": the office's things, not the person.
            if words[match.wordRange.upperBound - 1].isPossessive { continue }
            // A lowercase "leader" or "chair" in running text ("a leader in the field", "new chairs") is not an office.
            if match.wordRange.count == 1, !words[start].isCapitalised,
               !(first == "mayor" && start > 0 && words[start - 1].lower == "the"), first != "councillor" { continue }
            var role = Self.officeRoles[match.phrase] ?? nil
            switch body(after: end, in: sentence) {
            case .group(let upTo):
                role = nil
                end = upTo
            case .committee(let upTo):
                guard role != nil || Self.chairWords.contains(first) else { continue }
                role = Self.chairWords.contains(first) || first == "vice-chair" ? .committeeChair : role
                end = upTo
            case .council(let upTo):
                end = upTo
            case .other(let upTo):
                guard match.wordRange.count > 1 || first == "mayor" else { continue }
                end = upTo  // "Leader of Harnford Cubs", "Chair of the Hospice Trust"
            case nil:
                if start > 0, Self.committeeWords.contains(words[start - 1]), Self.chairWords.contains(first) {
                    role = .committeeChair
                } else if match.wordRange.count == 1, Self.chairWords.contains(first) {
                    continue  // "Jo Brown, Chair, said": the chair of what is not said
                }
            }
            if role == .cabinet, end < words.count, words[end].lower == "for" || words[end].lower == "with" {
                end = portfolioEnd(after: end, in: sentence)
            }
            if first == "councillor" || first == "councillors", end < words.count, words[end].isCapitalised { continue }
            let holder = role.flatMap { [.mayor, .leader, .chair, .viceChair].contains($0) ? roleHolders[$0] : nil }
            found.append(reference(sentence, start..<end, kind: .member, member: holder, named: false, roles: role.map { [$0] } ?? []))
        }
        return found
    }

    private enum OfficeBody {
        case group(upTo: Int)
        case committee(upTo: Int)
        case council(upTo: Int)
        case other(upTo: Int)
    }

    /// What follows "of" after an office: "of the Conservative Group", "of the Planning
    /// Committee", "of Harnford Borough Council", "of the Hospice Trust"; nil without "of".
    private func body(after end: Int, in sentence: Sentence) -> OfficeBody? {
        let words = sentence.words
        guard end + 1 < words.count, words[end].lower == "of" else { return nil }
        var scan = end + 1
        while scan < words.count, scan <= end + 6 {
            let word = words[scan].lower
            if !words[scan - 1].gapAfter.isBlank { break }
            if Self.groupWords.contains(word) { return .group(upTo: scan + 1) }
            if Self.committeeWords.contains(word) { return .committee(upTo: scan + 1) }
            if word == "council" || word == "council's" { return .council(upTo: scan + 1) }
            guard words[scan].isCapitalised || word == "the" || word == "and" || word == "&" else { break }
            scan += 1
        }
        return scan > end + 1 && words[end + 1 ..< scan].contains(where: \.isCapitalised) ? .other(upTo: scan) : nil
    }

    private static let portfolioJoiners: WordSet = ["and", "&", "the", "responsibility", "for", "of"]

    /// The end of a portfolio: "for Housing and Regeneration", "with responsibility for Parks".
    private func portfolioEnd(after start: Int, in sentence: Sentence) -> Int {
        let words = sentence.words
        var end = start + 1
        while end < words.count, words[end].isCapitalised || Self.portfolioJoiners.contains(words[end]) {
            if words[end - 1].gapAfter.contains(.comma) { break }
            end += 1
        }
        return end
    }

    /// "the Green Party candidate for Abbey ward": a candidate, not a job applicant or a candidate site.
    private func candidates(in sentence: Sentence) -> [PersonReference] {
        let words = sentence.words
        // Most sentences name no candidate: the words are looked up before anything is built.
        guard words.contains(where: { Self.candidateWords.contains($0) }) else { return [] }
        return words.indices.compactMap { index in
            guard Self.candidateWords.contains(words[index]) else { return nil }
            if index + 1 < words.count, Self.notElectionCandidates.contains(words[index + 1]) { return nil }
            if index > 0, Self.notElectionCandidates.contains(words[index - 1]) { return nil }
            // "candidate for Abbey ward", "the Green Party candidate"; not a candidate for Youth Mayor.
            let after = words[(index + 1)..<min(words.count, index + 4)]
            if after.contains(where: { $0.lower == "youth" || $0.lower == "young" || $0.lower == "post" || $0.lower == "job" }) { return nil }
            guard after.first.map({ $0.lower == "for" || $0.lower == "in" || $0.lower == "standing" }) ?? false
                    || (index > 1 && words[index - 1].isCapitalised) || (index > 0 && words[index - 1].lower == "election") else { return nil }
            return reference(sentence, index..<index + 1, kind: .candidate, member: nil, named: false)
        }
    }

    /// Personal names that are neither members nor officers ("Lorna Mitchell", "Paul Greaves"):
    /// two or three capitalised words followed by a comma, "said" or the end of the passage.
    private func plainNames(in sentence: Sentence, range: Range<Int>, covered: [Bool]) -> [PersonReference] {
        let words = sentence.words
        func gap(after index: Int) -> Gap.Marks {
            index + 1 < words.count ? words[index].gapAfter.marks : []
        }
        var found: [PersonReference] = []
        var index = range.lowerBound
        while index < range.upperBound {
            var end = index
            while end < range.upperBound, end - index < 3, !covered[end], words[end].isCapitalised, !words[end].isAllCaps,
                  !words[end].startsWithDigit, !Self.nameStopWords.contains(words[end]) {
                end += 1
                // A name does not run across punctuation or past a possessive.
                if words[end - 1].isPossessive || !gap(after: end - 1).isEmpty { break }
            }
            if end - index >= 2, gap(after: end - 1).contains(.comma) || end == range.upperBound
                || (end < words.count && SpeechVerbs.contains(words[end])) {
                found.append(reference(sentence, index..<end, kind: .other, member: nil, named: true))
            }
            index = max(end, index + 1)
        }
        return found
    }

    /// Joins a name and the office next to it: "Council Leader Daniel Price", "the Mayor, Cllr
    /// Margaret Oduya,", "Cllr Tom Whitlock, Cabinet Member for Housing".
    private func joiningAppositions(_ references: [PersonReference], in sentence: Sentence) -> [PersonReference] {
        var joined: [PersonReference] = []
        for reference in references {
            if let last = joined.last, isApposition(last, reference, in: sentence), last.isNamed != reference.isNamed || last.kind != reference.kind {
                let (name, office) = last.isNamed ? (last, reference) : (reference, last)
                joined[joined.count - 1] = name.merged(with: office)
            } else {
                joined.append(reference)
            }
        }
        return joined
    }

    /// "Cllr X, Cabinet Member for Y", "the Mayor, Cllr X", "Council Leader X", and a name
    /// followed by a description: "Councillor Peter Okafor, a Riverside ward member".
    private func isApposition(_ first: PersonReference, _ second: PersonReference, in sentence: Sentence) -> Bool {
        let words = sentence.words
        let between = words[first.wordRange.upperBound..<second.wordRange.lowerBound]
        // The punctuation from the first reference's last word to the second's first, as the splitter found it.
        let gapWords = first.wordRange.upperBound - 1..<second.wordRange.lowerBound
        guard !gapWords.contains(where: { words[$0].gapAfter.contains(Self.appositionBreakers) }) else { return false }
        if between.count <= 2, between.allSatisfy({ Self.appositionDeterminers.contains($0) || $0.isPossessive }) {
            return true
        }
        let comma = UInt8(ascii: ","), space = UInt8(ascii: " ")
        let leading = words[gapWords.lowerBound].gapAfter.leading
        let opensWithComma = leading.0 == comma || (leading.0 == space && leading.1 == comma)
        return first.isNamed && !second.isNamed && opensWithComma && between.count <= 3
            && between.allSatisfy { ($0.lower != "its" && Self.appositionDeterminers.contains($0)) || $0.isCapitalised }
    }

    private static let appositionDeterminers: WordSet = ["the", "a", "an", "our", "its"]
    /// No apposition runs across a stop, semicolon, colon, bracket or double quote.
    private static let appositionBreakers: Gap.Marks = [
        .fullStop, .semicolon, .colon, .openingBracket, .closingBracket,
        .straightDoubleQuote, .openingDoubleQuote, .closingDoubleQuote,
    ]

    private static func withoutTitle(_ name: String) -> String {
        let parts = name.lowercased().split(separator: " ")
        guard let first = parts.first, MemberDirectory.isTitleWord(String(first)) || first == "mr" || first == "mrs" || first == "ms" else {
            return parts.joined(separator: " ")
        }
        return parts.dropFirst().joined(separator: " ")
    }
}
