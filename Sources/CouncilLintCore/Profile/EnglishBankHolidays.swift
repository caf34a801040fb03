/// The bank holidays of England and Wales (Banking and Financial Dealings Act 1971 and royal
/// proclamations), correct for 1995–2099: the regular ones by rule, the moved and extra ones listed.
public enum EnglishBankHolidays {
    /// The days off in `year`, substitute days included, in date order.
    public static func holidays(in year: Int) -> [CalendarDate] {
        var days: [CalendarDate] = []
        if let newYear = CalendarDate(year: year, month: 1, day: 1) {
            days.append(nextWeekday(onOrAfter: newYear))
        }
        let easter = easterSunday(year: year)
        days.append(easter.adding(days: -2))
        days.append(easter.adding(days: 1))
        days.append(movedEarlyMay[year] ?? firstMonday(month: 5, year: year))
        days.append(movedSpring[year] ?? lastMonday(month: 5, year: year))
        days.append(lastMonday(month: 8, year: year))
        days += christmasAndBoxingDay(year: year)
        days += extraDays.filter { $0.year == year }
        return days.sorted()
    }

    public static func isBankHoliday(_ date: CalendarDate) -> Bool {
        holidays(in: date.year).contains(date)
    }

    /// Easter Day by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    public static func easterSunday(year: Int) -> CalendarDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return date(year, month, day)
    }

    /// Christmas Day and Boxing Day, each moved to the next free weekday when it falls at a weekend.
    private static func christmasAndBoxingDay(year: Int) -> [CalendarDate] {
        guard let christmas = CalendarDate(year: year, month: 12, day: 25) else { return [] }
        switch christmas.weekday {
        case 5: return [christmas, christmas.adding(days: 3)]          // Friday: Boxing Day on Monday
        case 6: return [christmas.adding(days: 2), christmas.adding(days: 3)]  // Saturday: Monday and Tuesday
        case 7: return [christmas.adding(days: 1), christmas.adding(days: 2)]  // Sunday: Boxing Day Monday, Christmas Tuesday
        default: return [christmas, christmas.adding(days: 1)]
        }
    }

    private static func nextWeekday(onOrAfter date: CalendarDate) -> CalendarDate {
        date.weekday >= 6 ? date.adding(days: 8 - date.weekday) : date
    }

    private static func firstMonday(month: Int, year: Int) -> CalendarDate {
        let first = date(year, month, 1)
        return first.adding(days: (8 - first.weekday) % 7)
    }

    private static func lastMonday(month: Int, year: Int) -> CalendarDate {
        let last = date(year, month, CalendarDate.daysIn(month: month, year: year))
        return last.adding(days: -((last.weekday + 6) % 7))
    }

    /// The early May holiday moved by proclamation for VE Day anniversaries.
    private static let movedEarlyMay: [Int: CalendarDate] = [1995: date(1995, 5, 8), 2020: date(2020, 5, 8)]

    /// The spring holiday moved by proclamation for royal jubilees.
    private static let movedSpring: [Int: CalendarDate] = [
        2002: date(2002, 6, 4), 2012: date(2012, 6, 4), 2022: date(2022, 6, 2),
    ]

    /// One-off holidays: the millennium, jubilees, a royal wedding, a state funeral, a coronation.
    private static let extraDays: [CalendarDate] = [
        date(1999, 12, 31), date(2002, 6, 3), date(2011, 4, 29), date(2012, 6, 5),
        date(2022, 6, 3), date(2022, 9, 19), date(2023, 5, 8),
    ]

    /// A date known to exist (fixed in this file or computed by rule).
    private static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(dayNumber: CalendarDate.dayNumber(year: year, month: month, day: day))
    }
}
