/// A reference to one of the council's employees in a sentence: a job title ("the Deputy
/// Clerk"), a profile employee's name, "a member of staff", or a pronoun that points back to
/// an employee named in the sentence before.
public struct StaffReference: Sendable, Hashable {
    public let sentenceIndex: Int
    public let wordRange: Range<Int>
    /// How the text names the employee, e.g. "the Deputy Clerk", "Mrs Jennings", "he".
    public let label: String
    public let isPronoun: Bool
    /// "the Clerk's ...", "his ...", "her ...".
    public let isPossessive: Bool
    /// The reference is an employee's name ("Mrs Jennings"), not a job title.
    public var isName = false
    /// A pronoun that may instead mean a councillor named before it ("Cllr Amos asked whether
    /// his suspension ..."): usable only where the words that follow settle it.
    public var isWeak = false
}

/// Finds employee references. Job titles are the model's own vocabulary (parish, town and
/// principal-council posts); profile employees add names.
public struct StaffReferenceFinder: Sendable {
    static let titles = PhraseMatcher([
        "clerk", "town clerk", "parish clerk", "deputy clerk", "deputy town clerk", "deputy parish clerk", "assistant clerk",
        "assistant town clerk", "assistant parish clerk", "locum clerk", "acting clerk", "clerk to the council", "clerk and rfo",
        "rfo", "responsible financial officer", "proper officer", "groundsman", "groundsmen", "groundsperson", "grounds person",
        "caretaker", "administrator", "office administrator", "finance administrator", "administrative officer",
        "administration officer", "administration assistant", "admin assistant", "events officer", "events manager",
        "finance officer", "committee officer", "communications officer", "community officer", "facilities manager",
        "hall manager", "hall cleaner", "cleaner", "operations manager", "estates officer", "amenities officer",
        "parks and estates manager", "cemetery superintendent", "lengthsman", "handyman", "litter picker",
        "meeting administrator", "chief executive", "chief executive officer", "head of paid service", "managing director",
        "monitoring officer", "section 151 officer", "chief finance officer", "corporate director", "strategic director",
        "executive director", "assistant director", "head of service", "democratic services officer",
        "communications manager", "investigating officer", "member of staff", "members of staff", "staff member",
        "employee", "council employee", "office manager", "maintenance operative", "warden", "site manager",
        "youth worker", "bookings clerk", "business manager", "project officer", "town centre manager",
    ])
    /// Words before a title that make it someone else's post ("County Council's Clerk" is fine,
    /// but "police officer", "planning officer of the district" are not the council's staff).
    private static let foreignQualifiers: WordSet = [
        "police", "county", "district", "borough", "highways", "planning", "enforcement", "school", "church", "club",
        "association", "society", "court", "tribunal", "hmrc", "auditor", "external", "trust", "charity",
        "neighbouring", "pta", "fc", "scouts", "guides", "ndp", "steering", "group",
    ]
    /// Singular pronouns only: "they" and "their" in minutes are usually residents or members.
    /// Whether each pronoun is possessive.
    /// "on the instruction of Cllr Ridout": a councillor named as an object, not a subject.
    private static let objectPrepositions: WordSet = ["of", "by", "from", "with", "to"]
    private static let pronouns = WordTable([("he", false), ("she", false), ("him", false), ("his", true), ("her", true)])

    private let employeeNames: PhraseMatcher

    /// `employeeNames`: the profile's employees; a first name alone counts when no other
    /// employee or member (`memberNames`) shares it.
    public init(employeeNames names: [String], memberNames: [String] = []) {
        var phrases: [String] = []
        let firstNames = names.compactMap { $0.split(separator: " ").first.map { $0.lowercased() } }
        let memberFirstNames = Set(memberNames.compactMap { $0.split(separator: " ").first.map { $0.lowercased() } })
        for name in names {
            phrases.append(name)
            let parts = name.split(separator: " ")
            if let surname = parts.last, surname.count > 2, parts.count > 1 {
                for honorific in ["mr", "mrs", "ms", "miss", "dr"] { phrases.append("\(honorific) \(surname)") }
            }
            if let first = parts.first?.lowercased(), parts.count > 1, first.count > 2,
               firstNames.filter({ $0 == first }).count == 1, !memberFirstNames.contains(first) {
                phrases.append(first)
            }
        }
        employeeNames = PhraseMatcher(phrases)
    }

