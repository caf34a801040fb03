import XCTest
@testable import CouncilLintCore

final class ReportPeriodTests: XCTestCase {
    func test_month_coversItsFirstToItsLastDay_leapYearsIncluded() throws {
        let february = try ReportPeriod.parse(month: "2024-02", since: nil, until: nil)
        XCTAssertEqual(february.first.iso, "2024-02-01")
        XCTAssertEqual(february.last.iso, "2024-02-29")
        XCTAssertTrue(february.isWholeMonth)
        XCTAssertEqual(february.name, "February 2024")
    }

    func test_sinceUntil_includeBothDays() throws {
        let period = try ReportPeriod.parse(month: nil, since: "2024-11-15", until: "2025-02-10")
        XCTAssertTrue(period.contains(CalendarDate(year: 2024, month: 11, day: 15)!))
        XCTAssertTrue(period.contains(CalendarDate(year: 2025, month: 2, day: 10)!))
        XCTAssertFalse(period.contains(CalendarDate(year: 2025, month: 2, day: 11)!))
        XCTAssertEqual(period.months.map(\.iso), ["2024-11", "2024-12", "2025-01", "2025-02"])
        XCTAssertEqual(period.name, "15 November 2024 to 10 February 2025")
    }

    func test_trendMonths_endWithThePeriodsLastMonth_acrossTheYearEnd() throws {
        let period = try ReportPeriod.parse(month: "2025-01", since: nil, until: nil)
        XCTAssertEqual(period.trendMonths.first?.iso, "2024-02")
        XCTAssertEqual(period.trendMonths.last?.iso, "2025-01")
        XCTAssertEqual(period.trendMonths.count, 12)
        XCTAssertEqual(Set(period.trendMonths).count, 12)
    }

    func test_calendarMonth_addsAcrossYears() {
        let january = CalendarMonth(year: 2025, month: 1)!
        XCTAssertEqual(january.adding(months: -1).iso, "2024-12")
        XCTAssertEqual(january.adding(months: 12).iso, "2026-01")
        XCTAssertEqual(january.adding(months: -13).iso, "2023-12")
        XCTAssertEqual(CalendarMonth(year: 2025, month: 12)!.adding(months: 1).iso, "2026-01")
    }

    func test_invalidPeriods_sayWhatIsWrong() {
        XCTAssertEqual(message(month: "2025-13"), "--month: expected a month YYYY-MM (e.g. 2025-04), got '2025-13'")
        XCTAssertEqual(message(month: "2025-4"), "--month: expected a month YYYY-MM (e.g. 2025-04), got '2025-4'")
        XCTAssertEqual(message(since: "2025-02-30", until: "2025-03-01"),
                       "--since: expected a real date YYYY-MM-DD (e.g. 2025-04-01), got '2025-02-30'")
        XCTAssertEqual(message(since: "2025-02-01", until: "2025-02-01T10:00"),
                       "--until: expected a real date YYYY-MM-DD (e.g. 2025-04-01), got '2025-02-01T10:00'")
        XCTAssertEqual(message(since: "2025-02-01", until: "2025-01-31"), "--until (2025-01-31) is before --since (2025-02-01)")
        XCTAssertEqual(message(since: "2025-02-01"), "--since and --until go together: give both (or --month YYYY-MM)")
        XCTAssertEqual(message(month: "2025-02", until: "2025-02-03"), "--month cannot be combined with --since or --until")
        XCTAssertEqual(message(), "give the period: --month YYYY-MM, or --since YYYY-MM-DD --until YYYY-MM-DD")
    }

    private func message(month: String? = nil, since: String? = nil, until: String? = nil) -> String? {
        do {
            _ = try ReportPeriod.parse(month: month, since: since, until: until)
            return nil
        } catch {
            return error.message
        }
    }
}
