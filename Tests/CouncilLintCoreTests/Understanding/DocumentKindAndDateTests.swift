import XCTest
@testable import CouncilLintCore

final class DocumentKindAndDateTests: XCTestCase {
    func test_minutes_areMinutes_datedByTheMeetingNotThePreviousMinutes() throws {
        let document = try analyse("""
        Ashcombe Parish Council
        Minutes of the meeting of the Parish Council held on Wednesday 9 April 2025 at 7.30pm

        Present: Cllr P Hale (Chair), Cllr D Dray

        1. Apologies
        None.

        2. Minutes
        The minutes of the meeting held on 12 March 2025 were approved. Proposed Cllr Hale, seconded Cllr Dray.

        3. Date of next meeting
        Wednesday 14 May 2025.
        """)
        XCTAssertEqual(document.kind, .minutes)
        XCTAssertEqual(document.date?.iso, "2025-04-09")
    }

    func test_agenda_isDatedByTheMeeting_notTheDateItWasIssued() throws {
        let document = try analyse("""
        ASHCOMBE TOWN COUNCIL

        3 April 2025

        You are hereby summoned to attend a meeting of the Council to be held on Wednesday 9 April 2025 at 7pm.

        AGENDA
        1. To receive apologies for absence
        2. To receive declarations of interest
        3. To approve the minutes of the meeting held on 12 March 2025
        """)
        XCTAssertEqual(document.kind, .agenda)
        XCTAssertEqual(document.date?.iso, "2025-04-09")
    }

    func test_ukNumericDate_isDayFirst() throws {
        let document = try analyse("""
        Ashcombe Parish Council
        Minutes of the meeting held on 09/04/2025

        1. Apologies
        None.

        2. Planning
        No objection. Proposed Cllr Hale, seconded Cllr Dray.
        """)
        XCTAssertEqual(document.date?.iso, "2025-04-09")
    }

    func test_yearlessMeetingDate_takesItsYearFromDatesLaterInTheDocument() throws {
        // The opening states no year: the items' dates give 2024 and 2025, and 9 April 2024 was a Tuesday.
        let document = try analyse("""
        Ashcombe Parish Council
        Minutes of the meeting held on Wednesday 9th April

        1. Apologies
        None.

        2. Minutes
        The minutes of the meeting held on 12 March 2024 were approved.

        3. Finance
        The audit of 10 January 2025 was noted.
        """)
        XCTAssertEqual(document.date?.iso, "2025-04-09")
    }

    func test_openingDateWithItsYear_winsOverEveryLaterDate() throws {
        let document = try analyse("""
        Ashcombe Parish Council
        Minutes of the meeting held on 9 April 2025

        1. Minutes
        The minutes of the meeting held on Tuesday 11 March 2025 were approved.
        """)
        XCTAssertEqual(document.date?.iso, "2025-04-09")
    }

    func test_declaredMarkupDate_winsOverTextDates() throws {
        var document = try PlainTextReader().read(bytes: Array("Minutes of the meeting held on 1 March 2025\n\n1. Apologies\nNone.\n\n2. Planning\nNone.".utf8), path: "t")
        document.declaredDates = ["2025-04-09"]
        XCTAssertEqual(AnalysedDocument(document, profile: nil).date?.iso, "2025-04-09")
    }

    func test_proseAboutCouncilDocuments_isNotAMeetingRecord() throws {
        let document = try analyse("""
        # About our archive

        This folder holds the agendas and minutes the council publishes. Minutes are approved at the next meeting
        and the agenda is issued three clear days before each meeting.
        """, format: .markdown)
        XCTAssertEqual(document.kind, .unknown)
    }
}
