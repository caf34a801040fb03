/// Who was at the meeting: members present, apologies, others in attendance, and members
/// arriving or leaving part-way.
public struct Attendance: Sendable {
    public enum MovementKind: Sendable { case arrived, left, returned }

    public struct Movement: Sendable {
        public let member: Int
        public let sentenceIndex: Int
        public let kind: MovementKind
    }

    /// Identities recorded present (from "Present:" lists).
    public var present: Set<Int> = []
    public var apologies: Set<Int> = []
    public var absent: Set<Int> = []
    /// Councillors recorded as in attendance rather than present (visiting county or district councillors).
    public var inAttendance: [String] = []
    public var movements: [Movement] = []

    /// Whether `member` was in the room at `sentenceIndex`, as far as the record shows: present
    /// (or arrived before it), not sent apologies, and not left without returning.
    public func isInRoom(_ member: Int, at sentenceIndex: Int) -> Bool {
        guard !apologies.contains(member), !absent.contains(member) else { return false }
        var inRoom = present.contains(member)
        for movement in movements where movement.member == member && movement.sentenceIndex < sentenceIndex {
            inRoom = movement.kind != .left
        }
        return inRoom
    }
}

enum AttendanceReader {
    private enum Region { case present, apologies, absent, attendance }

    private static let departures = PhraseMatcher([
        "left the meeting", "left the room", "left the chamber", "withdrew", "withdrew from the meeting", "left at",
        "leaves the meeting", "left the virtual meeting", "left the call", "vacated the chair and left",
    ])
    private static let returns = PhraseMatcher([
        "returned", "rejoined", "re-joined", "re-entered", "came back into", "was readmitted",
    ])
    private static let arrivals = PhraseMatcher(["arrived", "joined the meeting", "joined the call", "entered the meeting"])
    private static let movementKinds: [Attendance.MovementKind] = [.left, .returned, .arrived]

    static func read(_ text: DocumentText, mentions: [[MemberMention]], directory: MemberDirectory) -> Attendance {
        var attendance = Attendance()
        // A label on a line of its own ("PRESENT") heads the list on the lines that follow.
        var carried: Region?
        let apologiesItems = text.items.map { $0.title.containsIgnoringASCIICase("apologies") }
        for sentence in text.sentences {
            let sentenceMentions = mentions[sentence.index]
            let inApologiesItem = text.itemOfSentence[sentence.index].map { apologiesItems[$0] } ?? false
            var regions = self.regions(in: sentence, inApologiesItem: inApologiesItem)
            if regions.isEmpty, let region = carried {
                if sentenceMentions.isEmpty || text.itemOfSentence[sentence.index] != nil && sentence.index > 0
                    && text.itemOfSentence[sentence.index] != text.itemOfSentence[sentence.index - 1] {
                    carried = nil
                } else {
                    regions = [(0, region)]
                }
            } else if let last = regions.last {
                if let region = carried, let first = regions.first, first.start > 0 {
                    regions.insert((0, region), at: 0)
                }
                carried = sentenceMentions.contains(where: { $0.wordRange.lowerBound > last.start }) ? nil : last.region
            }
            for mention in sentenceMentions {
                guard let region = regions.last(where: { $0.start <= mention.wordRange.lowerBound })?.region,
                      let member = directory.resolve(mention) else { continue }
                switch region {
                case .present: attendance.present.insert(member)
                case .apologies: attendance.apologies.insert(member)
                case .absent: attendance.absent.insert(member)
                case .attendance: attendance.inAttendance.append(directory.identities[member].displayName)
                }
            }
            if regions.isEmpty, !sentenceMentions.isEmpty {
                record(movementsIn: sentence, mentions: sentenceMentions, directory: directory, into: &attendance)
            }
        }
        attendance.present.subtract(attendance.apologies)
        return attendance
    }

    private static let labels: WordSet = ["present", "apologies", "apology", "absent", "attendance", "officers"]

    private static func regions(in sentence: Sentence, inApologiesItem: Bool) -> [(start: Int, region: Region)] {
        var found: [(Int, Region)] = []
        let words = sentence.words
        // Read once, not at every word: each read of a static checks that it is initialised.
        let labels = Self.labels
        guard words.contains(where: { labels.contains($0) }) else { return [] }
        if inApologiesItem, words.contains(where: { $0.lower == "apologies" || $0.lower == "apology" }) {
            found.append((0, .apologies))
        }
        for (index, word) in words.enumerated() where labels.contains(word) {
            let labelled = word.gapAfter.opensList || index == 0
            switch word.lower {
            case "present" where labelled || (index > 0 && words[index - 1].lower == "members"):
                if index > 0, words[index - 1].lower == "also" { found.append((index, .attendance)) }
                else { found.append((index, .present)) }
            case "apologies", "apology":
                if index + 1 < words.count, words[index + 1].lower == "none" || words[index + 1].lower == "nil" { continue }
                found.append((index, .apologies))
            case "absent" where labelled:
                found.append((index, .absent))
            case "attendance" where index > 0 && words[index - 1].lower == "in":
                found.append((index, .attendance))
            case "officers" where labelled:
                found.append((index, .attendance))
            default:
                continue
            }
        }
        return found
    }

    private static func record(movementsIn sentence: Sentence, mentions: [MemberMention], directory: MemberDirectory,
                               into attendance: inout Attendance) {
        let words = sentence.words
        for kind in movementKinds {
            let matches = switch kind {
            case .left: departures.matches(in: words)
            case .returned: returns.matches(in: words)
            case .arrived: arrivals.matches(in: words)
            }
            for match in matches {
                // The mover is the nearest mention before the verb, within a short clause.
                guard let mention = mentions.last(where: { $0.wordRange.upperBound <= match.wordRange.lowerBound
                    && match.wordRange.lowerBound - $0.wordRange.upperBound <= 4 }),
                    let member = directory.resolve(mention) else { continue }
                if kind == .returned, words[match.wordRange].contains(where: { $0.lower == "returned" }),
                   match.wordRange.upperBound < words.count,
                   words[match.wordRange.upperBound].lower == "home" || words[match.wordRange.upperBound].lower == "from" {
                    continue
                }
                attendance.movements.append(.init(member: member, sentenceIndex: sentence.index, kind: kind))
            }
        }
    }
}