    /// References in every sentence. A pronoun refers to the employee named before it in the
    /// same sentence, or in the previous sentence of the same item, when no councillor is named
    /// in between (minutes rarely say who "she" is otherwise).
    public func references(in text: DocumentText, mentions: [[MemberMention]]) -> [[StaffReference]] {
        var all: [[StaffReference]] = []
        all.reserveCapacity(text.sentences.count)
        let pronouns = Self.pronouns
        for sentence in text.sentences {
            let explicit = explicitReferences(in: sentence)
            var found = explicit
            let sentenceMentions = mentions[sentence.index]
            let previous: StaffReference? = sentence.index > 0
                && text.itemOfSentence[sentence.index] == text.itemOfSentence[sentence.index - 1]
                ? all[sentence.index - 1].last(where: { !$0.isPronoun }).flatMap { antecedent in
                    mentions[sentence.index - 1].contains { $0.wordRange.lowerBound > antecedent.wordRange.lowerBound } ? nil : antecedent
                } : nil
            let unblockedPrevious = sentence.index > 0
                && text.itemOfSentence[sentence.index] == text.itemOfSentence[sentence.index - 1]
                ? all[sentence.index - 1].last(where: { !$0.isPronoun }) : nil
            for (index, word) in sentence.words.enumerated() {
                guard let possessive = pronouns.value(for: word) else { continue }
                var antecedent: StaffReference?
                var weak = false
                if let local = explicit.last(where: { $0.wordRange.upperBound <= index }) {
                    // A councillor named as an object ("on the instruction of Cllr Ridout, she ...") is no antecedent.
                    let interrupted = sentenceMentions.contains { mention in
                        mention.wordRange.lowerBound >= local.wordRange.upperBound && mention.wordRange.lowerBound < index
                            && !(mention.wordRange.lowerBound > 0 && Self.objectPrepositions.contains(sentence.words[mention.wordRange.lowerBound - 1]))
                    }
                    antecedent = local
                    weak = interrupted
                } else if let candidate = previous ?? unblockedPrevious {
                    antecedent = candidate
                    weak = previous == nil || sentenceMentions.contains { $0.wordRange.lowerBound < index }
                }
                guard let antecedent else { continue }
                var reference = StaffReference(sentenceIndex: sentence.index, wordRange: index..<index + 1,
                                               label: antecedent.label, isPronoun: true, isPossessive: possessive)
                reference.isWeak = weak
                found.append(reference)
            }
            // Explicit references come sorted; only pronouns found after them need placing.
            all.append(found.count == explicit.count ? found : found.sorted { $0.wordRange.lowerBound < $1.wordRange.lowerBound })
        }
        return all
    }

    /// Words that end a job title, whatever comes before them in capitals ("Parks Operative",
    /// "Revenues Team Leader" is not: a team leader title needs the list).
    private static let titleHeads: WordSet = [
        "officer", "manager", "clerk", "operative", "assistant", "administrator", "director", "warden", "caretaker",
        "supervisor", "coordinator", "co-ordinator", "technician", "attendant", "keeper", "ranger", "groundsman",
        "groundsperson", "cleaner", "porter", "receptionist", "accountant", "surveyor", "engineer",
    ]

    /// Titles the list does not name but that read as posts: capitalised words ending in a title
    /// head ("the Parks Operative", "Events and Communications Officer"), and "Head of ..."
    /// followed by capitalised words ("Head of Parks and Open Spaces").
    private static func isTitleWord(_ word: Word) -> Bool {
        word.isCapitalised && word.startsWithLetter
    }

    private static let postDeterminers: WordSet = ["the", "our", "a"]
    /// Words a composed title does not run back across: "the", "Cllr", "Mrs".
    private static let titleOpeners: WordSet = ["the", "a", "our", "an", "cllr", "councillor", "mr", "mrs", "ms", "miss", "dr"]
    private static let honorifics: WordSet = ["mr", "mrs", "ms", "miss", "dr"]
    /// "the former Clerk", "the new Deputy Clerk": words a reference starts from.
    private static let postModifiers: WordSet = [
        "former", "new", "current", "previous", "acting", "temporary", "interim", "deputy", "assistant", "principal", "senior",
    ]
    private static let referenceDeterminers: WordSet = ["the", "a", "our", "an", "its", "council's"]

    private static func composedTitles(in sentence: Sentence) -> [PhraseMatcher.Match] {
        let words = sentence.words
        // A title does not run across punctuation ("the Head of Parks, Ms Tennant").
        func joinedToNext(_ index: Int) -> Bool { words[index].gapAfter.isBlank }
        var found: [PhraseMatcher.Match] = []
        for (index, word) in words.enumerated() where word.isCapitalised && word.startsWithLetter {
            let bare = word.stem
            let isHead = titleHeads.contains(bare)
            if isHead, index > 0, postDeterminers.contains(words[index - 1]) {
                // "the Supervisor", "our Manager": a post named by its head word alone.
                found.append(PhraseMatcher.Match(phrase: bare.description, wordRange: index..<index + 1))
            } else if isHead, index > 0, isTitleWord(words[index - 1]), !word.startsLine || index == 0 {
                var start = index - 1
                while start > 0, joinedToNext(start - 1), isTitleWord(words[start - 1]) || (words[start - 1].lower == "and" && start > 1 && isTitleWord(words[start - 2])),
                      !titleOpeners.contains(words[start - 1]),
                      index - start < 5 {
                    start -= 1
                }
                found.append(PhraseMatcher.Match(phrase: bare.description, wordRange: start..<index + 1))
            } else if bare == "head", index + 2 < words.count, words[index + 1].lower == "of", words[index + 2].isCapitalised {
                var end = index + 3
                while end < words.count, joinedToNext(end - 1),
                      isTitleWord(words[end]) || (words[end].lower == "and" && end + 1 < words.count && isTitleWord(words[end + 1])),
                      !honorifics.contains(words[end]), end - index < 7 {
                    end += 1
                }
                found.append(PhraseMatcher.Match(phrase: "head of service", wordRange: index..<end))
            }
        }
        return found
    }

