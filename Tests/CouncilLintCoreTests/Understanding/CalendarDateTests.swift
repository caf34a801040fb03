import XCTest
@testable import CouncilLintCore

final class CalendarDateTests: XCTestCase {
    func test_impossibleDays_areRejected() {
        XCTAssertNil(CalendarDate(year: 2025, month: 2, day: 31))
        XCTAssertNil(CalendarDate(year: 2025, month: 2, day: 29))
        XCTAssertNil(CalendarDate(year: 1900, month: 2, day: 29))
        XCTAssertNil(CalendarDate(year: 2025, month: 4, day: 31))
        XCTAssertNil(CalendarDate(year: 2025, month: 13, day: 1))
        XCTAssertNil(CalendarDate(year: 2025, month: 1, day: 0))
        XCTAssertNotNil(CalendarDate(year: 2024, month: 2, day: 29))
        XCTAssertNotNil(CalendarDate(year: 2000, month: 2, day: 29))
    }

    func test_iso_readsDateAndDatePartOfDateTime() {
        XCTAssertEqual(CalendarDate(iso: "2025-04-09"), CalendarDate(year: 2025, month: 4, day: 9))
        XCTAssertEqual(CalendarDate(iso: "2025-04-09T10:00:00Z"), CalendarDate(year: 2025, month: 4, day: 9))
        XCTAssertEqual(CalendarDate(iso: "2025-04-09T10:00:00Z".dropFirst(0)), CalendarDate(year: 2025, month: 4, day: 9))
        XCTAssertNil(CalendarDate(iso: "2027-02-30"))
        XCTAssertNil(CalendarDate(iso: "5/5/27"))
        XCTAssertNil(CalendarDate(iso: "2025-4-9"))
        XCTAssertNil(CalendarDate(iso: "2025-04-09x"))
        XCTAssertNil(CalendarDate(iso: "2025-04-0"))
        XCTAssertNil(CalendarDate(iso: ""))
    }

    func test_iso_isZeroPadded() {
        XCTAssertEqual(CalendarDate(year: 2025, month: 4, day: 9)?.iso, "2025-04-09")
        XCTAssertEqual(CalendarDate(year: 2025, month: 12, day: 31)?.description, "2025-12-31")
    }

    func test_weekday_mondayIsOne() {
        XCTAssertEqual(CalendarDate(iso: "2025-04-09")?.weekday, 3)  // Wednesday
        XCTAssertEqual(CalendarDate(iso: "1970-01-01")?.weekday, 4)  // Thursday
        XCTAssertEqual(CalendarDate(iso: "1969-12-28")?.weekday, 7)  // Sunday, before the epoch
        XCTAssertEqual(CalendarDate(iso: "2000-01-03")?.weekday, 1)
        XCTAssertEqual(CalendarDate(iso: "2099-12-31")?.weekday, 4)
    }

    func test_dayArithmetic_crossesMonthsYearsAndLeapDays() throws {
        let date = try XCTUnwrap(CalendarDate(iso: "2024-02-28"))
        XCTAssertEqual(date.adding(days: 1).iso, "2024-02-29")
        XCTAssertEqual(date.adding(days: 2).iso, "2024-03-01")
        XCTAssertEqual(date.adding(days: 366).iso, "2025-02-28")
        XCTAssertEqual(date.adding(days: -59).iso, "2023-12-31")
        let later = try XCTUnwrap(CalendarDate(iso: "2025-05-01"))
        XCTAssertEqual(date.days(to: later), 428)
        XCTAssertEqual(later.days(to: date), -428)
    }

    func test_dayNumber_roundTripsEveryDayOfFourCenturies() throws {
        let start = try XCTUnwrap(CalendarDate(year: 1900, month: 1, day: 1)).dayNumber
        var previous: CalendarDate?
        for number in start..<(start + 146_097) {
            let date = CalendarDate(dayNumber: number)
            XCTAssertEqual(date.dayNumber, number)
            XCTAssertNotNil(CalendarDate(year: date.year, month: date.month, day: date.day))
            if let previous { XCTAssertLessThan(previous, date) }
            previous = date
        }
    }

    func test_codable_isAnISOString() throws {
        let date = try XCTUnwrap(CalendarDate(iso: "2025-04-09"))
        let json = try JSONEncoder().encode([date])
        XCTAssertEqual(String(decoding: json, as: UTF8.self), "[\"2025-04-09\"]")
        XCTAssertEqual(try JSONDecoder().decode([CalendarDate].self, from: json), [date])
        XCTAssertThrowsError(try JSONDecoder().decode([CalendarDate].self, from: Data("[\"2025-02-30\"]".utf8)))
    }
}
