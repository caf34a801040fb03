import XCTest
@testable import CouncilLintCore

final class PeriodReportTests: XCTestCase {
    private let report = PeriodReportSamples.report

    func test_period_selectsDocumentsByTheirOwnDate_bothEndsIncluded() {
        XCTAssertEqual(report.documents.map(\.date.iso), ["2025-04-01", "2025-04-09", "2025-04-30"])
        XCTAssertEqual(report.documents.map(\.path), [
            "agendas/2025-04-01 Planning.md", PeriodReportSamples.aprilMinutes, PeriodReportSamples.aprilPressRelease,
        ])
    }

    func test_undatedDocument_isListed_butNotCountedInThePeriod() {
        XCTAssertEqual(report.undated.map(\.path), ["notes/working group.txt"])
        XCTAssertEqual(report.undated.first?.counts, PeriodReport.SeverityCounts(info: 1))
        XCTAssertEqual(report.totals.info, 1, "only the April press release's reader note")
    }

    func test_unreadableFile_isListedWithItsError() {
        XCTAssertEqual(report.unreadable.map(\.path), ["press-releases/2025-04-15.txt"])
        XCTAssertEqual(PeriodReport.problem(of: report.unreadable[0]),
                       "line 1: not a text document (it is a PDF; convert it to text first, e.g. with pdftotext -layout)")
    }

    func test_totals_countTheFindingsOfThePeriodOnly_andItsCleanDocuments() {
        XCTAssertEqual(report.totals, PeriodReport.SeverityCounts(error: 2, warning: 1, info: 1))
        XCTAssertEqual(report.cleanDocuments.map(\.path), ["agendas/2025-04-01 Planning.md"])
        XCTAssertEqual(report.runNotes, [ReporterSamples.noProfileNote])
    }

    func test_totalsPerRule_mostFindingsFirst_withTheCataloguesTitles() {
        XCTAssertEqual(report.byRule.map(\.rule), [
            "councillor-instructing-staff", "party-political-publicity", "reader", "staff-capability-in-public",
        ])
        XCTAssertEqual(report.byRule.map(\.title), [
            "Councillor instructing staff", "Party-political publicity", nil, "Staff capability discussed in public",
        ])
        XCTAssertEqual(report.byRule.map(\.counts.total), [1, 1, 1, 1])
    }

    func test_totalsPerKind_inKindOrder_withCleanDocumentsCounted() {
        XCTAssertEqual(report.byKind.map(\.kind), [.minutes, .agenda, .pressRelease])
        XCTAssertEqual(report.byKind.map(\.documents), [1, 1, 1])
        XCTAssertEqual(report.byKind.map(\.clean), [0, 1, 0])
        XCTAssertEqual(report.byKind.map(\.counts), [
            PeriodReport.SeverityCounts(error: 1, warning: 1), PeriodReport.SeverityCounts(),
            PeriodReport.SeverityCounts(error: 1, info: 1),
        ])
    }

    func test_totalsPerMonth_coverEveryMonthThePeriodTouches_andOnlyItsDays() throws {
        let period = try XCTUnwrap(ReportPeriod(first: CalendarDate(year: 2024, month: 12, day: 10)!,
                                                last: CalendarDate(year: 2025, month: 3, day: 31)!))
        let report = PeriodReport(PeriodReportSamples.lintReport, period: period, links: PeriodReportSamples.links)
        XCTAssertEqual(report.byMonth.map(\.month.iso), ["2024-12", "2025-01", "2025-02", "2025-03"])
        XCTAssertEqual(report.byMonth.map(\.documents), [0, 1, 0, 1], "the minutes of 9 December are before the 10th")
        XCTAssertEqual(report.byMonth.map(\.counts.total), [0, 1, 0, 0])
    }

    func test_trend_isTheTwelveMonthsEndingWithThePeriod_acrossTheYearEnd_withEmptyMonths() {
        XCTAssertEqual(report.trend.map(\.month.iso), [
            "2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12",
            "2025-01", "2025-02", "2025-03", "2025-04",
        ])
        let counts = Dictionary(uniqueKeysWithValues: report.trend.map { ($0.month.iso, $0.counts) })
        XCTAssertEqual(counts["2024-05"], PeriodReport.SeverityCounts(warning: 1))
        XCTAssertEqual(counts["2024-08"], PeriodReport.SeverityCounts())
        XCTAssertEqual(counts["2024-12"], PeriodReport.SeverityCounts(error: 2))
        XCTAssertEqual(counts["2025-01"], PeriodReport.SeverityCounts(warning: 1))
        XCTAssertEqual(counts["2025-04"], report.totals)
        XCTAssertEqual(report.trend.reduce(0) { $0 + $1.counts.total }, 8,
                       "neither April 2024 (before the trend) nor May 2025 (after it) nor the undated note")
        XCTAssertEqual(report.trend.map(\.documents), [1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 3])
    }

