import Foundation

/// Turns a profile's JSON into a `CouncilProfile`, collecting every error and every ignored field
/// as `file: json.path: what is wrong, what was expected`.
struct ProfileValidator {
    let file: String
    private(set) var errors: [String] = []
    private(set) var warnings: [String] = []

    init(file: String) {
        self.file = file
    }

    /// Nil only when the top level is not an object; check `errors` for the rest.
    mutating func profile(from json: JSONValue) -> CouncilProfile? {
        guard case .object(let fields) = json else {
            fail(at: "", "expected an object at the top level, got \(json.shortDescription)")
            return nil
        }
        warnAboutUnknownFields(fields, at: "", known: [
            "council", "members", "employees", "interests", "elections", "controversialTopics", "rules", "ignore",
        ])
        var profile = CouncilProfile()
        profile.council = string(fields["council"], at: "council")
        profile.members = entries(fields["members"], at: "members") { $0.member($1, at: $2) }
        profile.employees = entries(fields["employees"], at: "employees") { $0.employee($1, at: $2) }
        let memberNames = Self.memberNamesByLowercasedNameOrAlias(profile.members)
        profile.interests = entries(fields["interests"], at: "interests") { $0.interest($1, at: $2, memberNames: memberNames) }
        profile.elections = entries(fields["elections"], at: "elections") { $0.election($1, at: $2) }
        profile.controversialTopics = strings(fields["controversialTopics"], at: "controversialTopics")
        profile.rules = ruleSettings(fields["rules"], at: "rules")
        profile.ignore = entries(fields["ignore"], at: "ignore") { $0.ignoreEntry($1, at: $2) }
        return profile
    }

    // MARK: Entries

    private mutating func member(_ value: JSONValue, at path: String) -> CouncilProfile.Member? {
        guard let fields = object(value, at: path, known: ["name", "aliases", "party", "roles"]),
              let name = requiredString(fields, "name", at: path)
        else { return nil }
        let roles = array(fields["roles"], at: join(path, "roles")).enumerated().compactMap { index, role in
            choice(role, at: "\(join(path, "roles"))[\(index)]", of: CouncilProfile.Role.self)
        }
        return CouncilProfile.Member(name: name, aliases: strings(fields["aliases"], at: join(path, "aliases")),
                                     party: string(fields["party"], at: join(path, "party")), roles: roles)
    }

    private mutating func employee(_ value: JSONValue, at path: String) -> CouncilProfile.Employee? {
        guard let fields = object(value, at: path, known: ["name", "title"]),
              let name = requiredString(fields, "name", at: path)
        else { return nil }
        return CouncilProfile.Employee(name: name, title: string(fields["title"], at: join(path, "title")))
    }

    private mutating func interest(_ value: JSONValue, at path: String, memberNames: [String: String]) -> CouncilProfile.Interest? {
        guard let fields = object(value, at: path, known: ["member", "category", "description", "matches"]) else { return nil }
        let written = requiredString(fields, "member", at: path)
        let member = written.flatMap { memberNames[$0.lowercased()] }
        if let written, member == nil {
            fail(at: join(path, "member"), "\"\(written)\" is not the name or an alias of any of the members")
        }
        let category = required(fields, "category", at: path, expecting: Self.oneOf(CouncilProfile.InterestCategory.self)).flatMap {
            choice($0, at: join(path, "category"), of: CouncilProfile.InterestCategory.self)
        }
        let description = string(fields["description"], at: join(path, "description"))
        let matches = strings(fields["matches"], at: join(path, "matches"))
        guard let member, let category else { return nil }
        return CouncilProfile.Interest(member: member, category: category, description: description, matches: matches)
    }

    private mutating func election(_ value: JSONValue, at path: String) -> CouncilProfile.Election? {
        guard let fields = object(value, at: path, known: ["name", "noticeOfElection", "pollingDay"]) else { return nil }
        let notice = fields["noticeOfElection"].flatMap { date($0, at: join(path, "noticeOfElection")) }
        let pollingDay = required(fields, "pollingDay", at: path, expecting: Self.dateShape).flatMap {
            date($0, at: join(path, "pollingDay"))
        }
        let name = string(fields["name"], at: join(path, "name"))
        guard let pollingDay else { return nil }
        if let notice, notice > pollingDay {
            fail(at: join(path, "noticeOfElection"), "\(notice.iso) is after the polling day \(pollingDay.iso)")
        }
        return CouncilProfile.Election(name: name ?? "election of \(pollingDay.iso)", noticeOfElection: notice, pollingDay: pollingDay)
    }

    /// `{ "rule-id": { "severity": "off" } }`, or the shorthand `{ "rule-id": "off" }`.
    private mutating func ruleSettings(_ value: JSONValue?, at path: String) -> [String: CouncilProfile.SeverityOverride] {
        guard let value, value != .null, let fields = object(value, at: path, known: nil) else { return [:] }
        var settings: [String: CouncilProfile.SeverityOverride] = [:]
        for (rule, setting) in fields.sorted(by: { $0.key < $1.key }) {
            let rulePath = join(path, rule)
            if case .string = setting {
                settings[rule] = choice(setting, at: rulePath, of: CouncilProfile.SeverityOverride.self)
            } else if let ruleFields = object(setting, at: rulePath, known: ["severity"]),
                      let severity = required(ruleFields, "severity", at: rulePath, expecting: Self.oneOf(CouncilProfile.SeverityOverride.self)) {
                settings[rule] = choice(severity, at: join(rulePath, "severity"), of: CouncilProfile.SeverityOverride.self)
            }
        }
        return settings
    }