    private func explicitReferences(in sentence: Sentence) -> [StaffReference] {
        var found: [StaffReference] = []
        let words = sentence.words
        var covered = 0
        let names = employeeNames.isEmpty ? [] : employeeNames.matches(in: words)
        let titles = Self.titles.matches(in: words)
        let composed = Self.composedTitles(in: sentence)
        guard !(titles.isEmpty && names.isEmpty && composed.isEmpty) else { return [] }
        let nameStarts = Set(names.map(\.wordRange.lowerBound))
        // One matcher's matches are in order already, the longest first at each word: most
        // sentences name a job title and nothing else.
        let matches = names.isEmpty && composed.isEmpty ? titles : (titles + names + composed)
            .sorted { ($0.wordRange.lowerBound, -$0.wordRange.count) < ($1.wordRange.lowerBound, -$1.wordRange.count) }
        for match in matches where match.wordRange.lowerBound >= covered {
            let start = match.wordRange.lowerBound
            if words[max(0, start - 3)..<start].contains(where: { Self.foreignQualifiers.contains(stemOf: $0) }) { continue }
            // "Clerk to write to Highways" or "Clerk" as an action-list subject is still a reference;
            // "Clerk of Works" and "Clerk of the Court" are not the council's clerk.
            if match.wordRange.upperBound < words.count, words[match.wordRange.upperBound].lower == "of",
               match.phrase == "clerk" { continue }
            let last = words[match.wordRange.upperBound - 1]
            var determiner = start
            while determiner > 0, start - determiner < 3,
                  Self.postModifiers.contains(words[determiner - 1]) {
                determiner -= 1
            }
            if determiner > 0, Self.referenceDeterminers.contains(words[determiner - 1]) { determiner -= 1 }
            let label = sentence.blockText.utf8Slice(words[determiner].range.lowerBound..<last.range.upperBound)
            var reference = StaffReference(sentenceIndex: sentence.index, wordRange: determiner..<match.wordRange.upperBound,
                                           label: Self.withoutPossessives(label),
                                           isPronoun: false, isPossessive: last.isPossessive)
            reference.isName = nameStarts.contains(start) && names.contains { $0.wordRange == match.wordRange }
            found.append(reference)
            covered = match.wordRange.upperBound
        }
        return found.count < 2 ? found : found.sorted { $0.wordRange.lowerBound < $1.wordRange.lowerBound }
    }
}

extension StaffReferenceFinder {
    /// "the Clerk's" as "the Clerk": every "'s" or "’s" removed.
    static func withoutPossessives(_ label: Substring) -> String {
        var label = label
        // On bytes, copied in place: rebuilding the label scalar by scalar, or byte by byte into an
        // array, cost thousands of instructions a label.
        let rebuilt = label.withUTF8 { bytes -> String? in
            guard bytes.contains(where: { $0 == UInt8(ascii: "'") || $0 == 0xE2 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { kept in
                var count = 0
                var index = 0
                while index < bytes.count {
                    // "'" is one byte, "’" the three E2 80 99.
                    let apostrophe = bytes[index] == UInt8(ascii: "'") ? 1
                        : bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 ? 3 : 0
                    if apostrophe > 0, index + apostrophe < bytes.count, bytes[index + apostrophe] == UInt8(ascii: "s") {
                        index += apostrophe + 1
                        continue
                    }
                    for _ in 0..<max(apostrophe, 1) {
                        kept[count] = bytes[index]
                        count += 1
                        index += 1
                    }
                }
                return count
            }
        }
        return rebuilt ?? String(label)
    }

    /// Whether `phrase` (from a profile interest, say) names an employee: a job title or an employee's name.
    public func isEmployeeReference(_ phrase: String) -> Bool {
        let words = Words(SentenceSplitter.words(in: phrase, range: 0..<phrase.utf8.count))
        return Self.titles.contains(in: words) || employeeNames.contains(in: words)
    }
}
