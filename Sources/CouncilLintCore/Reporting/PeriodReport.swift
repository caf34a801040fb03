/// A periodic (e.g. monthly) compliance report: what one lint run over a documents tree found in
/// the documents dated in a period, with totals and a 12-month trend. Every format renders this value.
public struct PeriodReport: Sendable {
    /// How many findings of each severity.
    public struct SeverityCounts: Hashable, Sendable {
        public var error = 0
        public var warning = 0
        public var info = 0

        public init(error: Int = 0, warning: Int = 0, info: Int = 0) {
            self.error = error
            self.warning = warning
            self.info = info
        }

        public init(_ findings: [Finding]) {
            for finding in findings { add(finding.severity) }
        }

        public var total: Int { error + warning + info }

        public subscript(severity: Severity) -> Int {
            switch severity {
            case .error: error
            case .warning: warning
            case .info: info
            }
        }

        mutating func add(_ severity: Severity) {
            switch severity {
            case .error: error += 1
            case .warning: warning += 1
            case .info: info += 1
            }
        }

        /// "2 errors, 1 warning, 1 note", or "no findings".
        var summary: String {
            let parts = Severity.allCases.reversed().filter { self[$0] > 0 }
                .map { PeriodReport.counted(self[$0], $0 == .info ? "note" : $0.rawValue) }
            return parts.isEmpty ? "no findings" : parts.joined(separator: ", ")
        }

        static func + (lhs: SeverityCounts, rhs: SeverityCounts) -> SeverityCounts {
            SeverityCounts(error: lhs.error + rhs.error, warning: lhs.warning + rhs.warning, info: lhs.info + rhs.info)
        }
    }

    /// A readable document with a date, and what was found in it.
    public struct Document: Hashable, Sendable {
        public let path: String
        /// The path relative to the report's folder, percent-encoded.
        public let link: String
        public let kind: DocumentKind?
        public let date: CalendarDate
        /// With excerpts trimmed to a readable length.
        public let findings: [Finding]
        /// Unique in the report, e.g. "doc-3", for links within a page.
        public let anchor: String

        public var counts: SeverityCounts { SeverityCounts(findings) }
    }

    /// The documents of one day that have findings.
    public struct DateGroup: Hashable, Sendable {
        public let date: CalendarDate
        public let documents: [Document]
    }

    public struct RuleTotal: Hashable, Sendable {
        public let rule: String
        /// The catalogue's title, when the rule is in it.
        public let title: String?
        public let counts: SeverityCounts
    }

    public struct KindTotal: Hashable, Sendable {
        public let kind: DocumentKind?
        public let documents: Int
        public let clean: Int
        public let counts: SeverityCounts
    }

    public struct MonthTotal: Hashable, Sendable {
        public let month: CalendarMonth
        public let documents: Int
        public let counts: SeverityCounts
    }

    /// A readable document whose date could not be found: listed, never counted in a period.
    public struct UndatedDocument: Hashable, Sendable {
        public let path: String
        public let link: String
        public let kind: DocumentKind?
        public let counts: SeverityCounts
    }

    public static let mostFindingsLimit = 10

    public let period: ReportPeriod
    /// Every document dated in the period, clean ones included, by date then path.
    public let documents: [Document]
    public let undated: [UndatedDocument]
    public let unreadable: [ReadError]
    /// Notes about the run rather than a document (e.g. "no profile").
    public let runNotes: [Finding]
    /// Rules in force, for their titles.
    public let rules: [RuleDescription]
    /// Findings per month of the trend, for every document dated in that month.
    public let trend: [MonthTotal]

    /// Builds the report on `report` (a run over the whole tree, so the trend can look back
    /// before the period).
    public init(_ report: LintReport, period: ReportPeriod, links: DocumentLinks) {
        self.period = period
        rules = report.rules
        runNotes = report.runFindings
        unreadable = report.files.compactMap(\.error)
        var dated: [(file: FileReport, date: CalendarDate)] = []
        var undated: [UndatedDocument] = []
        for file in report.files where file.error == nil {
            if let date = file.date.flatMap({ CalendarDate(iso: $0) }) {
                dated.append((file, date))
            } else {
                undated.append(UndatedDocument(path: file.path, link: links.href(to: file.path), kind: file.kind,
                                               counts: SeverityCounts(file.findings)))
            }
        }
        self.undated = undated.sorted { $0.path < $1.path }
        trend = period.trendMonths.map { month in
            let inMonth = dated.filter { CalendarMonth($0.date) == month }
            return MonthTotal(month: month, documents: inMonth.count, counts: SeverityCounts(inMonth.flatMap(\.file.findings)))
        }
        documents = dated.filter { period.contains($0.date) }
            .sorted { ($0.date, $0.file.path) < ($1.date, $1.file.path) }
            .enumerated().map { index, entry in
                let findings = entry.file.findings.map { finding in
                    var shown = finding
                    shown.excerpt = JSONReporter.trimmedExcerpt(Self.strippingOuterWhitespace(finding.excerpt))
                    return shown
                }
                return Document(path: entry.file.path, link: links.href(to: entry.file.path), kind: entry.file.kind,
                                date: entry.date, findings: findings, anchor: "doc-\(index + 1)")
            }
    }