    private mutating func ignoreEntry(_ value: JSONValue, at path: String) -> CouncilProfile.IgnoreEntry? {
        guard let fields = object(value, at: path, known: ["file", "rule", "contains", "reason"]) else { return nil }
        let file = requiredString(fields, "file", at: path)
        let rule = requiredString(fields, "rule", at: path)
        let contains = string(fields["contains"], at: join(path, "contains"))
        let reason = string(fields["reason"], at: join(path, "reason"))
        guard let file, let rule else { return nil }
        return CouncilProfile.IgnoreEntry(file: file, rule: rule, contains: contains, reason: reason)
    }

    private static func memberNamesByLowercasedNameOrAlias(_ members: [CouncilProfile.Member]) -> [String: String] {
        var names: [String: String] = [:]
        for member in members {
            for written in [member.name] + member.aliases where names[written.lowercased()] == nil {
                names[written.lowercased()] = member.name
            }
        }
        return names
    }

    // MARK: Values

    /// An optional array of entries, each read by `entry` at its own path (`members[2]`).
    private mutating func entries<Entry>(_ value: JSONValue?, at path: String,
                                         _ entry: (inout ProfileValidator, JSONValue, String) -> Entry?) -> [Entry] {
        array(value, at: path).enumerated().compactMap { index, item in entry(&self, item, "\(path)[\(index)]") }
    }

    private mutating func object(_ value: JSONValue, at path: String, known: [String]?) -> [String: JSONValue]? {
        guard case .object(let fields) = value else {
            fail(at: path, "expected an object, got \(value.shortDescription)")
            return nil
        }
        if let known { warnAboutUnknownFields(fields, at: path, known: known) }
        return fields
    }

    private mutating func warnAboutUnknownFields(_ fields: [String: JSONValue], at path: String, known: [String]) {
        for key in fields.keys.sorted() where !known.contains(key) {
            warnings.append("\(file): \(join(path, key)): unknown field (ignored)")
        }
    }

    private mutating func array(_ value: JSONValue?, at path: String) -> [JSONValue] {
        switch value {
        case nil, .null?: return []
        case .array(let items)?: return items
        case let other?:
            fail(at: path, "expected an array, got \(other.shortDescription)")
            return []
        }
    }

    /// An optional string field; null counts as absent.
    private mutating func string(_ value: JSONValue?, at path: String) -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case let other?:
            fail(at: path, "expected a string, got \(other.shortDescription)")
            return nil
        }
    }

    private mutating func requiredString(_ fields: [String: JSONValue], _ key: String, at path: String) -> String? {
        guard let value = required(fields, key, at: path, expecting: "a non-empty string") else { return nil }
        guard case .string(let text) = value, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            fail(at: join(path, key), "expected a non-empty string, got \(value.shortDescription)")
            return nil
        }
        return text
    }

    private mutating func required(_ fields: [String: JSONValue], _ key: String, at path: String, expecting: String) -> JSONValue? {
        guard let value = fields[key] else {
            fail(at: path, "missing field \"\(key)\" (expected \(expecting))")
            return nil
        }
        return value
    }

    private mutating func strings(_ value: JSONValue?, at path: String) -> [String] {
        array(value, at: path).enumerated().compactMap { index, item in
            guard case .string(let text) = item else {
                fail(at: "\(path)[\(index)]", "expected a string, got \(item.shortDescription)")
                return nil
            }
            return text
        }
    }

    private mutating func choice<Choice: RawRepresentable & CaseIterable>(_ value: JSONValue, at path: String, of: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        guard case .string(let text) = value, let chosen = Choice(rawValue: text) else {
            fail(at: path, "expected \(Self.oneOf(Choice.self)), got \(value.shortDescription)")
            return nil
        }
        return chosen
    }

    private static func oneOf<Choice: RawRepresentable & CaseIterable>(_: Choice.Type) -> String where Choice.RawValue == String {
        "one of " + Choice.allCases.map(\.rawValue).joined(separator: ", ")
    }

    private static let dateShape = "a date YYYY-MM-DD"

    /// A "YYYY-MM-DD" string naming a day that exists; null counts as absent.
    private mutating func date(_ value: JSONValue, at path: String) -> CalendarDate? {
        if value == .null { return nil }
        guard case .string(let text) = value, let parts = Self.dateParts(text) else {
            fail(at: path, "expected \(Self.dateShape), got \(value.shortDescription)")
            return nil
        }
        guard let date = CalendarDate(year: parts.year, month: parts.month, day: parts.day) else {
            let why = (1...12).contains(parts.month)
                ? (parts.day == 0 ? "there is no day 00" : "\(CalendarMonth.englishNames[parts.month - 1]) \(parts.year) has \(CalendarDate.daysIn(month: parts.month, year: parts.year)) days")
                : "there is no month \(parts.month)"
            fail(at: path, "\(value.shortDescription) is not a real date (\(why))")
            return nil
        }
        return date
    }

    private static func dateParts(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let characters = Array(text)
        guard characters.count == 10, characters[4] == "-", characters[7] == "-",
              characters.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || ($0.element.isASCII && $0.element.isNumber) }),
              let year = Int(String(characters[0..<4])), let month = Int(String(characters[5..<7])),
              let day = Int(String(characters[8..<10]))
        else { return nil }
        return (year, month, day)
    }

    // MARK: Messages

    private mutating func fail(at path: String, _ message: String) {
        errors.append(path.isEmpty ? "\(file): \(message)" : "\(file): \(path): \(message)")
    }

    private func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }
}
