import XCTest
@testable import CouncilLintCore

final class SessionTests: XCTestCase {
    private func minutes(_ body: String) throws -> AnalysedDocument {
        try analyse("Minutes of the meeting held on 9 April 2025\n\n1. Apologies\nNone.\n\n\(body)", kind: .minutes)
    }

    func test_carriedExclusionResolution_startsExemptBusiness() throws {
        let document = try minutes("""
        8. Exclusion of the press and public
        RESOLVED that under section 1(2) of the Public Bodies (Admission to Meetings) Act 1960 the press and public be excluded for the following item.

        9. Staffing
        The Clerk's appraisal was discussed.
        """)
        XCTAssertEqual(document.session(of: "appraisal"), .exempt)
    }

    func test_lostMotion_leavesTheMeetingPublic() throws {
        let document = try minutes("""
        8. Exclusion of the press and public
        Cllr Hale proposed, and Cllr Dray seconded, that the press and public be excluded. On being put to the vote the motion was LOST.

        9. Staffing
        The Clerk's appraisal was discussed.
        """)
        XCTAssertEqual(document.session(of: "appraisal"), .public)
    }

    func test_motionCarriedInTheNextSentence_startsExemptBusiness() throws {
        let document = try minutes("""
        8. Exclusion of the press and public
        Proposed Cllr Hale, seconded Cllr Dray, that the press and public be excluded owing to the confidential nature of the business. Carried.

        9. Staffing
        The Clerk's appraisal was discussed.
        """)
        XCTAssertEqual(document.session(of: "appraisal"), .exempt)
    }

    func test_readmission_endsExemptBusiness() throws {
        let document = try minutes("""
        8. Exclusion of the press and public
        RESOLVED that the press and public be excluded.

        9. Staffing
        The Clerk's appraisal was discussed. The press and public were readmitted.

        10. Allotments
        The Groundsman's sickness absence was noted.
        """)
        XCTAssertEqual(document.session(of: "appraisal"), .exempt)
        XCTAssertEqual(document.session(of: "Groundsman"), .public)
    }

    func test_meetingClosedAt_isNotAClosedSession() throws {
        let document = try minutes("""
        8. Close
        The Chair closed the meeting at 9.05pm. The meeting closed at 9.05pm.
        """)
        XCTAssertEqual(document.session(of: "closed at"), .public)
    }

    func test_deferralToALaterClosedSession_isNotAClosedSessionNow() throws {
        let document = try minutes("""
        8. Staffing
        It was agreed that the matter be placed on the October agenda for consideration in closed session.

        9. Footpaths
        The Lengthsman's sickness was noted.
        """)
        XCTAssertEqual(document.session(of: "Lengthsman"), .public)
    }

    func test_agendaExclusionItem_marksProposedExemptBusiness_andConsiderWhetherDoesNotMakeMinutesExempt() throws {
        let agenda = try analyse("""
        AGENDA for the meeting to be held on 9 April 2025
        1. To receive apologies
        2. Exclusion of the press and public: to consider whether to exclude the press and public for the following item
        3. Staffing: the Clerk's appraisal
        """, kind: .agenda)
        XCTAssertEqual(agenda.session(of: "appraisal"), .proposedExempt)
        let minutes = try minutes("""
        8. Exclusion of the press and public
        Members were invited to consider whether to exclude the press and public.

        9. Staffing
        The Clerk's appraisal was discussed.
        """)
        XCTAssertEqual(minutes.session(of: "appraisal"), .public)
    }
}
