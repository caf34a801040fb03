import XCTest
@testable import CouncilLintCore

final class CouncilProfileTests: XCTestCase {
    private func parse(_ json: String) throws -> (CouncilProfile, warnings: [String]) {
        try CouncilProfile.parse(bytes: Array(json.utf8), path: "profile.json")
    }

    /// The messages of the error `json` is rejected with.
    private func errors(_ json: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        do throws(ProfileError) {
            _ = try CouncilProfile.parse(bytes: Array(json.utf8), path: "profile.json")
            XCTFail("the profile was accepted", file: file, line: line)
            return []
        } catch {
            return error.messages
        }
    }

    // MARK: Valid profiles

    func test_interfaceExample_isReadInFull() throws {
        let (profile, warnings) = try parse("""
        {
          "council": "Ashcombe Town Council",
          "members": [
            { "name": "Peter Hale", "aliases": ["Cllr Hale"], "party": "Liberal Democrats",
              "roles": ["mayor"] }
          ],
          "employees": [ { "name": "Sarah Jennings", "title": "Town Clerk" } ],
          "interests": [
            { "member": "Peter Hale", "category": "disclosable-pecuniary",
              "description": "Owns 14 Market Street", "matches": ["14 Market Street"] }
          ],
          "elections": [
            { "name": "Ordinary elections 2027", "noticeOfElection": "2027-03-26",
              "pollingDay": "2027-05-06" }
          ],
          "controversialTopics": ["car park charges"],
          "rules": { "member-quote-in-press-release": { "severity": "off" } },
          "ignore": [ { "file": "minutes/2024-*.txt", "rule": "missing-declarations-item",
                        "reason": "informal working-group notes" } ]
        }
        """)
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(profile.council, "Ashcombe Town Council")
        XCTAssertEqual(profile.members, [.init(name: "Peter Hale", aliases: ["Cllr Hale"], party: "Liberal Democrats", roles: [.mayor])])
        XCTAssertEqual(profile.employees, [.init(name: "Sarah Jennings", title: "Town Clerk")])
        XCTAssertEqual(profile.interests, [.init(member: "Peter Hale", category: .disclosablePecuniary,
                                                 description: "Owns 14 Market Street", matches: ["14 Market Street"])])
        XCTAssertEqual(profile.elections.first?.noticeOfElection?.iso, "2027-03-26")
        XCTAssertEqual(profile.elections.first?.period.start.iso, "2027-03-26")
        XCTAssertEqual(profile.elections.first?.period.pollingDay.iso, "2027-05-06")
        XCTAssertEqual(profile.controversialTopics, ["car park charges"])
        XCTAssertEqual(profile.rules, ["member-quote-in-press-release": .off])
        XCTAssertNil(profile.rules["member-quote-in-press-release"]?.severity)
        XCTAssertEqual(profile.ignore, [.init(file: "minutes/2024-*.txt", rule: "missing-declarations-item",
                                              reason: "informal working-group notes")])
    }

    func test_emptyObject_isAValidProfile() throws {
        let (profile, warnings) = try parse("{}")
        XCTAssertEqual(profile, CouncilProfile())
        XCTAssertEqual(warnings, [])
    }

