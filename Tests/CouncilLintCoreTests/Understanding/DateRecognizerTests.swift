import XCTest
@testable import CouncilLintCore

final class DateRecognizerTests: XCTestCase {
    /// Each date found as "written text => date", yearless dates as "--MM-DD".
    private func found(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return DateRecognizer.dates(in: text).map { recognized in
            let written = String(decoding: bytes[recognized.utf8Range], as: UTF8.self)
            let month = recognized.month < 10 ? "0\(recognized.month)" : "\(recognized.month)"
            let day = recognized.day < 10 ? "0\(recognized.day)" : "\(recognized.day)"
            return "\(written) => \(recognized.date?.iso ?? "--\(month)-\(day)")"
        }
    }

    private func assertDate(_ text: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(found(text), [expected], file: file, line: line)
    }

    private func assertNoDate(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(found(text), [], file: file, line: line)
    }

    // MARK: Written forms

    func test_weekdayDayMonthYear() {
        assertDate("held on Wednesday 9 April 2025 at", "Wednesday 9 April 2025 => 2025-04-09")
        assertDate("Wednesday, 9th April 2025.", "Wednesday, 9th April 2025 => 2025-04-09")
        assertDate("Wed. the 9th of April 2025", "Wed. the 9th of April 2025 => 2025-04-09")
    }

    func test_dayMonthYear_withOrdinalCommaOrOf() {
        assertDate("on 9th April 2025", "9th April 2025 => 2025-04-09")
        assertDate("on 9 April, 2025 the", "9 April, 2025 => 2025-04-09")
        assertDate("on 9th of April 2025", "9th of April 2025 => 2025-04-09")
        assertDate("on 1st March 2018", "1st March 2018 => 2018-03-01")
        assertDate("the 22nd June 2012", "22nd June 2012 => 2012-06-22")
        assertDate("3rd January 2017", "3rd January 2017 => 2017-01-03")
    }

    func test_monthDayYear_americanOrder() {
        assertDate("on April 9, 2025 the", "April 9, 2025 => 2025-04-09")
        assertDate("on April 9th 2025", "April 9th 2025 => 2025-04-09")
        assertDate("Date of Next Meeting –Tuesday March 11th 2014.", "Tuesday March 11th 2014 => 2014-03-11")
    }

    func test_monthFirstYear_needsCommaOrdinalOrWeekday() {
        assertDate("Tuesday March 11 2014", "Tuesday March 11 2014 => 2014-03-11")
        assertDate("on April 9th, 2025", "April 9th, 2025 => 2025-04-09")
        assertNoDate("Clerks Hours & Expenses Dec 16 2077 Thomas B Bonnett")
    }

    func test_form_tellsWordsFromNumbersAndISO() {
        XCTAssertEqual(DateRecognizer.dates(in: "9 April 2025, 9/4/25, 2025-04-09").map(\.form), [.words, .numeric, .iso])
    }

    func test_abbreviatedMonths() {
        assertDate("issued 9 Apr 2025", "9 Apr 2025 => 2025-04-09")
        assertDate("issued 9 Sept 2025", "9 Sept 2025 => 2025-09-09")
        assertDate("issued 9 Sep. 2025", "9 Sep. 2025 => 2025-09-09")
        assertDate("issued 22 Jan 2025", "22 Jan 2025 => 2025-01-22")
    }

    func test_upperCase() {
        assertDate("HELD ON 9TH APRIL 2025", "9TH APRIL 2025 => 2025-04-09")
        assertDate("WEDNESDAY 9 APRIL 2025", "WEDNESDAY 9 APRIL 2025 => 2025-04-09")
    }

    func test_noBreakSpaceAndLineBreakBetweenParts() {
        assertDate("on 9\u{00A0}April\u{00A0}2025", "9\u{00A0}April\u{00A0}2025 => 2025-04-09")
        assertDate("on 9 April\n2025", "9 April\n2025 => 2025-04-09")
    }

    // MARK: Numeric forms

    func test_numericDayMonthYear_slashDotAndHyphen() {
        assertDate("dated 09/04/2025.", "09/04/2025 => 2025-04-09")
        assertDate("dated 9/4/25 by", "9/4/25 => 2025-04-09")
        assertDate("dated 9.4.25 by", "9.4.25 => 2025-04-09")
        assertDate("dated 09.04.2025 by", "09.04.2025 => 2025-04-09")
        assertDate("dated 9-4-2025 by", "9-4-2025 => 2025-04-09")
        assertDate("(14/01/14)", "14/01/14 => 2014-01-14")
    }

    func test_iso_andISODateTime() {
        assertDate("published 2025-04-09 by", "2025-04-09 => 2025-04-09")
        assertDate("at 2025-04-09T10:00:00Z", "2025-04-09 => 2025-04-09")
    }

    func test_twoDigitYears_areThisCentury() {
        assertDate("9/4/99", "9/4/99 => 2099-04-09")
        assertDate("1/1/00", "1/1/00 => 2000-01-01")
    }

    func test_twoDatesInARange_areBothFound() {
        XCTAssertEqual(found("(note 1/4/13 – 30/11/2013 usage)"), ["1/4/13 => 2013-04-01", "30/11/2013 => 2013-11-30"])
        XCTAssertEqual(found("1/4/13-30/11/2013"), ["1/4/13 => 2013-04-01", "30/11/2013 => 2013-11-30"])
        XCTAssertEqual(found("from 1st February 2018 to 8th August 2018"),
                       ["1st February 2018 => 2018-02-01", "8th August 2018 => 2018-08-08"])
    }

