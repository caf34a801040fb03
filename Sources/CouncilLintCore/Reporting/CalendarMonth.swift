/// A month of a year ("2025-04"): the unit of a periodic report's totals and trend.
public struct CalendarMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1 = January ... 12 = December.
    public let month: Int

    public static let englishNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (0...9999).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    public init(_ date: CalendarDate) {
        year = date.year
        month = date.month
    }

    /// Reads exactly "YYYY-MM".
    public init?(iso: some StringProtocol) {
        let bytes = Array(iso.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              bytes.indices.allSatisfy({ $0 == 4 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) }),
              let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)),
              let month = Int(String(decoding: bytes[5..<7], as: UTF8.self))
        else { return nil }
        self.init(year: year, month: month)
    }

    /// "2025-04"
    public var iso: String { String(firstDay.iso.prefix(7)) }

    /// "April 2025"
    public var name: String { "\(Self.englishNames[month - 1]) \(year)" }

    /// "Apr"
    public var abbreviation: String { String(Self.englishNames[month - 1].prefix(3)) }

    public var description: String { iso }

    public var firstDay: CalendarDate { CalendarDate(dayNumber: CalendarDate.dayNumber(year: year, month: month, day: 1)) }

    public var lastDay: CalendarDate {
        CalendarDate(dayNumber: CalendarDate.dayNumber(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)))
    }

    /// The month `count` months later (earlier when negative), across year ends.
    public func adding(months count: Int) -> CalendarMonth {
        let index = year * 12 + (month - 1) + count
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        return CalendarMonth(uncheckedYear: year, month: index - year * 12 + 1)
    }

    private init(uncheckedYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}

extension CalendarDate {
    private static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// "9 April 2025"
    public var englishName: String { "\(day) \(CalendarMonth.englishNames[month - 1]) \(year)" }

    /// "Wednesday 9 April 2025"
    public var englishNameWithWeekday: String { "\(Self.englishWeekdays[weekday - 1]) \(englishName)" }
}