    func test_trend_countsWholeMonths_whenThePeriodEndsMidMonth() throws {
        let period = try XCTUnwrap(ReportPeriod(first: CalendarDate(year: 2025, month: 4, day: 2)!,
                                                last: CalendarDate(year: 2025, month: 4, day: 10)!))
        let report = PeriodReport(PeriodReportSamples.lintReport, period: period, links: PeriodReportSamples.links)
        XCTAssertEqual(report.documents.map(\.path), [PeriodReportSamples.aprilMinutes])
        XCTAssertEqual(report.trend.last?.documents, 3)
    }

    func test_mostFindings_ranksByTotalThenErrors_andKeepsTen() {
        let files = (1...12).map { day in
            let path = "minutes/2025-04-\(day < 10 ? "0" : "")\(day).txt"
            let findings = (0..<(day % 4)).map { index in
                PeriodReportSamples.finding(index == 0 && day == 10 ? ReporterSamples.staffCapability : ReporterSamples.councillorInstructing,
                                            in: path, line: index + 1, message: "m", excerpt: "e")
            }
            return PeriodReportSamples.file(path, .minutes, "2025-04-\(day < 10 ? "0" : "")\(day)", findings)
        }
        let report = PeriodReport(LintReport(files: files, rules: PeriodReportSamples.rules),
                                  period: PeriodReportSamples.april2025, links: PeriodReportSamples.links)
        XCTAssertEqual(report.mostFindings.map(\.date.day), [3, 7, 11, 10, 2, 6, 1, 5, 9])
        XCTAssertEqual(report.cleanDocuments.count, 3)

        let crowded = PeriodReport(LintReport(files: files.map { file in
            var file = file
            file.findings = file.findings.isEmpty ? [PeriodReportSamples.scriptFinding] : file.findings
            return file
        }, rules: PeriodReportSamples.rules), period: PeriodReportSamples.april2025, links: PeriodReportSamples.links)
        XCTAssertEqual(crowded.mostFindings.count, PeriodReport.mostFindingsLimit)
    }

    func test_findingsByDate_groupTheDocumentsOfADay_andLeaveCleanOnesOut() {
        let files = [
            PeriodReportSamples.file("b.txt", .minutes, "2025-04-09", [PeriodReportSamples.scriptFinding]),
            PeriodReportSamples.file("a.txt", .agenda, "2025-04-09", [PeriodReportSamples.scriptFinding]),
            PeriodReportSamples.file("c.txt", .agenda, "2025-04-10"),
            PeriodReportSamples.file("d.txt", .minutes, "2025-04-02", [PeriodReportSamples.scriptFinding]),
        ]
        let report = PeriodReport(LintReport(files: files, rules: []), period: PeriodReportSamples.april2025,
                                  links: PeriodReportSamples.links)
        XCTAssertEqual(report.findingsByDate.map(\.date.iso), ["2025-04-02", "2025-04-09"])
        XCTAssertEqual(report.findingsByDate.map { $0.documents.map(\.path) }, [["d.txt"], ["a.txt", "b.txt"]])
        XCTAssertEqual(report.documents.map(\.anchor), ["doc-1", "doc-2", "doc-3", "doc-4"])
    }

    func test_documentLinks_areRelativeToTheReportsFolder_andPercentEncoded() {
        XCTAssertEqual(report.documents[1].link, "../minutes/2025-04-09%20Full%20Council.txt")
        XCTAssertEqual(report.documents[2].link, "../press-releases/2025-04-30%20Mayor%27s%20walk.txt")
        let beside = DocumentLinks(reportDirectory: "/home/clerk/ashcombe", workingDirectory: "/home/clerk/ashcombe")
        XCTAssertEqual(beside.href(to: "./minutes/a b.txt"), "minutes/a%20b.txt")
        XCTAssertEqual(beside.href(to: "/srv/archive/notes.txt"), "../../../srv/archive/notes.txt")
        XCTAssertEqual(beside.href(to: "javascript:alert(1)"), "javascript%3Aalert%281%29")
    }

    func test_excerpts_loseTheirIndentation() {
        let excerpt = report.documents[1].findings[1].excerpt
        XCTAssertEqual(excerpt, "Cllr Hale told the Clerk to publish \"<script>alert(1)</script>\" & 'fix it’ by Friday (£50).")
    }

    func test_severityCounts_summariseInWords() {
        XCTAssertEqual(PeriodReport.SeverityCounts(error: 2, warning: 1, info: 1).summary, "2 errors, 1 warning, 1 note")
        XCTAssertEqual(PeriodReport.SeverityCounts(info: 3).summary, "3 notes")
        XCTAssertEqual(PeriodReport.SeverityCounts().summary, "no findings")
    }
}
