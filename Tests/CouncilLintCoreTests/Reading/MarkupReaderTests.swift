import CLibXML2
import Foundation
import XCTest
@testable import CouncilLintCore

final class MarkupReaderTests: XCTestCase {
    // MARK: - Helpers

    private func readXHTML(_ text: String) throws -> Document {
        try MarkupReader(dialect: .xhtml).read(bytes: Array(text.utf8), path: "minutes.xhtml")
    }

    private func readHTML(_ text: String) throws -> Document {
        try MarkupReader(dialect: .html).read(bytes: Array(text.utf8), path: "minutes.html")
    }

    private func xhtmlPage(head: String = "<title>Minutes</title>", body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml">
        <head>\(head)</head>
        <body>
        \(body)
        </body>
        </html>
        """
    }

    /// The source position of the first character of the `occurrence`-th `needle` in the blocks.
    private func position(of needle: String, in document: Document, occurrence: Int = 1,
                          file: StaticString = #filePath, line: UInt = #line) -> SourcePosition? {
        var seen = 0
        for block in document.blocks {
            var searchStart = block.text.startIndex
            while let range = block.text.range(of: needle, range: searchStart..<block.text.endIndex) {
                seen += 1
                if seen == occurrence {
                    let offset = block.text.utf8.distance(from: block.text.utf8.startIndex, to: range.lowerBound)
                    return block.position(atUTF8Offset: offset)
                }
                searchStart = range.upperBound
            }
        }
        XCTFail("\"\(needle)\" (occurrence \(occurrence)) is not in any block", file: file, line: line)
        return nil
    }

    /// Every visible character of every block sits where its position says: on that character in
    /// the source, or on the `&` of the reference that stands for it (" | " between cells excepted).
    private func assertTextMapsToSource(_ document: Document, file: StaticString = #filePath, line: UInt = #line) {
        var sourceLines: [Int: [Unicode.Scalar]] = [:]
        for block in document.blocks {
            let utf8 = block.text.utf8
            var index = block.text.unicodeScalars.startIndex
            while index < block.text.unicodeScalars.endIndex {
                let scalar = block.text.unicodeScalars[index]
                defer { index = block.text.unicodeScalars.index(after: index) }
                guard scalar != " " && !(block.kind == .tableRow && scalar == "|") else { continue }
                let position = block.position(atUTF8Offset: utf8.distance(from: utf8.startIndex, to: index))
                if sourceLines[position.line] == nil {
                    sourceLines[position.line] = Array(document.sourceLine(position.line).unicodeScalars)
                }
                let lineScalars = sourceLines[position.line] ?? []
                let found: Unicode.Scalar? = position.column >= 1 && position.column <= lineScalars.count
                    ? lineScalars[position.column - 1] : nil
                if found != scalar && found != "&" {
                    XCTFail("'\(scalar)' of \"\(block.text.prefix(60))\" maps to \(position.line):\(position.column), "
                            + "where the source has '\(found.map(String.init) ?? "nothing")'", file: file, line: line)
                    return
                }
            }
        }
    }

    // MARK: - Positions

    func test_xhtmlParagraph_referenceAndInlineTag_keepExactColumns() throws {
        let document = try readXHTML(xhtmlPage(body: "<p>The Clerk&#8217;s report was <b>noted</b>.</p>"))
        XCTAssertEqual(document.blocks.map(\.text), ["The Clerk\u{2019}s report was noted."])
        XCTAssertEqual(position(of: "The", in: document), SourcePosition(line: 5, column: 4))
        XCTAssertEqual(position(of: "\u{2019}", in: document), SourcePosition(line: 5, column: 13))
        XCTAssertEqual(position(of: "s report", in: document), SourcePosition(line: 5, column: 20))
        XCTAssertEqual(position(of: "noted", in: document), SourcePosition(line: 5, column: 36))
        XCTAssertEqual(position(of: ".", in: document), SourcePosition(line: 5, column: 45))
        assertTextMapsToSource(document)
    }

    func test_linkSpanAndAmpersand_keepExactColumns() throws {
        let document = try readXHTML(xhtmlPage(body: """
        <p>See the <a href="https://example.gov.uk/minutes?id=7&amp;v=2">draft minutes</a> and <span class="x">Parks &amp; Open Spaces</span> report.</p>
        """))
        XCTAssertEqual(document.blocks.first?.text, "See the draft minutes and Parks & Open Spaces report.")
        XCTAssertEqual(position(of: "draft", in: document), SourcePosition(line: 5, column: 66))
        XCTAssertEqual(position(of: "and", in: document), SourcePosition(line: 5, column: 84))
        XCTAssertEqual(position(of: "&", in: document), SourcePosition(line: 5, column: 110))
        XCTAssertEqual(position(of: "Open", in: document), SourcePosition(line: 5, column: 116))
        XCTAssertEqual(position(of: "report.", in: document), SourcePosition(line: 5, column: 135))
        assertTextMapsToSource(document)
    }

    func test_paragraphSpanningLines_eachLineKeepsItsNumber() throws {
        let document = try readXHTML(xhtmlPage(body: """
        <p>Councillor Hale proposed that the
            precept for 2024/25 be set at
              <strong>&#163;48,250</strong>, seconded by Councillor Ames.</p>
        """))
        XCTAssertEqual(document.blocks.first?.text,
                       "Councillor Hale proposed that the precept for 2024/25 be set at £48,250, seconded by Councillor Ames.")
        XCTAssertEqual(position(of: "precept", in: document), SourcePosition(line: 6, column: 5))
        XCTAssertEqual(position(of: "£", in: document), SourcePosition(line: 7, column: 15))
        XCTAssertEqual(position(of: "48,250", in: document), SourcePosition(line: 7, column: 21))
        XCTAssertEqual(position(of: ", seconded", in: document), SourcePosition(line: 7, column: 36))
        XCTAssertEqual(position(of: "Ames", in: document), SourcePosition(line: 7, column: 61))
        assertTextMapsToSource(document)
    }

    func test_crlfAndBOM_keepEditorPositions() throws {
        let text = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>\r\n<h2>7. Planning</h2>\r\n"
            + "<p>No objection to\r\n application 24/0113 (\u{A3}95 fee).</p>\r\n</body></html>\r\n"
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        for dialect in [MarkupReader.Dialect.xhtml, .html] {
            let document = try MarkupReader(dialect: dialect).read(bytes: bytes, path: "m")
            XCTAssertEqual(document.blocks.map(\.text), ["7. Planning", "No objection to application 24/0113 (£95 fee)."])
            XCTAssertEqual(position(of: "Planning", in: document), SourcePosition(line: 2, column: 8))
            XCTAssertEqual(position(of: "application", in: document), SourcePosition(line: 4, column: 2))
            XCTAssertEqual(position(of: "£95", in: document), SourcePosition(line: 4, column: 23))
            XCTAssertEqual(document.sourceLine(4), " application 24/0113 (\u{A3}95 fee).</p>")
            assertTextMapsToSource(document)
        }
    }

    func test_linesBeyond65535_keepTheirNumbers() throws {
        let filler = String(repeating: "<p>Filler line.</p>\n", count: 70_000)
        let text = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>\n\(filler)<p>Meeting closed at 9.02pm.</p>\n</body></html>"
        for dialect in [MarkupReader.Dialect.xhtml, .html] {
            let document = try MarkupReader(dialect: dialect).read(bytes: Array(text.utf8), path: "m")
            XCTAssertEqual(document.blocks.count, 70_001)
            XCTAssertEqual(document.blocks.last?.startPosition, SourcePosition(line: 70_002, column: 4))
            XCTAssertEqual(position(of: "9.02pm", in: document), SourcePosition(line: 70_002, column: 22))
        }
    }

    // MARK: - HTML as published

    func test_htmlTagSoup_unclosedUppercaseParagraphsAndNbsp() throws {
        let document = try readHTML("""
        <HTML><HEAD><TITLE>Whitcombe Parish Council &ndash; Minutes</TITLE></HEAD>
        <BODY BGCOLOR=white>
        <P><B>Present:</B> Cllr&nbsp;Hale (Chair), Cllr&nbsp;Ames
        <P>Apologies:&nbsp;&nbsp;Cllr Dunn
        <P ALIGN=center>The meeting closed at 9.15pm
        </BODY></HTML>
        """)
        XCTAssertEqual(document.title, "Whitcombe Parish Council \u{2013} Minutes")
        XCTAssertEqual(document.blocks.map(\.text), [
            "Present: Cllr Hale (Chair), Cllr Ames",
            "Apologies: Cllr Dunn",
            "The meeting closed at 9.15pm",
        ])
        XCTAssertEqual(document.blocks.map(\.kind), [.paragraph, .paragraph, .paragraph])
        XCTAssertEqual(position(of: "Present", in: document), SourcePosition(line: 3, column: 7))
        XCTAssertEqual(position(of: "Hale", in: document), SourcePosition(line: 3, column: 30))
        XCTAssertEqual(position(of: "Ames", in: document), SourcePosition(line: 3, column: 54))
        XCTAssertEqual(position(of: "Cllr Dunn", in: document), SourcePosition(line: 4, column: 26))
        XCTAssertEqual(position(of: "9.15pm", in: document), SourcePosition(line: 5, column: 39))
        assertTextMapsToSource(document)
    }

    func test_htmlLiteralAmpersandsAndLessThan_stayText() throws {
        let document = try readHTML("<p>Smith &amp Jones &copy 2024; a < b; &#163;5 &#x20AC;6 &unknown; end</p>")
        XCTAssertEqual(document.blocks.first?.text, "Smith &amp Jones &copy 2024; a < b; £5 €6 &unknown; end")
        XCTAssertEqual(position(of: "Jones", in: document), SourcePosition(line: 1, column: 15))
        XCTAssertEqual(position(of: "<", in: document), SourcePosition(line: 1, column: 35))
        XCTAssertEqual(position(of: "€", in: document), SourcePosition(line: 1, column: 48))
        XCTAssertEqual(position(of: "end", in: document), SourcePosition(line: 1, column: 68))
        assertTextMapsToSource(document)
    }

    func test_uppercaseHTMLTable_rowsAndCells() throws {
        let document = try readHTML("""
        <TABLE BORDER=1>
        <TR><TH>Item<TH>Decision
        <TR><TD>5.1<TD>Grit bin moved&nbsp;back into place.
        </TABLE>
        """)
        XCTAssertEqual(document.blocks.map(\.text), ["Item | Decision", "5.1 | Grit bin moved back into place."])
        XCTAssertEqual(document.blocks.map(\.kind), [.tableRow, .tableRow])
        XCTAssertEqual(position(of: "Decision", in: document), SourcePosition(line: 2, column: 17))
        XCTAssertEqual(position(of: "back", in: document), SourcePosition(line: 3, column: 36))
        assertTextMapsToSource(document)
    }

    func test_wordHTMLConditionalMarkers_areLeftOut() throws {
        let document = try readHTML("""
        <html><body>
        <p class=MsoListParagraph><![if !supportLists]>1.<span>&nbsp;&nbsp; </span><![endif]>Apologies for absence<o:p></o:p></p>
        <!--[if gte mso 9]><xml><o:OfficeDocumentSettings>junk</o:OfficeDocumentSettings></xml><![endif]-->
        <p>Minutes approved.</p>
        </body></html>
        """)
        XCTAssertEqual(document.blocks.map(\.text), ["1. Apologies for absence", "Minutes approved."])
        XCTAssertEqual(position(of: "1.", in: document), SourcePosition(line: 2, column: 48))
        XCTAssertEqual(position(of: "Apologies", in: document), SourcePosition(line: 2, column: 86))
        assertTextMapsToSource(document)
    }

    // MARK: - Blocks

    func test_headingsTitleAndSkippedElements() throws {
        let document = try readXHTML(xhtmlPage(
            head: "<title>Kelsworth Town Council &#8211; Minutes</title><style>p { color: red }</style>",
            body: """
            <h1>Kelsworth Town Council</h1>
            <script type="text/javascript">var h = "<h2>not a heading</h2>";</script>
            <noscript><p>Please enable JavaScript.</p></noscript>
            <template><p>Template text</p></template>
            <h3>12. Finance</h3>
            <p>Payments were approved.</p>
            """))
        XCTAssertEqual(document.title, "Kelsworth Town Council \u{2013} Minutes")
        XCTAssertEqual(document.blocks.map(\.text), ["Kelsworth Town Council", "12. Finance", "Payments were approved."])
        XCTAssertEqual(document.blocks.map(\.kind), [.heading, .heading, .paragraph])
        XCTAssertEqual(document.blocks.map(\.level), [1, 3, 0])
        XCTAssertEqual(position(of: "Finance", in: document), SourcePosition(line: 9, column: 9))
        assertTextMapsToSource(document)
    }

    func test_tableOfPayments_rowsJoinCellTexts() throws {
        let document = try readXHTML(xhtmlPage(body: """
        <table>
          <caption>Payments for approval</caption>
          <thead><tr><th>Date</th><th>Payee</th><th>Amount</th></tr></thead>
          <tbody>
            <tr><td>12/03/2024</td><td>Whitcombe Village Hall</td><td>&#163;45.00</td></tr>
            <tr><td></td><td>HMRC (PAYE)</td><td>&#163;312.40</td></tr>
            <tr><td>&#160;</td><td>&#160;</td><td>&#160;</td></tr>
          </tbody>
        </table>
        """))
        XCTAssertEqual(document.blocks.map(\.text), [
            "Payments for approval",
            "Date | Payee | Amount",
            "12/03/2024 | Whitcombe Village Hall | £45.00",
            "HMRC (PAYE) | £312.40",
        ])
        XCTAssertEqual(document.blocks.map(\.kind), [.paragraph, .tableRow, .tableRow, .tableRow])
        XCTAssertEqual(position(of: "Whitcombe", in: document), SourcePosition(line: 9, column: 32))
        XCTAssertEqual(position(of: "£45", in: document), SourcePosition(line: 9, column: 63))
        XCTAssertEqual(position(of: "45.00", in: document), SourcePosition(line: 9, column: 69))
        XCTAssertEqual(position(of: "| £312", in: document), SourcePosition(line: 10, column: 42))
        assertTextMapsToSource(document)
    }

    func test_nestedBlocks_eachCharacterInExactlyOneBlock() throws {
        let document = try readXHTML(xhtmlPage(body: """
        <div class="minutes">Draft minutes
          <ul>
            <li><p>Apologies were received from Cllr Dunn.</p></li>
            <li>Cllr Hale declared an interest<ul><li>in item 9 (allotments)</li></ul> and left.</li>
          </ul>
          <div><table><tr><td><p>9.</p></td><td><p>Allotment rents</p><p>held at &#163;40</p></td></tr></table></div>
          <blockquote><p>Quoted correspondence.</p>Unwrapped reply.</blockquote>
          <dl><dt>Proposed</dt><dd>Cllr Ames</dd></dl>
        </div>
        """))
        XCTAssertEqual(document.blocks.map(\.text), [
            "Draft minutes",
            "Apologies were received from Cllr Dunn.",
            "Cllr Hale declared an interest",
            "in item 9 (allotments)",
            "and left.",
            "9. | Allotment rents held at £40",
            "Quoted correspondence.",
            "Unwrapped reply.",
            "Proposed",
            "Cllr Ames",
        ])
        XCTAssertEqual(document.blocks.map(\.kind), [
            .paragraph, .listItem, .listItem, .listItem, .listItem, .tableRow, .paragraph, .paragraph, .paragraph, .paragraph,
        ])
        XCTAssertEqual(position(of: "and left", in: document), SourcePosition(line: 8, column: 80))
        XCTAssertEqual(position(of: "held", in: document), SourcePosition(line: 10, column: 66))
        assertTextMapsToSource(document)
    }

    func test_lineBreak_foldsToSpace() throws {
        let document = try readXHTML(xhtmlPage(body: "<address>Town Hall<br/>Market Place<br />Kelsworth</address>"))
        XCTAssertEqual(document.blocks.map(\.text), ["Town Hall Market Place Kelsworth"])
        XCTAssertEqual(position(of: "Market", in: document), SourcePosition(line: 5, column: 24))
        XCTAssertEqual(position(of: "Kelsworth", in: document), SourcePosition(line: 5, column: 42))
    }

    func test_textDirectlyInContainers_isParagraph_andBlankLinesSplitIt() throws {
        let document = try readHTML("""
        <body>Kelsworth Town Council
        <section>Minutes of the meeting

        held on 10 June 2024<p>Present: the Mayor</p>Apologies: none</section>
        <main><article>Item text</article></main>
        </body>
        """)
        XCTAssertEqual(document.blocks.map(\.text), [
            "Kelsworth Town Council",
            "Minutes of the meeting",
            "held on 10 June 2024",
            "Present: the Mayor",
            "Apologies: none",
            "Item text",
        ])
        XCTAssertTrue(document.blocks.allSatisfy { $0.kind == .paragraph })
        XCTAssertEqual(position(of: "held", in: document), SourcePosition(line: 4, column: 1))
        XCTAssertEqual(position(of: "Apologies", in: document), SourcePosition(line: 4, column: 46))
        assertTextMapsToSource(document)
    }

    func test_cdataSection_isText() throws {
        let document = try readXHTML(xhtmlPage(body: "<p>Budget <![CDATA[R&D <draft>]]> line</p>"))
        XCTAssertEqual(document.blocks.first?.text, "Budget R&D <draft> line")
        XCTAssertEqual(position(of: "R&D", in: document), SourcePosition(line: 5, column: 20))
        XCTAssertEqual(position(of: "line", in: document), SourcePosition(line: 5, column: 35))
    }

    func test_xhtmlNamedEntitiesUnderDoctype_areReadAtTheirAmpersand() throws {
        let document = try readXHTML("""
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml"><body>
        <p>Precept&nbsp;of &pound;48,250 &ndash; agreed</p>
        </body></html>
        """)
        XCTAssertTrue(document.notes.isEmpty)
        XCTAssertEqual(document.blocks.first?.text, "Precept of £48,250 \u{2013} agreed")
        XCTAssertEqual(position(of: "of", in: document), SourcePosition(line: 3, column: 17))
        XCTAssertEqual(position(of: "£", in: document), SourcePosition(line: 3, column: 20))
        XCTAssertEqual(position(of: "48,250", in: document), SourcePosition(line: 3, column: 27))
        XCTAssertEqual(position(of: "agreed", in: document), SourcePosition(line: 3, column: 42))
        assertTextMapsToSource(document)
    }

    // MARK: - Metadata

    func test_declaredDates_inDocumentOrderAsWritten() throws {
        let document = try readXHTML(xhtmlPage(
            head: """
            <meta name="DC.date" content="2024-06-10" /><meta name="author" content="Clerk" />\
            <meta property="article:published_time" content="2024-06-12T09:00:00Z" />\
            <meta name="dcterms.created" content="2024-06-11" />
            """,
            body: "<p>Meeting held on <time datetime=\"2024-06-10T19:00\">Monday 10 June</time>.</p>"))
        XCTAssertEqual(document.declaredDates, ["2024-06-10", "2024-06-12T09:00:00Z", "2024-06-11", "2024-06-10T19:00"])
        XCTAssertEqual(document.blocks.first?.text, "Meeting held on Monday 10 June.")
    }

    func test_suppressionComments_carryTheCommentsStartLine() throws {
        let document = try readXHTML(xhtmlPage(
            head: "<title>Minutes</title><!-- councillint-disable date-consistency -->",
            body: """
            <!-- An ordinary comment -->
            <p>Cllr Hale <!-- councillint-disable-next-line members-named -- named by request -->spoke.</p>
            <!--
              councillint-enable
            -->
            """))
        XCTAssertEqual(document.suppressions, [
            SuppressionComment(scope: .regionStart, rules: ["date-consistency"], reason: nil, line: 3),
            SuppressionComment(scope: .nextLine, rules: ["members-named"], reason: "named by request", line: 6),
            SuppressionComment(scope: .regionEnd, rules: [], reason: nil, line: 7),
        ])
        XCTAssertEqual(document.blocks.map(\.text), ["Cllr Hale spoke."])
        XCTAssertEqual(position(of: "spoke", in: document), SourcePosition(line: 6, column: 86))
    }

    // MARK: - Malformed and empty input

    func test_malformedXHTML_readInRecoveryMode_withNoteAtFirstError() throws {
        let document = try readXHTML("""
        <html xmlns="http://www.w3.org/1999/xhtml"><body>
        <p>Item 4 &amp; 5 deferred.</p>
        <p>Cllr Hale&nbsp;said the <b>cost</p>
        <p>was &pound;1,200 &amp; VAT<br>for the Clerk&rsquo;s laptop.</p>
        </body></html>
        """)
        XCTAssertEqual(document.notes, [ReadNote(line: 3, message: "not well-formed XHTML, read in recovery mode")])
        XCTAssertEqual(document.blocks.map(\.text), [
            "Item 4 & 5 deferred.",
            "Cllr Hale said the cost",
            "was £1,200 & VAT for the Clerk\u{2019}s laptop.",
        ])
        XCTAssertEqual(position(of: "said", in: document), SourcePosition(line: 3, column: 19))
        XCTAssertEqual(position(of: "£", in: document), SourcePosition(line: 4, column: 8))
        XCTAssertEqual(position(of: "& VAT", in: document), SourcePosition(line: 4, column: 21))
        XCTAssertEqual(position(of: "s laptop", in: document), SourcePosition(line: 4, column: 54))
        assertTextMapsToSource(document)
    }

    func test_xhtmlWithNoRootEvenInRecovery_isReadAsHTML() throws {
        let document = try readXHTML("Minutes of the Annual Parish Meeting & AGM\n")
        XCTAssertEqual(document.notes, [ReadNote(line: 1, message: "not well-formed XHTML, read as HTML")])
        XCTAssertEqual(document.blocks.map(\.text), ["Minutes of the Annual Parish Meeting & AGM"])
        XCTAssertEqual(position(of: "AGM", in: document), SourcePosition(line: 1, column: 40))
    }

    func test_emptyAndWhitespaceOnlyInput_giveEmptyDocuments() throws {
        for text in ["", "  \n\t\r\n"] {
            for dialect in [MarkupReader.Dialect.xhtml, .html] {
                let document = try MarkupReader(dialect: dialect).read(bytes: Array(text.utf8), path: "empty")
                XCTAssertTrue(document.blocks.isEmpty)
                XCTAssertTrue(document.notes.isEmpty)
                XCTAssertNil(document.title)
            }
        }
    }

    // MARK: - Encodings

    func test_declaredEncodingThatDisagrees_isIgnored() throws {
        let xhtml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<html><body><p>Fee \u{A3}25 \u{2013} paid</p></body></html>"
        XCTAssertEqual(try readXHTML(xhtml).blocks.first?.text, "Fee £25 \u{2013} paid")
        let html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Fee \u{A3}25 \u{2013} paid</p></body></html>"
        XCTAssertEqual(try readHTML(html).blocks.first?.text, "Fee £25 \u{2013} paid")
    }

    func test_utf16AndWindows1252Files_keepPositions() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<html><body><p>Fee \u{A3}25 paid</p></body></html>"
        let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let fromUTF16 = try MarkupReader(dialect: .xhtml).read(bytes: utf16, path: "m.xhtml")
        XCTAssertEqual(fromUTF16.blocks.first?.text, "Fee £25 paid")
        XCTAssertEqual(position(of: "paid", in: fromUTF16), SourcePosition(line: 2, column: 24))
        let windows1252: [UInt8] = Array("<p>Fee ".utf8) + [0xA3] + Array("25 ".utf8) + [0x96] + Array(" paid</p>".utf8)
        let fromWindows1252 = try MarkupReader(dialect: .html).read(bytes: windows1252, path: "m.html")
        XCTAssertEqual(fromWindows1252.blocks.first?.text, "Fee £25 \u{2013} paid")
        XCTAssertEqual(position(of: "paid", in: fromWindows1252), SourcePosition(line: 1, column: 14))
    }

    // MARK: - Security

    func test_parserOptions_neverLoadOrSubstitute() {
        let xml = MarkupParser.xmlOptions
        XCTAssertNotEqual(xml & XML_PARSE_NONET.rawValue, 0)
        for forbidden in [XML_PARSE_NOENT, XML_PARSE_DTDLOAD, XML_PARSE_DTDATTR, XML_PARSE_DTDVALID, XML_PARSE_HUGE,
                          XML_PARSE_XINCLUDE] {
            XCTAssertEqual(xml & forbidden.rawValue, 0)
        }
        let html = MarkupParser.htmlOptions
        XCTAssertEqual(html & HTML_PARSE_NONET.rawValue, HTML_PARSE_NONET.rawValue)
        XCTAssertEqual(html & HTML_PARSE_RECOVER.rawValue, HTML_PARSE_RECOVER.rawValue)
        XCTAssertEqual(html & XML_PARSE_HUGE.rawValue, 0)
    }

    func test_malformedInput_printsNothing() throws {
        let pipe = Pipe()
        let savedError = dup(STDERR_FILENO)
        dup2(pipe.fileHandleForWriting.fileDescriptor, STDERR_FILENO)
        _ = try readXHTML("<html><body><p>Unclosed &nbsp; <b>bold</p><p a=1>x</body>")
        _ = try readHTML("<p>Soup &bogus <b><i>nesting</b></i> </ p> <![if x]>")
        fflush(stderr)
        dup2(savedError, STDERR_FILENO)
        close(savedError)
        try pipe.fileHandleForWriting.close()
        XCTAssertEqual(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self), "")
    }

    func test_filesReadOnParallelThreads_readAsOneByOne() throws {
        let pages = (1...16).map { number in
            xhtmlPage(body: "<h2>\(number). Item</h2><p>Cllr Hale &amp; Cllr Ames <b>agreed</b> item \(number).</p>")
        }
        let expected = try pages.map { try readXHTML($0).blocks.map(\.text) }
        let results = UnsafeMutableBufferPointer<[String]?>.allocate(capacity: pages.count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: pages.count * 4) { iteration in
            let (round, index) = iteration.quotientAndRemainder(dividingBy: pages.count)
            let dialect: MarkupReader.Dialect = round.isMultiple(of: 2) ? .xhtml : .html
            let texts = try? MarkupReader(dialect: dialect).read(bytes: Array(pages[index].utf8), path: "p").blocks.map(\.text)
            if round == 0 { results[index] = texts }
        }
        XCTAssertEqual(Array(results), expected.map { Optional($0) })
    }

    func test_externalEntityToLocalFile_isNeverRead() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("councillint-secret-\(UUID()).txt")
        try "TOP SECRET SALARY LIST".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let document = try readXHTML("""
        <?xml version="1.0"?>
        <!DOCTYPE html [ <!ENTITY leak SYSTEM "\(secret.absoluteString)"> ]>
        <html><body><p>Before &leak; after</p><p>&leak;</p></body></html>
        """)
        let text = document.blocks.map(\.text).joined(separator: "\n")
        XCTAssertFalse(text.contains("SECRET"))
        XCTAssertEqual(document.blocks.map(\.text), ["Before after"])
    }

    func test_externalEntityOverNetwork_isNotFetched() throws {
        let started = Date()
        let document = try readXHTML("""
        <?xml version="1.0"?>
        <!DOCTYPE html SYSTEM "http://127.0.0.1:9/dtd" [ <!ENTITY remote SYSTEM "http://127.0.0.1:9/x"> ]>
        <html><body><p>Agenda &remote; item</p></body></html>
        """)
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
        XCTAssertEqual(document.blocks.map(\.text), ["Agenda item"])
    }

    func test_parameterEntity_isNotLoaded() throws {
        let dtd = FileManager.default.temporaryDirectory.appendingPathComponent("councillint-\(UUID()).dtd")
        try "<!ENTITY injected \"INJECTED TEXT\">".write(to: dtd, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: dtd) }
        let document = try readXHTML("""
        <?xml version="1.0"?>
        <!DOCTYPE html [ <!ENTITY % external SYSTEM "\(dtd.absoluteString)"> %external; ]>
        <html><body><p>Text &injected; here</p></body></html>
        """)
        XCTAssertFalse(document.blocks.map(\.text).joined().contains("INJECTED"))
        XCTAssertEqual(document.blocks.first?.text, "Text here")
    }

    func test_billionLaughs_finishesQuicklyWithoutExpanding() throws {
        var declarations = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            let body = String(repeating: "&lol\(level - 1);", count: 10)
            declarations += "\n<!ENTITY lol\(level) \"\(body)\">"
        }
        let started = Date()
        let document = try readXHTML("""
        <?xml version="1.0"?>
        <!DOCTYPE html [
        \(declarations)
        ]>
        <html><body><p>Minutes &lol9; end</p></body></html>
        """)
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
        XCTAssertLessThan(document.blocks.map(\.text.count).reduce(0, +), 1000)
        XCTAssertFalse(document.blocks.map(\.text).joined().contains("lollol"))
    }

    func test_shortInternalEntity_isReadAsItsText() throws {
        let document = try readXHTML("""
        <?xml version="1.0"?>
        <!DOCTYPE html [ <!ENTITY council "Whitcombe Parish Council"> ]>
        <html><body><p>Minutes of &council; meeting</p></body></html>
        """)
        XCTAssertEqual(document.blocks.first?.text, "Minutes of Whitcombe Parish Council meeting")
        XCTAssertEqual(position(of: "Whitcombe", in: document), SourcePosition(line: 3, column: 27))
        XCTAssertEqual(position(of: "meeting", in: document), SourcePosition(line: 3, column: 37))
    }

    func test_200000NestedDivs_doNotCrash_andSayWhy() {
        let text = "<html><body>" + String(repeating: "<div>", count: 200_000) + "Deep text"
            + String(repeating: "</div>", count: 200_000) + "<p>After</p></body></html>"
        for dialect in [MarkupReader.Dialect.xhtml, .html] {
            XCTAssertThrowsError(try MarkupReader(dialect: dialect).read(bytes: Array(text.utf8), path: "deep.html")) { error in
                let readError = error as? ReadError
                XCTAssertEqual(readError?.line, 1)
                XCTAssertEqual(readError?.message.hasPrefix("elements are nested more than 256 deep"), true)
            }
        }
    }

    // MARK: - Scale

    func test_largeDocument_readsWholeWithExactPositions() throws {
        var body = ""
        for item in 1...20_000 {
            body += "<h2>\(item). Item</h2>\n<p>Cllr Hale &amp; Cllr Ames <b>agreed</b> item \(item).</p>\n"
        }
        let document = try readXHTML(xhtmlPage(body: body + "<p>Closed.</p>"))
        XCTAssertEqual(document.blocks.count, 40_001)
        XCTAssertEqual(document.blocks[39_999].text, "Cllr Hale & Cllr Ames agreed item 20000.")
        XCTAssertEqual(position(of: "Closed", in: document), SourcePosition(line: 40_005, column: 4))
        XCTAssertEqual(document.blocks[39_999].position(atUTF8Offset: 22), SourcePosition(line: 40_004, column: 33))
    }
}
