import CLibXML2
import XCTest
@testable import CouncilLintCore

final class PeriodReportHTMLTests: XCTestCase {
    private let html = PeriodReportHTML().render(PeriodReportSamples.report)

    func test_sampleReport_matchesStoredPage() throws {
        try ReporterResources.assertOutput(html, matches: "period.html")
    }

    func test_page_isSelfContained_asLibxml2ParsesIt() throws {
        let page = try XCTUnwrap(ParsedHTML(html))
        XCTAssertTrue(page.elements(named: "script").isEmpty)
        XCTAssertTrue(page.elements(named: "link").isEmpty, "no external style sheet")
        XCTAssertTrue(page.elements(named: "img").isEmpty)
        XCTAssertTrue(page.all.filter { $0.attributes["src"] != nil }.isEmpty)
        XCTAssertEqual(page.elements(named: "style").count, 1)
        let hrefs = page.all.compactMap { $0.attributes["href"] }
        XCTAssertFalse(hrefs.isEmpty)
        for href in hrefs {
            XCTAssertTrue(href.hasPrefix("#") || Self.isRelativeFileLink(href), "external or unsafe link: \(href)")
        }
        XCTAssertTrue(hrefs.contains("../minutes/2025-04-09%20Full%20Council.txt"))
        let ids = Set(page.all.compactMap { $0.attributes["id"] })
        for anchor in hrefs where anchor.hasPrefix("#") {
            XCTAssertTrue(ids.contains(String(anchor.dropFirst())), "\(anchor) points nowhere")
        }
    }

    func test_trendChart_isAnInlineSVG_withTitleDescriptionAndOneLabelPerMonth() throws {
        let page = try XCTUnwrap(ParsedHTML(html))
        let svg = try XCTUnwrap(page.elements(named: "svg").first)
        XCTAssertEqual(svg.attributes["role"], "img")
        XCTAssertEqual(svg.children.first?.name, "title")
        XCTAssertEqual(svg.children.first?.text, "Findings per month, May 2024 to April 2025")
        XCTAssertTrue(svg.children.contains { $0.name == "desc" && $0.text.contains("8 findings in all") })
        let labels = svg.descendants.filter { $0.name == "text" }.map(\.text)
        for month in ["May", "Jun", "Dec", "Jan", "Apr", "Findings", "Month of the document’s own date"] {
            XCTAssertTrue(labels.contains(month), "no axis label \(month)")
        }
        XCTAssertEqual(svg.descendants.filter { $0.name == "rect" && $0.children.contains { $0.name == "title" } }.count, 6,
                       "one bar segment per month and severity with findings")
    }

    func test_page_isStructuredForAssistiveTechnology() throws {
        let page = try XCTUnwrap(ParsedHTML(html))
        XCTAssertEqual(page.root.attributes["lang"], "en")
        XCTAssertEqual(page.elements(named: "main").count, 1)
        let levels = page.all.compactMap { element -> Int? in
            guard element.name.count == 2, element.name.hasPrefix("h"), let level = Int(element.name.dropFirst()) else { return nil }
            return level
        }
        XCTAssertEqual(levels.first, 1)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            XCTAssertLessThanOrEqual(next, previous + 1, "a heading level is skipped")
        }
        let tables = page.elements(named: "table")
        XCTAssertEqual(tables.count, 7)
        for table in tables { XCTAssertEqual(table.children.first?.name, "caption") }
        for header in page.elements(named: "th") { XCTAssertNotNil(header.attributes["scope"], header.text) }
        let severities = page.all.filter { $0.attributes["class"]?.hasPrefix("severity ") == true }.map(\.text)
        XCTAssertEqual(severities, ["Error", "Warning", "Error", "Info", "Info"], "severity is written, not only coloured")
    }

    func test_findings_areGroupedUnderTheirDocumentsHeading() throws {
        let page = try XCTUnwrap(ParsedHTML(html))
        let documents = page.elements(named: "article")
        XCTAssertEqual(documents.map { $0.descendants.first { $0.name == "h4" }?.text },
                       ["minutes/2025-04-09 Full Council.txt", "press-releases/2025-04-30 Mayor's walk.txt"])
        XCTAssertEqual(documents.map { $0.descendants.filter { $0.name == "li" }.count }, [2, 2])
    }

    func test_scriptInAMinute_rendersAsText() throws {
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertFalse(html.contains("<script"))
        let page = try XCTUnwrap(ParsedHTML(html))
        XCTAssertTrue(page.elements(named: "blockquote").contains { $0.text.contains("\"<script>alert(1)</script>\" & 'fix it’") })
    }

    func test_printStyles_keepAFindingOnOnePage() {
        XCTAssertTrue(html.contains("@media print"))
        XCTAssertTrue(html.contains("break-inside: avoid; page-break-inside: avoid;"))
    }

    func test_emptyPeriod_saysSo() throws {
        let report = PeriodReport(PeriodReportSamples.lintReport, period: ReportPeriod(month: CalendarMonth(year: 2030, month: 1)!),
                                  links: PeriodReportSamples.links)
        let html = PeriodReportHTML().render(report)
        XCTAssertTrue(html.contains("<p>No findings in the period.</p>"))
        XCTAssertTrue(html.contains("No findings in any of these months."))
        XCTAssertNotNil(ParsedHTML(html)?.elements(named: "svg").first)
    }

    func test_chartScale_usesOneTwoFiveSteps_andAtMostFiveIntervals() {
        XCTAssertTrue(TrendChartSVG.scale(for: 0) == (1, 1))
        XCTAssertTrue(TrendChartSVG.scale(for: 4) == (4, 1))
        XCTAssertTrue(TrendChartSVG.scale(for: 7) == (8, 2))
        XCTAssertTrue(TrendChartSVG.scale(for: 23) == (25, 5))
        XCTAssertTrue(TrendChartSVG.scale(for: 120) == (150, 50))
    }

    /// A relative reference to a file: no scheme, no host, no absolute path.
    private static func isRelativeFileLink(_ href: String) -> Bool {
        guard !href.isEmpty, !href.hasPrefix("/") else { return false }
        let firstSegment = href.prefix { $0 != "/" }
        return !firstSegment.contains(":")
    }
}

/// A page as libxml2's forgiving HTML parser reads it (no network), copied into plain values.
struct ParsedHTML {
    struct Element {
        var name: String
        var attributes: [String: String]
        var children: [Element]
        var text: String

        var descendants: [Element] { children.flatMap { [$0] + $0.descendants } }
    }

    let root: Element

    init?(_ html: String) {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        let bytes = Array(html.utf8)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), "report.html", "UTF-8", options)
                }
            }
        }
        guard let document = parsed else { return nil }
        defer { xmlFreeDoc(document) }
        guard let element = xmlDocGetRootElement(document) else { return nil }
        root = Self.element(element)
    }

    var all: [Element] { [root] + root.descendants }

    func elements(named name: String) -> [Element] { all.filter { $0.name == name } }

    private static func element(_ node: xmlNodePtr) -> Element {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            attributes[name] = text(of: current.pointee.children)
            attribute = current.pointee.next
        }
        var children: [Element] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { children.append(element(current)) }
            child = current.pointee.next
        }
        let content = xmlNodeGetContent(node)
        defer { xmlFree(content) }
        return Element(name: String(cString: node.pointee.name), attributes: attributes, children: children,
                       text: content.map { String(cString: $0) } ?? "")
    }

    private static func text(of first: xmlNodePtr?) -> String {
        var out = ""
        var node = first
        while let current = node {
            if let content = current.pointee.content { out += String(cString: content) }
            node = current.pointee.next
        }
        return out
    }
}
