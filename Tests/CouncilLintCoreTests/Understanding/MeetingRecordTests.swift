import XCTest
@testable import CouncilLintCore

final class MeetingRecordTests: XCTestCase {
    private let minutes = """
    Ashcombe Town Council
    Minutes of the meeting held on Wednesday 9 April 2025

    PRESENT
    Cllr Peter Hale (Chair)
    Cllr D Dray
    Cllr J. Morris
    In attendance: Mrs S Jennings (Town Clerk)

    1. Apologies
    Apologies were received from Cllr A Wood (work).

    2. Declarations of interest
    Cllr Dray declared a disclosable pecuniary interest in item 4(a) as owner of the site and left the room.
    Cllr Morris declared a personal interest in item 5 as a member of the allotment society and remained in the meeting.
    All members have a dispensation to vote on the precept.

    4. Planning
    (a) 25/0113/HH, 27 Sheep Street: no objection. Proposed Cllr Hale, seconded Cllr Morris. All agreed.
    (b) 25/0120/FUL, Mill Farm: objection. Prop. PH, 2nd DD. Carried unanimously.

    5. Allotments
    Cllr Morris spoke in favour of holding rents. For: Cllrs Hale and Morris. Against: Cllr Dray.

    6. Precept
    The precept was set at £84,000; carried unanimously.
    """

    func test_proceedings_areReadForMinutesOnly_declarationsForEveryMeetingDocument() throws {
        let asMinutes = try analyse(minutes)
        let asAgenda = try analyse(minutes, kind: .agenda)
        XCTAssertEqual(asMinutes.kind, .minutes)
        XCTAssertFalse(asMinutes.meeting.participation.isEmpty)
        XCTAssertFalse(asMinutes.meeting.attendance.present.isEmpty)
        // An agenda records no one attending or taking part; its declarations item still counts.
        XCTAssertTrue(asAgenda.meeting.participation.isEmpty && asAgenda.meeting.abstentions.isEmpty)
        XCTAssertTrue(asAgenda.meeting.attendance.present.isEmpty && asAgenda.meeting.attendance.movements.isEmpty)
        XCTAssertEqual(asAgenda.meeting.declarations.count, asMinutes.meeting.declarations.count)
        XCTAssertEqual(asAgenda.meeting.declarationsItem, asMinutes.meeting.declarationsItem)
        XCTAssertTrue(asAgenda.meeting.mentions == asMinutes.meeting.mentions)
    }

    func test_attendance_readsListsUnderALabel_andApologies() throws {
        let document = try analyse(minutes)
        let present = Set(document.meeting.attendance.present.map(document.memberName))
        XCTAssertEqual(present, ["Cllr Peter Hale", "Cllr D Dray", "Cllr J Morris"])
        XCTAssertEqual(document.meeting.attendance.apologies.map(document.memberName), ["Cllr A Wood"])
    }

    func test_listLabels_takeAColonOrAnyDash() throws {
        let document = try analyse("""
        Minutes of the meeting held on 9 April 2025

        PRESENT
        Cllr Peter Hale (Chair)
        Cllr D Dray
        Cllr J Morris

        1. Apologies
        Apologies – Cllr A Wood.

        2. Allotments
        Cllr Morris spoke in favour of holding rents. For – Cllrs Hale and Morris; against — Cllr Dray.
        """)
        XCTAssertEqual(document.meeting.attendance.apologies.map(document.memberName), ["Cllr A Wood"])
        let votes = document.meeting.participation.filter { $0.act == .votedFor || $0.act == .votedAgainst }
            .map { "\(document.memberName($0.member)) \($0.act.rawValue)" }
        XCTAssertEqual(Set(votes), ["Cllr Peter Hale voted for", "Cllr J Morris voted for", "Cllr D Dray voted against"])
    }

    func test_declarations_haveMemberItemCategoryAndWithdrawal() throws {
        let document = try analyse(minutes)
        let declarations = document.meeting.declarations
        XCTAssertEqual(declarations.count, 2)
        let dray = try XCTUnwrap(declarations.first { document.memberName($0.member) == "Cllr D Dray" })
        XCTAssertEqual(dray.category, .disclosablePecuniary)
        XCTAssertEqual(dray.items.map { document.text.items[$0].label }, ["4(a)"])
        XCTAssertTrue(dray.withdraws)
        let morris = try XCTUnwrap(declarations.first { document.memberName($0.member) == "Cllr J Morris" })
        XCTAssertEqual(morris.category, .personal)
        XCTAssertTrue(morris.staysByRight)
    }

    func test_interestCategory_isTheWeightiestStated_andADeniedOneIsNot() {
        let stated: [(String, InterestCategory)] = [
            ("Cllr Hale declared a personal and prejudicial interest in item 5", .prejudicial),
            ("Cllr Hale declared a personal interest, which was not prejudicial", .personal),
            ("Cllr Dray declared a disclosable pecuniary interest as the applicant's neighbour", .disclosablePecuniary),
            ("Cllr Dray declared a DPI and an other registrable interest", .disclosablePecuniary),
            ("Cllr Wood declared an other registrable interest as a governor", .otherRegistrable),
            ("Cllr Wood declared a non-registrable interest", .nonRegistrable),
            ("Cllr Morris declared a non-pecuniary interest", .nonPecuniary),
            ("The interest was neither pecuniary nor prejudicial; Cllr Morris declared a personal interest", .personal),
            ("Cllr Morris declared an interest in item 7", .unspecified),
        ]
        for (sentence, category) in stated {
            let words = Words(SentenceSplitter.words(in: sentence, range: 0..<sentence.utf8.count))
            XCTAssertEqual(DeclarationReader.categoryOf(words), category, sentence)
        }
    }