    /// A source line shown on its own needs none of its indentation.
    private static func strippingOuterWhitespace(_ line: String) -> String {
        guard let first = line.firstIndex(where: { !$0.isWhitespace }),
              let last = line.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(line[first...last])
    }

    // MARK: What the period holds

    /// All findings of the period's documents.
    public var totals: SeverityCounts { documents.reduce(SeverityCounts()) { $0 + $1.counts } }

    public var cleanDocuments: [Document] { documents.filter(\.findings.isEmpty) }

    /// The documents with findings, grouped by their date, oldest first.
    public var findingsByDate: [DateGroup] {
        var groups: [DateGroup] = []
        for document in documents where !document.findings.isEmpty {
            if let last = groups.last, last.date == document.date {
                groups[groups.count - 1] = DateGroup(date: last.date, documents: last.documents + [document])
            } else {
                groups.append(DateGroup(date: document.date, documents: [document]))
            }
        }
        return groups
    }

    /// Per rule, most findings first.
    public var byRule: [RuleTotal] {
        let findings = documents.flatMap(\.findings)
        let titles = Dictionary(rules.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        return Dictionary(grouping: findings, by: \.rule)
            .map { RuleTotal(rule: $0.key, title: titles[$0.key], counts: SeverityCounts($0.value)) }
            .sorted { ($1.counts.total, $0.rule) < ($0.counts.total, $1.rule) }
    }

    /// Per document kind present in the period, in the order minutes, agenda, press release, other.
    public var byKind: [KindTotal] {
        let order = DocumentKind.allCases.map(Optional.some) + [nil]
        return order.compactMap { kind in
            let ofKind = documents.filter { $0.kind == kind }
            guard !ofKind.isEmpty else { return nil }
            return KindTotal(kind: kind, documents: ofKind.count, clean: ofKind.filter(\.findings.isEmpty).count,
                             counts: ofKind.reduce(SeverityCounts()) { $0 + $1.counts })
        }
    }

    /// Per month the period touches, months without documents included.
    public var byMonth: [MonthTotal] {
        period.months.map { month in
            let inMonth = documents.filter { CalendarMonth($0.date) == month }
            return MonthTotal(month: month, documents: inMonth.count, counts: SeverityCounts(inMonth.flatMap(\.findings)))
        }
    }

    /// The documents with the most findings (errors break ties), at most `mostFindingsLimit`.
    public var mostFindings: [Document] {
        let ranked = documents.filter { !$0.findings.isEmpty }.sorted { lhs, rhs in
            let (left, right) = (lhs.counts, rhs.counts)
            if left.total != right.total { return left.total > right.total }
            if left.error != right.error { return left.error > right.error }
            return (lhs.date, lhs.path) < (rhs.date, rhs.path)
        }
        return Array(ranked.prefix(Self.mostFindingsLimit))
    }

    /// "1 document", "3 documents".
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// "line 9, column 1, item 25/041"
    static func location(of finding: Finding) -> String {
        "line \(finding.range.start.line), column \(finding.range.start.column)" + (finding.item.map { ", item \($0)" } ?? "")
    }

    /// Why a file could not be read, without its path: "line 1: not a text document ...".
    static func problem(of error: ReadError) -> String {
        error.line.map { "line \($0): \(error.message)" } ?? error.message
    }

    /// "Error", "Warning", "Info": the severity in words, so no reader depends on colour.
    static func label(of severity: Severity) -> String {
        switch severity {
        case .error: "Error"
        case .warning: "Warning"
        case .info: "Info"
        }
    }

    /// "Minutes", "Agenda", "Press release", "Other"; "Unknown" when not analysed.
    static func displayName(of kind: DocumentKind?) -> String {
        switch kind {
        case .minutes: "Minutes"
        case .agenda: "Agenda"
        case .pressRelease: "Press release"
        case .unknown: "Other"
        case nil: "Unknown"
        }
    }
}

/// Renders a periodic report in one format. One file per format.
public protocol PeriodReportRenderer: Sendable {
    func render(_ report: PeriodReport) -> String
}