    func test_electionWithoutNotice_startsOnLatestLegalDate() throws {
        let (profile, _) = try parse(#"{ "elections": [ { "name": "Ordinary elections 2025", "pollingDay": "2025-05-01" } ] }"#)
        let period = try XCTUnwrap(profile.elections.first?.period)
        XCTAssertEqual(period.name, "Ordinary elections 2025")
        XCTAssertEqual(period.start.iso, "2025-03-25")
        XCTAssertNil(profile.elections.first?.noticeOfElection)
    }

    func test_electionWithoutName_isNamedByPollingDay() throws {
        let (profile, _) = try parse(#"{ "elections": [ { "pollingDay": "2025-05-01" } ] }"#)
        XCTAssertEqual(profile.elections.first?.name, "election of 2025-05-01")
    }

    func test_interestNamingAnAlias_isResolvedToTheMembersName() throws {
        let (profile, _) = try parse("""
        { "members": [ { "name": "Peter Hale", "aliases": ["Cllr Hale"] } ],
          "interests": [ { "member": "cllr hale", "category": "other-registrable" } ] }
        """)
        XCTAssertEqual(profile.interests.first?.member, "Peter Hale")
        XCTAssertEqual(profile.interests.first?.matches, [])
    }

    func test_ruleSeverity_shorthandString() throws {
        let (profile, _) = try parse(#"{ "rules": { "councillor-instructing-staff": "error", "pre-election-publicity": { "severity": "info" } } }"#)
        XCTAssertEqual(profile.rules, ["councillor-instructing-staff": .error, "pre-election-publicity": .info])
        XCTAssertEqual(profile.rules["councillor-instructing-staff"]?.severity, .error)
    }

    func test_nullOptionalFields_countAsAbsent() throws {
        let (profile, _) = try parse(#"{ "council": null, "members": [ { "name": "Peter Hale", "party": null } ], "elections": [ { "noticeOfElection": null, "pollingDay": "2025-05-01" } ] }"#)
        XCTAssertNil(profile.council)
        XCTAssertNil(profile.members.first?.party)
        XCTAssertNil(profile.elections.first?.noticeOfElection)
    }

    func test_starterProfile_validatesWithoutWarnings() throws {
        let (profile, warnings) = try parse(CouncilProfile.starterJSON)
        XCTAssertEqual(warnings, [])
        XCTAssertFalse(profile.members.isEmpty)
        XCTAssertFalse(profile.employees.isEmpty)
        XCTAssertFalse(profile.interests.isEmpty)
        XCTAssertFalse(profile.elections.isEmpty)
        XCTAssertFalse(profile.controversialTopics.isEmpty)
        XCTAssertFalse(profile.rules.isEmpty)
        XCTAssertFalse(profile.ignore.isEmpty)
        XCTAssertEqual(Set(profile.members.flatMap(\.roles)).count, 3)
    }

    // MARK: Warnings

    func test_unknownFields_areWarningsNamingTheirPath() throws {
        let (profile, warnings) = try parse("""
        { "memebrs": [], "members": [ { "name": "Peter Hale", "nmae": "x" } ],
          "rules": { "pre-election-publicity": { "severity": "off", "level": 1 } } }
        """)
        XCTAssertEqual(profile.members.count, 1)
        XCTAssertEqual(warnings, [
            "profile.json: memebrs: unknown field (ignored)",
            "profile.json: members[0].nmae: unknown field (ignored)",
            "profile.json: rules.pre-election-publicity.level: unknown field (ignored)",
        ])
    }

    // MARK: Errors

    func test_malformedJSON_namesTheLine() {
        XCTAssertEqual(errors("{\n  \"council\": \"Ashcombe\",\n  \"members\": [\n    { \"name\": \"Peter Hale\" }\n    { \"name\": \"Amina Rahman\" }\n  ]\n}\n"),
                       ["profile.json:5: not valid JSON: invalid value at column 5"])
    }

    func test_malformedJSON_lineCountsBytesNotCharacters() {
        XCTAssertEqual(errors("{\n  \"council\": \"Ystradgynlais — Cyngor Tref\",\n  \"members\": tru\n}"),
                       ["profile.json:3: not valid JSON: invalid value at column 17"])
    }

    func test_truncatedJSON_namesTheLastLine() {
        XCTAssertEqual(errors("{\n  \"members\": [\n    { \"name\": \"Peter Hale\" }\n\n"),
                       ["profile.json:3: not valid JSON: the file ends inside a value (an unclosed bracket, brace or quote?)"])
        XCTAssertEqual(errors(""), ["profile.json:1: not valid JSON: the file ends inside a value (an unclosed bracket, brace or quote?)"])
    }

    func test_invalidUTF8_namesTheLine() throws {
        let bytes = Array("{\n  \"council\": \"Caf".utf8) + [0xE9] + Array("\"\n}".utf8)
        XCTAssertThrowsError(try CouncilProfile.parse(bytes: bytes, path: "profile.json")) { error in
            XCTAssertEqual("\(error)", "profile.json:2: not valid JSON: the file is not UTF-8 text at column 15")
        }
    }

    func test_numberOutOfRange_namesItsLine() {
        XCTAssertEqual(errors("{\n  \"council\": \"Ashcombe\",\n  \"x\": 1e400\n}"),
                       ["profile.json:3: not valid JSON: number 1e400 is too large at column 8"])
    }

    func test_byteOrderMark_isAccepted() throws {
        let (profile, _) = try CouncilProfile.parse(bytes: [0xEF, 0xBB, 0xBF] + Array(#"{ "council": "Ashcombe" }"#.utf8), path: "p.json")
        XCTAssertEqual(profile.council, "Ashcombe")
    }

    func test_topLevelNotAnObject() {
        XCTAssertEqual(errors("[]"), ["profile.json: expected an object at the top level, got an array"])
    }

    func test_pollingDayNotADate() {
        XCTAssertEqual(errors(#"{ "elections": [ { "pollingDay": "2027-05-06" }, { "name": "By-election", "pollingDay": "5/5/27" } ] }"#),
                       [#"profile.json: elections[1].pollingDay: expected a date YYYY-MM-DD, got "5/5/27""#])
    }

    func test_impossibleDates() {
        XCTAssertEqual(errors(#"{ "elections": [ { "pollingDay": "2027-02-30" } ] }"#),
                       [#"profile.json: elections[0].pollingDay: "2027-02-30" is not a real date (February 2027 has 28 days)"#])
        XCTAssertEqual(errors(#"{ "elections": [ { "noticeOfElection": "2027-13-01", "pollingDay": "2027-05-06" } ] }"#),
                       [#"profile.json: elections[0].noticeOfElection: "2027-13-01" is not a real date (there is no month 13)"#])
        XCTAssertEqual(errors(#"{ "elections": [ { "pollingDay": "2027-05-00" } ] }"#),
                       [#"profile.json: elections[0].pollingDay: "2027-05-00" is not a real date (there is no day 00)"#])
    }

    func test_noticeAfterPollingDay() {
        XCTAssertEqual(errors(#"{ "elections": [ { "name": "x", "noticeOfElection": "2027-05-10", "pollingDay": "2027-05-06" } ] }"#),
                       ["profile.json: elections[0].noticeOfElection: 2027-05-10 is after the polling day 2027-05-06"])
    }

    func test_missingPollingDay() {
        XCTAssertEqual(errors(#"{ "elections": [ { "name": "Ordinary elections 2027" } ] }"#),
                       [#"profile.json: elections[0]: missing field "pollingDay" (expected a date YYYY-MM-DD)"#])
    }

    func test_unknownRole_listsTheRoles() {
        XCTAssertEqual(errors(#"{ "members": [ { "name": "Peter Hale", "roles": ["mayor", "treasurer"] } ] }"#),
                       [#"profile.json: members[0].roles[1]: expected one of mayor, chair, vice-chair, leader, cabinet, committee-chair, got "treasurer""#])
    }

    func test_unknownInterestCategory_andMissingCategory() {
        XCTAssertEqual(errors(#"{ "members": [ { "name": "Peter Hale" } ], "interests": [ { "member": "Peter Hale", "category": "pecuniary" }, { "member": "Peter Hale" } ] }"#), [
            #"profile.json: interests[0].category: expected one of disclosable-pecuniary, other-registrable, non-registrable, got "pecuniary""#,
            #"profile.json: interests[1]: missing field "category" (expected one of disclosable-pecuniary, other-registrable, non-registrable)"#,
        ])
    }

    func test_interestOfUnknownMember() {
        XCTAssertEqual(errors(#"{ "members": [ { "name": "Peter Hale" } ], "interests": [ { "member": "Peter Hail", "category": "non-registrable" } ] }"#),
                       [#"profile.json: interests[0].member: "Peter Hail" is not the name or an alias of any of the members"#])
    }

    func test_wrongTypes() {
        XCTAssertEqual(errors(#"{ "council": 5, "members": { "name": "Peter Hale" }, "employees": ["Sarah Jennings"], "controversialTopics": ["parking", true] }"#), [
            "profile.json: council: expected a string, got 5",
            "profile.json: members: expected an array, got an object",
            #"profile.json: employees[0]: expected an object, got "Sarah Jennings""#,
            "profile.json: controversialTopics[1]: expected a string, got true",
        ])
        XCTAssertEqual(errors(#"{ "members": [ { "name": "Peter Hale", "aliases": "Cllr Hale", "party": ["Green"] } ] }"#), [
            #"profile.json: members[0].aliases: expected an array, got "Cllr Hale""#,
            "profile.json: members[0].party: expected a string, got an array",
        ])
    }

    func test_missingOrEmptyNames() {
        XCTAssertEqual(errors(#"{ "members": [ { "party": "Green" }, { "name": " " } ] }"#), [
            #"profile.json: members[0]: missing field "name" (expected a non-empty string)"#,
            #"profile.json: members[1].name: expected a non-empty string, got " ""#,
        ])
    }

    func test_badRuleSeverity() {
        XCTAssertEqual(errors(#"{ "rules": { "a-rule": { "severity": "warn" }, "b-rule": "disabled", "c-rule": {}, "d-rule": 1 } }"#), [
            #"profile.json: rules.a-rule.severity: expected one of off, info, warning, error, got "warn""#,
            #"profile.json: rules.b-rule: expected one of off, info, warning, error, got "disabled""#,
            #"profile.json: rules.c-rule: missing field "severity" (expected one of off, info, warning, error)"#,
            "profile.json: rules.d-rule: expected an object, got 1",
        ])
    }

    func test_ignoreEntryNeedsFileAndRule() {
        XCTAssertEqual(errors(#"{ "ignore": [ { "file": "minutes/*.txt", "contains": 3 }, { "rule": "x", "reason": "why" } ] }"#), [
            #"profile.json: ignore[0]: missing field "rule" (expected a non-empty string)"#,
            "profile.json: ignore[0].contains: expected a string, got 3",
            #"profile.json: ignore[1]: missing field "file" (expected a non-empty string)"#,
        ])
    }

    func test_profileError_descriptionIsTheLocatedMessages() {
        let error = ProfileError(messages: ["profile.json: a: x", "profile.json: b: y"])
        XCTAssertEqual(error.description, "profile.json: a: x\nprofile.json: b: y")
        XCTAssertEqual(error.localizedDescription, error.description)
    }

    // MARK: Loading files

    func test_load_readsTheFileAndNamesItInErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profile-load-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let good = folder + "/.councillint.json"
        try CouncilProfile.starterJSON.write(toFile: good, atomically: true, encoding: .utf8)
        XCTAssertEqual(try CouncilProfile.load(path: good).0.council, "Ashcombe Town Council")

        let bad = folder + "/bad.json"
        try #"{ "elections": [ { "pollingDay": "6 May 2027" } ] }"#.write(toFile: bad, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try CouncilProfile.load(path: bad)) { error in
            XCTAssertEqual("\(error)", #"\#(bad): elections[0].pollingDay: expected a date YYYY-MM-DD, got "6 May 2027""#)
        }
        XCTAssertThrowsError(try CouncilProfile.load(path: folder + "/missing.json")) { error in
            XCTAssertEqual("\(error)", "\(folder)/missing.json: no such file")
        }
        XCTAssertThrowsError(try CouncilProfile.load(path: folder)) { error in
            XCTAssertEqual("\(error)", "\(folder): is a folder, not a profile file")
        }
    }
}
