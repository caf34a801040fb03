import XCTest
@testable import CouncilLintCore

final class PreElectionPeriodTests: XCTestCase {
    private func latestNotice(_ pollingDay: String) throws -> String {
        PreElectionPeriod.latestNoticeOfElection(pollingDay: try XCTUnwrap(CalendarDate(iso: pollingDay))).iso
    }

    func test_latestNoticeOfElection_matchesPublishedTimetables() throws {
        XCTAssertEqual(try latestNotice("2025-05-01"), "2025-03-25")  // Easter in the count
        XCTAssertEqual(try latestNotice("2024-05-02"), "2024-03-26")
        XCTAssertEqual(try latestNotice("2023-05-04"), "2023-03-27")  // the coronation holiday is after polling day
        XCTAssertEqual(try latestNotice("2016-05-05"), "2016-03-30")
        XCTAssertEqual(try latestNotice("2019-05-02"), "2019-03-26")
    }

    func test_latestNoticeOfElection_skipsChristmasEveEvenOnAWeekday() throws {
        // Polling on Thursday 30 January 2025: Tuesday 24 December 2024 is not counted (else 23 December).
        XCTAssertEqual(try latestNotice("2025-01-30"), "2024-12-20")
    }

    func test_latestNoticeOfElection_withoutHolidays_isFiveWeeksBefore() throws {
        XCTAssertEqual(try latestNotice("2025-10-16"), "2025-09-11")
    }

    func test_period_includesBothEndsAndNothingOutside() throws {
        let period = PreElectionPeriod(name: "Ordinary elections 2025", pollingDay: try XCTUnwrap(CalendarDate(iso: "2025-05-01")))
        XCTAssertEqual(period.start.iso, "2025-03-25")
        XCTAssertFalse(period.contains(try XCTUnwrap(CalendarDate(iso: "2025-03-24"))))
        XCTAssertTrue(period.contains(try XCTUnwrap(CalendarDate(iso: "2025-03-25"))))
        XCTAssertTrue(period.contains(try XCTUnwrap(CalendarDate(iso: "2025-04-09"))))
        XCTAssertTrue(period.contains(try XCTUnwrap(CalendarDate(iso: "2025-05-01"))))
        XCTAssertFalse(period.contains(try XCTUnwrap(CalendarDate(iso: "2025-05-02"))))
    }

    func test_period_withActualNoticeDate_startsThen() throws {
        let period = PreElectionPeriod(name: "By-election", start: try XCTUnwrap(CalendarDate(iso: "2024-03-22")),
                                       pollingDay: try XCTUnwrap(CalendarDate(iso: "2024-05-02")))
        XCTAssertTrue(period.contains(try XCTUnwrap(CalendarDate(iso: "2024-03-22"))))
        XCTAssertFalse(period.contains(try XCTUnwrap(CalendarDate(iso: "2024-03-21"))))
    }
}