    // MARK: Yearless dates

    func test_yearless_weekdayDayMonth_hasNoDateButMonthAndDay() throws {
        let text = "The next meeting is on Wednesday 9th April at 7pm."
        let recognized = try XCTUnwrap(DateRecognizer.dates(in: text).first)
        XCTAssertNil(recognized.date)
        XCTAssertFalse(recognized.yearIsExplicit)
        XCTAssertEqual(recognized.month, 4)
        XCTAssertEqual(recognized.day, 9)
        XCTAssertEqual(recognized.weekdayName, "Wednesday")
        XCTAssertEqual(recognized.statedWeekday, 3)
        XCTAssertEqual(found(text), ["Wednesday 9th April => --04-09"])
    }

    func test_yearless_otherForms() {
        assertDate("Consultation closes on 28th Feb.", "28th Feb => --02-28")
        assertDate("on Thursday 23rd Jan. NC to", "Thursday 23rd Jan => --01-23")
        assertDate("Friday January 31st at 6pm", "Friday January 31st => --01-31")
        assertDate("closes 29 February", "29 February => --02-29")
    }

    func test_yearless_monthFirstWithoutOrdinalOrWeekday_isNotADate() {
        assertNoDate("In June 12 members attended.")
        assertNoDate("May 5 residents object")
    }

    func test_lowercaseMonthWords_needAYear() {
        assertNoDate("item 3 may be deferred")
        assertNoDate("the 2 march past")
        assertDate("on 3 may 2025", "3 may 2025 => 2025-05-03")
    }

    // MARK: Details of the result

    func test_explicitYear_andWeekdayAsWritten() throws {
        let recognized = try XCTUnwrap(DateRecognizer.dates(in: "Wed 9 Apr 2025").first)
        XCTAssertTrue(recognized.yearIsExplicit)
        XCTAssertEqual(recognized.weekdayName, "Wed")
        XCTAssertEqual(recognized.statedWeekday, recognized.date?.weekday)
    }

    func test_wrongWeekday_isReportedAsWrittenForTheCallerToCheck() throws {
        let recognized = try XCTUnwrap(DateRecognizer.dates(in: "Tuesday 9 April 2025").first)
        XCTAssertEqual(recognized.statedWeekday, 2)
        XCTAssertEqual(recognized.date?.weekday, 3)
    }

    func test_utf8Range_countsBytesOfMultibyteTextBefore() throws {
        let text = "Café “notice” – £5 fee, dated 9 April 2025"
        let recognized = try XCTUnwrap(DateRecognizer.dates(in: text).first)
        let prefix = "Café “notice” – £5 fee, dated "
        XCTAssertEqual(recognized.utf8Range, prefix.utf8.count..<text.utf8.count)
    }

    // MARK: Not dates

    func test_impossibleDates_areRejected() {
        assertNoDate("31/02/2025")
        assertNoDate("31 February 2025")
        assertNoDate("29/02/2025")
        assertNoDate("32/01/2025")
        assertNoDate("09/13/2025")
        assertNoDate("2025-02-30")
        assertNoDate("0/4/2025")
    }

    func test_leapDay_isAcceptedInLeapYears() {
        assertDate("29/02/2024", "29/02/2024 => 2024-02-29")
    }

    func test_times_areNotDates() {
        assertNoDate("The meeting closed at 7.30pm.")
        assertNoDate("from 10.00-12.00 and 6-8pm")
        assertNoDate("Meeting Closed at 9.35pm.")
    }

    func test_money_isNotADate() {
        assertNoDate("a fee of £9.40 was agreed")
        assertNoDate("totals £1.2.25 and $9.4.25")
        assertNoDate("£9 April rent")
    }

    func test_minuteNumbers_areNotDates() {
        assertNoDate("Minute 25/041 resolved")
        assertNoDate("079/21 Apologies")
        assertNoDate("FC24/262 and F01:04/24 and C048/23")
        assertNoDate("see 12/4 above")
        assertNoDate("FC24/1/25 resolved")
        assertNoDate("21.44 under MPC(21)M04")
    }

    func test_planningReferences_areNotDates() {
        assertNoDate("application 17/00170/0 was noted")
        assertNoDate("12/11-12.3 Addresses for people")
        assertNoDate("10/09-12/13 KN has received a letter")
    }

    func test_sectionAndVersionNumbers_areNotDates() {
        assertNoDate("see 7.1 and 6.1.5")
        assertNoDate("items 7.1.1 and 5.1.10.2")
        assertNoDate("financial year 2025/26 and 2024-25")
    }

    func test_numbersAdjoiningLetters_areNotDates() {
        assertNoDate("9am on 9/4/25pm")
        assertNoDate("9 Aprils 2025")
        assertNoDate("19 Apriline")
    }

    func test_monthNameWithoutDay_isNotADate() {
        assertNoDate("in April 2025 the council")
        assertNoDate("the March meeting")
    }

    func test_fourDigitYearOutOfRange_leavesTheDateYearless() {
        assertDate("9 April 1066", "9 April => --04-09")
    }

    func test_textWithoutDates_yieldsNothing() {
        assertNoDate("")
        assertNoDate("Apologies for absence were received from Cllr Hale.")
    }
}
