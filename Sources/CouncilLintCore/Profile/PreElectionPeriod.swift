/// The period from the notice of an election to the close of poll, in which council publicity
/// must not promote members or candidates or deal with controversial issues.
public struct PreElectionPeriod: Hashable, Sendable {
    public var name: String
    /// The day the notice of election is (or at the latest must be) published.
    public var start: CalendarDate
    public var pollingDay: CalendarDate

    public init(name: String, start: CalendarDate, pollingDay: CalendarDate) {
        self.name = name
        self.start = start
        self.pollingDay = pollingDay
    }

    /// A period starting on the latest legal notice date, for when the actual date is not known.
    public init(name: String, pollingDay: CalendarDate) {
        self.init(name: name, start: Self.latestNoticeOfElection(pollingDay: pollingDay), pollingDay: pollingDay)
    }

    /// Both ends included: the period ends at the close of poll on polling day.
    public func contains(_ date: CalendarDate) -> Bool {
        start <= date && date <= pollingDay
    }

    /// The 25th working day before polling day, polling day not counted: the latest day the
    /// election timetable of the Local Elections Rules 2006 allows the notice to be published.
    public static func latestNoticeOfElection(pollingDay: CalendarDate) -> CalendarDate {
        var day = pollingDay
        var workingDays = 0
        while workingDays < 25 {
            day = day.adding(days: -1)
            if isWorkingDay(day) { workingDays += 1 }
        }
        return day
    }

    /// The election timetable disregards weekends, bank holidays, Christmas Eve, Christmas Day and Good Friday.
    private static func isWorkingDay(_ date: CalendarDate) -> Bool {
        guard date.weekday <= 5, !(date.month == 12 && (date.day == 24 || date.day == 25)) else { return false }
        return !EnglishBankHolidays.isBankHoliday(date)
    }
}
