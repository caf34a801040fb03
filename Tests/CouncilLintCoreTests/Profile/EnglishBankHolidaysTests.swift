import XCTest
@testable import CouncilLintCore

final class EnglishBankHolidaysTests: XCTestCase {
    private func holidays(_ year: Int) -> [String] {
        EnglishBankHolidays.holidays(in: year).map(\.iso)
    }

    func test_ordinaryYear_hasEightHolidays() {
        XCTAssertEqual(holidays(2025), ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26",
                                        "2025-08-25", "2025-12-25", "2025-12-26"])
        XCTAssertEqual(holidays(2024), ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27",
                                        "2024-08-26", "2024-12-25", "2024-12-26"])
    }

    func test_christmasAtAWeekend_getsSubstituteDays() {
        XCTAssertEqual(holidays(2021).suffix(2), ["2021-12-27", "2021-12-28"])  // Saturday and Sunday
        XCTAssertEqual(holidays(2022).suffix(2), ["2022-12-26", "2022-12-27"])  // Sunday and Monday
        XCTAssertEqual(holidays(2020).suffix(2), ["2020-12-25", "2020-12-28"])  // Friday and Saturday
    }

    func test_newYearAtAWeekend_movesToMonday() {
        XCTAssertEqual(holidays(2022).first, "2022-01-03")  // Saturday
        XCTAssertEqual(holidays(2023).first, "2023-01-02")  // Sunday
    }

    func test_easter_goodFridayAndEasterMonday() {
        XCTAssertEqual(EnglishBankHolidays.easterSunday(year: 2025).iso, "2025-04-20")
        XCTAssertEqual(EnglishBankHolidays.easterSunday(year: 2011).iso, "2011-04-24")
        XCTAssertEqual(EnglishBankHolidays.easterSunday(year: 2008).iso, "2008-03-23")
        XCTAssertEqual(EnglishBankHolidays.easterSunday(year: 2038).iso, "2038-04-25")
        XCTAssertTrue(holidays(2008).contains("2008-03-21"))
        XCTAssertTrue(holidays(2008).contains("2008-03-24"))
    }

    func test_earlyMayMovedForVEDayAnniversaries() {
        XCTAssertTrue(holidays(1995).contains("1995-05-08"))
        XCTAssertFalse(holidays(1995).contains("1995-05-01"))
        XCTAssertTrue(holidays(2020).contains("2020-05-08"))
        XCTAssertFalse(holidays(2020).contains("2020-05-04"))
    }

    func test_springHolidayMovedForJubilees_withExtraDays() {
        XCTAssertEqual(holidays(2002).filter { $0.hasPrefix("2002-05") || $0.hasPrefix("2002-06") },
                       ["2002-05-06", "2002-06-03", "2002-06-04"])
        XCTAssertEqual(holidays(2012).filter { $0.hasPrefix("2012-05") || $0.hasPrefix("2012-06") },
                       ["2012-05-07", "2012-06-04", "2012-06-05"])
        XCTAssertEqual(holidays(2022).filter { $0.hasPrefix("2022-05") || $0.hasPrefix("2022-06") },
                       ["2022-05-02", "2022-06-02", "2022-06-03"])
    }

    func test_oneOffHolidays() {
        XCTAssertTrue(holidays(1999).contains("1999-12-31"))
        XCTAssertTrue(holidays(2011).contains("2011-04-29"))
        XCTAssertTrue(holidays(2022).contains("2022-09-19"))
        XCTAssertEqual(holidays(2023).filter { $0.hasPrefix("2023-05") }, ["2023-05-01", "2023-05-08", "2023-05-29"])
        XCTAssertEqual(holidays(2010).count, 8)
    }

    func test_isBankHoliday() throws {
        XCTAssertTrue(EnglishBankHolidays.isBankHoliday(try XCTUnwrap(CalendarDate(iso: "2025-08-25"))))
        XCTAssertFalse(EnglishBankHolidays.isBankHoliday(try XCTUnwrap(CalendarDate(iso: "2025-08-26"))))
        XCTAssertFalse(EnglishBankHolidays.isBankHoliday(try XCTUnwrap(CalendarDate(iso: "2021-12-25"))))
    }

    func test_everyYear_hasItsHolidaysOnWeekdaysInOrder() {
        for year in 1995...2099 {
            let days = EnglishBankHolidays.holidays(in: year)
            XCTAssertTrue(days.allSatisfy { $0.weekday <= 5 && $0.year == year }, "\(year)")
            XCTAssertEqual(days, days.sorted(), "\(year)")
            XCTAssertEqual(Set(days).count, days.count, "\(year)")
            XCTAssertTrue((8...10).contains(days.count), "\(year)")
        }
    }
}
