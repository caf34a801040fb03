import Foundation

/// What the linter knows about one council (`.councillint.json`): its members and their roles
/// and interests, its employees, its elections and how its rules are configured. Every part is
/// optional; checks that need a missing fact say so instead of guessing.
public struct CouncilProfile: Sendable, Hashable {
    public var council: String?
    public var members: [Member]
    public var employees: [Employee]
    public var interests: [Interest]
    public var elections: [Election]
    /// Issues the council has declared controversial, for the pre-election publicity rule.
    public var controversialTopics: [String]
    /// Rule id -> the severity the council wants for it.
    public var rules: [String: SeverityOverride]
    public var ignore: [IgnoreEntry]

    public init(council: String? = nil, members: [Member] = [], employees: [Employee] = [],
                interests: [Interest] = [], elections: [Election] = [], controversialTopics: [String] = [],
                rules: [String: SeverityOverride] = [:], ignore: [IgnoreEntry] = []) {
        self.council = council
        self.members = members
        self.employees = employees
        self.interests = interests
        self.elections = elections
        self.controversialTopics = controversialTopics
        self.rules = rules
        self.ignore = ignore
    }

    public struct Member: Sendable, Hashable {
        public var name: String
        /// Other ways documents name the member ("Cllr Hale", "the Mayor").
        public var aliases: [String]
        public var party: String?
        public var roles: [Role]

        public init(name: String, aliases: [String] = [], party: String? = nil, roles: [Role] = []) {
            self.name = name
            self.aliases = aliases
            self.party = party
            self.roles = roles
        }
    }

    public enum Role: String, Sendable, Hashable, CaseIterable {
        case mayor, chair
        case viceChair = "vice-chair"
        case leader, cabinet
        case committeeChair = "committee-chair"
    }

    public struct Employee: Sendable, Hashable {
        public var name: String
        public var title: String?

        public init(name: String, title: String? = nil) {
            self.name = name
            self.title = title
        }
    }

    /// An entry of a member's register of interests.
    public struct Interest: Sendable, Hashable {
        /// The `name` of the member it belongs to (an alias in the file is resolved to the name).
        public var member: String
        public var category: InterestCategory
        public var description: String?
        /// Phrases that, found in an item, mean the interest is engaged (case-insensitive).
        public var matches: [String]

        public init(member: String, category: InterestCategory, description: String? = nil, matches: [String] = []) {
            self.member = member
            self.category = category
            self.description = description
            self.matches = matches
        }
    }

    public enum InterestCategory: String, Sendable, Hashable, CaseIterable {
        case disclosablePecuniary = "disclosable-pecuniary"
        case otherRegistrable = "other-registrable"
        case nonRegistrable = "non-registrable"
    }

    public struct Election: Sendable, Hashable {
        public var name: String
        /// The day the notice of election was published, when the council knows it.
        public var noticeOfElection: CalendarDate?
        public var pollingDay: CalendarDate

        public init(name: String, noticeOfElection: CalendarDate? = nil, pollingDay: CalendarDate) {
            self.name = name
            self.noticeOfElection = noticeOfElection
            self.pollingDay = pollingDay
        }

        /// From the notice of election (else the latest day it may legally be published) to polling day.
        public var period: PreElectionPeriod {
            guard let noticeOfElection else { return PreElectionPeriod(name: name, pollingDay: pollingDay) }
            return PreElectionPeriod(name: name, start: noticeOfElection, pollingDay: pollingDay)
        }
    }

    public enum SeverityOverride: String, Sendable, Hashable, CaseIterable {
        case off, info, warning, error

        /// Nil when the rule is turned off.
        public var severity: Severity? {
            switch self {
            case .off: nil
            case .info: .info
            case .warning: .warning
            case .error: .error
            }
        }
    }

    /// Findings of `rule` in files matching `file` (a glob) are not reported; with `contains`,
    /// only those whose line contains that text.
    public struct IgnoreEntry: Sendable, Hashable {
        public var file: String
        public var rule: String
        public var contains: String?
        public var reason: String?

        public init(file: String, rule: String, contains: String? = nil, reason: String? = nil) {
            self.file = file
            self.rule = rule
            self.contains = contains
            self.reason = reason
        }
    }
}

extension CouncilProfile {
    /// Reads and validates the profile at `path`; the warnings name fields that were ignored.
    public static func load(path: String) throws(ProfileError) -> (CouncilProfile, warnings: [String]) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ProfileError("\(path): no such file")
        }
        guard !isFolder.boolValue else { throw ProfileError("\(path): is a folder, not a profile file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ProfileError("\(path): cannot be read (check its permissions)")
        }
        return try parse(bytes: [UInt8](data), path: path)
    }

    /// Validates a profile's bytes; `path` is only used to name the file in messages.
    public static func parse(bytes: [UInt8], path: String) throws(ProfileError) -> (CouncilProfile, warnings: [String]) {
        let json = try LocatedJSONParser.parse(bytes: bytes, path: path)
        var validator = ProfileValidator(file: path)
        let profile = validator.profile(from: json)
        guard validator.errors.isEmpty, let profile else { throw ProfileError(messages: validator.errors) }
        return (profile, validator.warnings)
    }
}

/// Everything wrong with a profile, each message naming the file, the place in it and what was expected.
public struct ProfileError: Error, CustomStringConvertible, LocalizedError, Sendable, Hashable {
    public var messages: [String]

    public init(messages: [String]) {
        self.messages = messages
    }

    init(_ message: String) {
        self.messages = [message]
    }

    public var description: String { messages.joined(separator: "\n") }
    public var errorDescription: String? { description }
}