    func test_blanketDispensation_coversThePreceptItem() throws {
        let document = try analyse(minutes)
        let precept = try XCTUnwrap(document.text.items.firstIndex { $0.label == "6" })
        let hale = try XCTUnwrap(document.meeting.directory.identities.first { $0.surname == "hale" }?.id)
        XCTAssertTrue(document.meeting.hasDispensation(hale, item: precept))
    }

    func test_participation_recordsProposersSecondersInitialsVotesAndUnanimity() throws {
        let document = try analyse(minutes)
        func acts(in label: String) -> Set<String> {
            Set(document.meeting.participation.filter { document.text.items[$0.item].label == label }
                .map { "\(document.memberName($0.member)) \($0.act.rawValue)" })
        }
        XCTAssertTrue(acts(in: "4(a)").isSuperset(of: ["Cllr Peter Hale proposed", "Cllr J Morris seconded"]))
        XCTAssertTrue(acts(in: "4(b)").isSuperset(of: ["Cllr Peter Hale proposed", "Cllr D Dray seconded"]))
        XCTAssertTrue(acts(in: "5").isSuperset(of: ["Cllr J Morris spoke", "Cllr Peter Hale voted for", "Cllr D Dray voted against"]))
        XCTAssertTrue(acts(in: "6").contains("Cllr D Dray voted (unanimous decision)"))
    }

    func test_memberNames_resolveAcrossForms() throws {
        let document = try analyse(minutes)
        let hales = document.meeting.directory.identities.filter { $0.surname == "hale" }
        XCTAssertEqual(hales.count, 1, "Cllr Peter Hale, Cllr Hale and PH are one member")
    }

    func test_memberNames_keepNamesakesApart_andLeaveAmbiguousMentionsUnresolved() throws {
        let document = try analyse("""
        Minutes of the meeting of Ashby Parish Council held on 3 March 2025.
        Present: Cllr Peter Hale, Cllr Susan Hale, Cllr R. Hale, Cllr Dray
        Cllr Dray proposed the budget. Cllr David Dray seconded it.
        """)
        let directory = document.meeting.directory
        XCTAssertEqual(Set(directory.identities.filter { $0.surname == "hale" }.map(\.displayName)),
                       ["Cllr Peter Hale", "Cllr Susan Hale", "Cllr R Hale"])
        func mention(_ first: String?, _ initial: Character?, _ surname: String) -> MemberMention {
            MemberMention(sentenceIndex: 0, wordRange: 0..<2, firstName: first, initial: initial, surname: surname, isInitialsOnly: false)
        }
        XCTAssertEqual(directory.resolve(mention("susan", "s", "hale")).map(document.memberName), "Cllr Susan Hale")
        XCTAssertEqual(directory.resolve(mention(nil, "r", "hale")).map(document.memberName), "Cllr R Hale")
        XCTAssertEqual(directory.resolve(mention("robert", "r", "hale")).map(document.memberName), "Cllr R Hale",
                       "a given name matches the member known only by its initial")
        XCTAssertNil(directory.resolve(mention(nil, "p", "dale")))
        XCTAssertNil(directory.resolve(mention(nil, nil, "hale")), "three Cllrs Hale: a bare surname is ambiguous")
        XCTAssertNil(directory.resolve(mention("paul", "p", "hale")), "Paul is none of them")
        XCTAssertEqual(directory.identities.filter { $0.surname == "dray" }.map(\.displayName), ["Cllr David Dray"])

        let profile = try CouncilProfile.parse(bytes: Array(#"{"members": [{"name": "Dray"}]}"#.utf8), path: "p.json").0
        let withProfile = try analyse("Present: Cllr David Dray, Cllr Dray", profile: profile).meeting.directory
        XCTAssertEqual(withProfile.identities.map(\.firstName), ["david"], "the profile's member learns its given name")
        XCTAssertEqual(withProfile.resolve(mention("david", "d", "dray")), withProfile.identity(named: "Dray"))
    }

    func test_profileMembers_areRecognisedByAliasAndInitial() throws {
        let profile = try CouncilProfile.parse(bytes: Array(#"{"members": [{"name": "Peter Hale", "aliases": ["The Mayor"]}]}"#.utf8), path: "p.json").0
        let document = try analyse(minutes, profile: profile)
        XCTAssertEqual(document.meeting.directory.identity(named: "the mayor"), document.meeting.directory.identity(named: "Peter Hale"))
        XCTAssertTrue(document.meeting.attendance.present.contains(try XCTUnwrap(document.meeting.directory.identity(named: "Peter Hale"))))
    }

    func test_declarationTraps_areNotDeclarations() throws {
        let document = try analyse("""
        Minutes of the meeting held on 9 April 2025

        1. Declarations of interest
        None.

        2. Climate
        The Council declared a climate emergency. Cllr Hale noted that interest rates had fallen and that expressions of interest had been received.
        """)
        XCTAssertTrue(document.meeting.declarations.isEmpty)
        XCTAssertTrue(document.meeting.declarationsRecorded)
    }
}
