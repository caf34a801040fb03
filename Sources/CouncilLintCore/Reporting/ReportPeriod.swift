/// The days a periodic report covers, both ends included. Documents are chosen by their own
/// date (the meeting or issue date read from the content), never by the file's modification time.
public struct ReportPeriod: Hashable, Sendable {
    public let first: CalendarDate
    public let last: CalendarDate

    /// The months the trend shows: this many, ending with the period's last month.
    public static let trendLength = 12

    /// Why `--month` or `--since`/`--until` do not name a period.
    public struct InvalidPeriod: Error, Hashable, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Nil when `last` is before `first`.
    public init?(first: CalendarDate, last: CalendarDate) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    public init(month: CalendarMonth) {
        first = month.firstDay
        last = month.lastDay
    }

    /// The period the command line names: `--month YYYY-MM`, or both `--since` and `--until` YYYY-MM-DD.
    public static func parse(month: String?, since: String?, until: String?) throws(InvalidPeriod) -> ReportPeriod {
        switch (month, since, until) {
        case (let month?, nil, nil):
            guard let parsed = CalendarMonth(iso: month) else {
                throw InvalidPeriod(message: "--month: expected a month YYYY-MM (e.g. 2025-04), got '\(month)'")
            }
            return ReportPeriod(month: parsed)
        case (nil, let since?, let until?):
            let first = try day(since, option: "--since")
            let last = try day(until, option: "--until")
            guard let period = ReportPeriod(first: first, last: last) else {
                throw InvalidPeriod(message: "--until (\(last.iso)) is before --since (\(first.iso))")
            }
            return period
        case (nil, nil, nil):
            throw InvalidPeriod(message: "give the period: --month YYYY-MM, or --since YYYY-MM-DD --until YYYY-MM-DD")
        case (nil, _, _):
            throw InvalidPeriod(message: "--since and --until go together: give both (or --month YYYY-MM)")
        case (_?, _, _):
            throw InvalidPeriod(message: "--month cannot be combined with --since or --until")
        }
    }

    private static func day(_ text: String, option: String) throws(InvalidPeriod) -> CalendarDate {
        guard text.utf8.count == 10, let date = CalendarDate(iso: text) else {
            throw InvalidPeriod(message: "\(option): expected a real date YYYY-MM-DD (e.g. 2025-04-01), got '\(text)'")
        }
        return date
    }

    public func contains(_ date: CalendarDate) -> Bool { first <= date && date <= last }

    /// True when the period is exactly one calendar month.
    public var isWholeMonth: Bool { first == CalendarMonth(first).firstDay && last == CalendarMonth(first).lastDay }

    /// The months the period touches, oldest first.
    public var months: [CalendarMonth] {
        let end = CalendarMonth(last)
        return Array(sequence(first: CalendarMonth(first)) { $0 < end ? $0.adding(months: 1) : nil })
    }

    /// The months of the trend, oldest first, ending with the period's last month.
    public var trendMonths: [CalendarMonth] {
        let end = CalendarMonth(last)
        return (0..<Self.trendLength).reversed().map { end.adding(months: -$0) }
    }

    /// "April 2025", or "1 March 2025 to 15 April 2025".
    public var name: String {
        isWholeMonth ? CalendarMonth(first).name : "\(first.englishName) to \(last.englishName)"
    }
}
