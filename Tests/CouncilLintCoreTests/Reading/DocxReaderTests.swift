import Foundation
import XCTest
import ZIPFoundation
@testable import CouncilLintCore

final class DocxReaderTests: XCTestCase {
    // MARK: - Reading minutes

    func test_minutes_becomeBlocksOfTheRightKindAndLevel() throws {
        let document = try DocxReader().read(bytes: try WordPackage.minutes(), path: "minutes.docx")
        let expected: [(BlockKind, Int, String)] = [
            (.heading, 1, "Minutes of the Parish Council"),
            (.paragraph, 0, "Minutes of the meeting of Ashcombe Parish Council held on Tuesday 14 May 2024 at 7.30pm in the Village Hall."),
            (.heading, 2, "Apologies for absence"),
            (.listItem, 0, "Apologies were received from Cllr Hale (work commitments)."),
            (.listItem, 0, "Cllr Patel (illness)."),
            (.paragraph, 0, "Resolved: that the minutes of the meeting held on 9 April 2024 be approved as a correct record; proposed Cllr Hale, non-voting member abstaining. See page 2"),
            (.heading, 2, "Payments"),
            (.tableRow, 0, "Payee | Description | Amount"),
            (.tableRow, 0, "A. Smith | Clerk’s salary (April) PAYE included | £1,245.60"),
            (.tableRow, 0, "Ashcombe Village Hall | Hall hire | £45.00"),
            (.tableRow, 0, "| Total | £1,290.60"),
            (.paragraph, 0, "The meeting closed at 9.05pm."),
        ]
        XCTAssertEqual(document.blocks.map(\.kind), expected.map(\.0))
        XCTAssertEqual(document.blocks.map(\.level), expected.map(\.1))
        XCTAssertEqual(document.blocks.map(\.text), expected.map(\.2))
        XCTAssertEqual(document.format, .docx)
    }

    func test_lineIsTheParagraphNumber_countingEmptyParagraphsAndTableRows() throws {
        let document = try DocxReader().read(bytes: try WordPackage.minutes(), path: "minutes.docx")
        XCTAssertEqual(document.blocks.map(\.startPosition.line), [1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
        XCTAssertEqual(document.sourceLines.count, 13)
        XCTAssertEqual(document.sourceLine(3), "")
        XCTAssertEqual(document.sourceLine(12), " | Total | £1,290.60")
    }

    func test_runsSplitMidWord_joinWithoutSpaces_andColumnsCountIntoTheParagraph() throws {
        let document = try DocxReader().read(bytes: try WordPackage.minutes(), path: "minutes.docx")
        let opening = document.blocks[1]
        XCTAssertEqual(position(of: "Parish", in: opening), SourcePosition(line: 2, column: 36))
        XCTAssertEqual(position(of: "ish Council", in: opening), SourcePosition(line: 2, column: 39))
        XCTAssertEqual(position(of: "h Council", in: opening), SourcePosition(line: 2, column: 41))
    }

    func test_trackedChangesFieldsAndSpecialCharacters_readAsWordShowsThem() throws {
        let document = try DocxReader().read(bytes: try WordPackage.minutes(), path: "minutes.docx")
        XCTAssertEqual(document.sourceLine(7), "Resolved: that the minutes of the meeting held on 9 April 2024 be approved"
            + " as a correct record; proposed Cllr Hale, non-voting member abstaining. See page 2")
        let resolution = document.blocks[5]
        XCTAssertEqual(position(of: "that", in: resolution), SourcePosition(line: 7, column: 11))
        XCTAssertFalse(resolution.text.contains("signed"), "deleted text is not read")
        XCTAssertFalse(resolution.text.contains("PAGE"), "field codes are not read")
    }

    func test_tableRow_columnsCountCharactersNotBytes() throws {
        let document = try DocxReader().read(bytes: try WordPackage.minutes(), path: "minutes.docx")
        let salary = document.blocks[8]
        XCTAssertEqual(position(of: "£", in: salary), SourcePosition(line: 10, column: 51))
        XCTAssertEqual(position(of: "245", in: salary), SourcePosition(line: 10, column: 54))
        XCTAssertEqual(position(of: "Total", in: document.blocks[10]), SourcePosition(line: 12, column: 4))
    }

    func test_title_comesFromCoreProperties_andCreationDatesAreNotDocumentDates() throws {
        let document = try DocxReader().read(bytes: try WordPackage.minutes(), path: "minutes.docx")
        XCTAssertEqual(document.title, "Ashcombe Parish Council – Minutes of 14 May 2024")
        XCTAssertEqual(document.declaredDates, [])
        XCTAssertEqual(document.notes, [])
    }

    // MARK: - Styles

    func test_withoutStylesPart_builtInStyleIdsStillMakeHeadings() throws {
        let body = WordPackage.paragraph("Annual Parish Meeting", style: "Title")
            + WordPackage.paragraph("Chairman’s report", style: "Heading3")
            + WordPackage.paragraph("The Chairman thanked the volunteers.", style: "BodyText")
        let document = try DocxReader().read(bytes: try WordPackage.make(body: body, styles: nil), path: "a.docx")
        XCTAssertEqual(document.blocks.map(\.kind), [.heading, .heading, .paragraph])
        XCTAssertEqual(document.blocks.map(\.level), [1, 3, 0])
    }

    func test_localisedStyleIds_areResolvedThroughTheirBuiltInNames() throws {
        let styles = WordPackage.styles("""
            <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>
            <w:style w:type="paragraph" w:styleId="Protokoll"><w:name w:val="Protokoll"/><w:basedOn w:val="berschrift1"/>\
            <w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
            """)
        let body = WordPackage.paragraph("Niederschrift", style: "berschrift1")
            + WordPackage.paragraph("Anwesend: alle Mitglieder", style: "Protokoll")
        let document = try DocxReader().read(bytes: try WordPackage.make(body: body, styles: styles), path: "a.docx")
        XCTAssertEqual(document.blocks.map(\.kind), [.heading, .paragraph])
        XCTAssertEqual(document.blocks.first?.level, 1)
    }

    func test_numberingRemovedWithNumIdZero_isAParagraph() throws {
        let body = """
            <w:p><w:pPr><w:pStyle w:val="ListNumber"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr>\
            <w:r><w:t>Noted.</w:t></w:r></w:p>
            """
        let document = try DocxReader().read(bytes: try WordPackage.make(body: body), path: "a.docx")
        XCTAssertEqual(document.blocks.map(\.kind), [.paragraph])
    }

    // MARK: - Refusals

    func test_notAZip_isRefused() {
        let pdf = Array("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8)
        XCTAssertEqual(readError(pdf)?.message, "not a Word document (not a zip archive)")
    }

    func test_truncatedZip_isRefusedAsDamaged() throws {
        let bytes = try WordPackage.minutes()
        XCTAssertEqual(readError(Array(bytes.prefix(bytes.count / 2)))?.message,
                       "not a Word document (the zip archive is damaged or truncated)")
    }

    func test_corruptedCompressedData_isRefusedAsDamaged() throws {
        var bytes = try WordPackage.minutes()
        let data = try XCTUnwrap(WordPackage.compressedDataRange(of: "word/document.xml", in: bytes))
        for index in stride(from: data.lowerBound + 20, to: data.upperBound - 20, by: 7) { bytes[index] ^= 0x5A }
        let message = try XCTUnwrap(readError(bytes)?.message)
        XCTAssertTrue(message.hasPrefix("not a Word document (word/document.xml is damaged"), message)
    }

    func test_zipWithoutDocumentPart_isRefused() throws {
        let bytes = try WordPackage.zip([("[Content_Types].xml", WordPackage.contentTypes), ("xl/workbook.xml", "<workbook/>")])
        XCTAssertEqual(readError(bytes)?.message, "not a Word document (the zip archive has no word/document.xml)")
    }

    func test_malformedDocumentXML_isRefusedWithTheXMLLine() throws {
        let bytes = try WordPackage.zip([("word/document.xml", """
            <?xml version="1.0"?>
            <w:document xmlns:w="\(WordPackage.wordNamespace)"><w:body>
            <w:p><w:r><w:t>Minutes</w:r></w:p></w:body></w:document>
            """)])
        let message = try XCTUnwrap(readError(bytes)?.message)
        XCTAssertTrue(message.hasPrefix("word/document.xml is not well-formed XML (line 3:"), message)
    }

    func test_zipBomb_declaringHundredMebibytes_isRefusedBeforeInflating() throws {
        // Deflating a real 100 MiB entry takes seconds in a debug build; its headers are what the reader sees first.
        var bytes = try WordPackage.zip(spaces: 1 << 20, named: "word/document.xml")
        XCTAssertEqual(WordPackage.patchDeclaredUncompressedSize(of: "word/document.xml", to: 100 << 20, in: &bytes), 2)
        XCTAssertLessThan(bytes.count, 64 << 10)
        XCTAssertEqual(readError(bytes)?.message,
                       "word/document.xml is larger than 64 MiB uncompressed; refusing to read (zip bomb?)")
    }

    func test_zipBomb_lyingAboutItsSize_isStoppedWhileInflating() throws {
        var bytes = try WordPackage.zip(spaces: 2 << 20, named: "word/document.xml")
        XCTAssertEqual(WordPackage.patchDeclaredUncompressedSize(of: "word/document.xml", to: 1000, in: &bytes), 2)
        XCTAssertEqual(readError(bytes, reader: DocxReader(maximumUncompressedSize: 1 << 20))?.message,
                       "word/document.xml is larger than 1 MiB uncompressed; refusing to read (zip bomb?)")
    }

    func test_sizeLimit_coversAllExtractedPartsTogether() throws {
        let padding = "<!--" + String(repeating: " ", count: 600 << 10) + "-->"
        let bytes = try WordPackage.make(body: padding + WordPackage.paragraph("Minutes"),
                                         styles: WordPackage.styles(padding))
        XCTAssertEqual(readError(bytes, reader: DocxReader(maximumUncompressedSize: 1 << 20))?.message,
                       "the parts of this document are larger than 1 MiB uncompressed in all; refusing to read (zip bomb?)")
    }

    func test_offsetsPastTheEnd_areRefusedAsDamaged_notACrash() throws {
        // ZIPFoundation's in-memory archive traps on a seek past its data (weichsel/ZIPFoundation#394).
        for (field, value) in [(42, 0x7FFF_0000), (20, 0x00FF_0000)] as [(Int, UInt32)] {
            var bytes = try WordPackage.minutes()
            XCTAssertEqual(WordPackage.patchCentralDirectory(of: "word/document.xml", field: field, to: value, in: &bytes), 1)
            XCTAssertEqual(readError(bytes)?.message, "not a Word document (the zip archive is damaged or truncated)",
                           "central directory field at +\(field)")
        }
    }

    func test_unknownCompressionMethod_isRefusedNamingIt() throws {
        var bytes = try WordPackage.minutes()
        // The method sits 10 bytes into a central directory header (a 16-bit field, the next one is the time).
        XCTAssertEqual(WordPackage.patchCentralDirectory(of: "word/document.xml", field: 10, to: 0x1234_000C, in: &bytes), 1)
        XCTAssertEqual(readError(bytes)?.message, "not a Word document (word/document.xml cannot be unpacked: compression method 12)")
    }

    func test_zip64SizeMarker_isRefused() throws {
        var bytes = try WordPackage.minutes()
        XCTAssertEqual(WordPackage.patchCentralDirectory(of: "word/document.xml", field: 24, to: 0xFFFF_FFFF, in: &bytes), 1)
        XCTAssertEqual(readError(bytes)?.message,
                       "not a Word document (the zip archive uses ZIP64 extensions, which no Word document within the size limit needs)")
    }

    func test_externalEntity_isRefused_andTheFileNeverAppears() throws {
        let secret = try makeSecretFile()
        let bytes = try WordPackage.zip([("word/document.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE w:document [<!ENTITY secret SYSTEM "\(secret.absoluteString)">]>
            <w:document xmlns:w="\(WordPackage.wordNamespace)"><w:body>
            <w:p><w:r><w:t>Minutes &secret; end</w:t></w:r></w:p></w:body></w:document>
            """)])
        let error = try XCTUnwrap(readError(bytes))
        XCTAssertTrue(error.message.hasPrefix("word/document.xml declares a DTD"), error.message)
        XCTAssertFalse(error.description.contains(Self.secretMarker))
    }

    func test_externalEntityInCoreProperties_leavesNoTitle_andTheFileNeverAppears() throws {
        let secret = try makeSecretFile()
        let core = """
            <?xml version="1.0"?>
            <!DOCTYPE cp:coreProperties [<!ENTITY secret SYSTEM "\(secret.absoluteString)">]>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&secret;</dc:title></cp:coreProperties>
            """
        let bytes = try WordPackage.make(body: WordPackage.paragraph("Minutes"), core: core)
        let document = try DocxReader().read(bytes: bytes, path: "a.docx")
        XCTAssertNil(document.title)
        XCTAssertEqual(document.notes.count, 1)
        XCTAssertFalse(document.notes.contains { $0.message.contains(Self.secretMarker) })
        XCTAssertEqual(document.blocks.map(\.text), ["Minutes"])
    }

    func test_externalEntityOverHTTP_isRefused_withoutConnecting() throws {
        let listener = try LocalListener()
        let bytes = try WordPackage.zip([("word/document.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE w:document [<!ENTITY remote SYSTEM "\(listener.url)">]>
            <w:document xmlns:w="\(WordPackage.wordNamespace)"><w:body>
            <w:p><w:r><w:t>Minutes &remote; end</w:t></w:r></w:p></w:body></w:document>
            """)])
        let error = try XCTUnwrap(readError(bytes))
        XCTAssertTrue(error.message.hasPrefix("word/document.xml declares a DTD"), error.message)
        XCTAssertFalse(listener.wasConnectedTo, "the reader connected to \(listener.url)")
    }

    func test_parameterEntity_isRefused_andNeitherFileNorNetworkIsRead() throws {
        let secret = try makeSecretFile()
        let listener = try LocalListener()
        let bytes = try WordPackage.zip([("word/document.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE w:document [<!ENTITY % local SYSTEM "\(secret.absoluteString)">
            <!ENTITY % remote SYSTEM "\(listener.url)"> %local; %remote;]>
            <w:document xmlns:w="\(WordPackage.wordNamespace)"><w:body>
            <w:p><w:r><w:t>Minutes</w:t></w:r></w:p></w:body></w:document>
            """)])
        let error = try XCTUnwrap(readError(bytes))
        XCTAssertTrue(error.message.hasPrefix("word/document.xml "), error.message)
        XCTAssertFalse(error.description.contains(Self.secretMarker))
        XCTAssertFalse(listener.wasConnectedTo, "the reader connected to \(listener.url)")
    }

    func test_deepNesting_isRefusedWithALocatedMessage() throws {
        let depth = 100_000
        let nested = String(repeating: "<w:sdt><w:sdtContent>", count: depth) + String(repeating: "</w:sdtContent></w:sdt>", count: depth)
        let bytes = try WordPackage.make(body: nested + WordPackage.paragraph("Minutes"))
        let message = try XCTUnwrap(readError(bytes)?.message)
        XCTAssertTrue(message.hasPrefix("word/document.xml is not well-formed XML (line "), message)
    }

    func test_billionLaughs_isRefusedWithoutExpanding() throws {
        var declarations = #"<!ENTITY lol0 "lol">"#
        for level in 1...9 {
            let references = String(repeating: "&lol\(level - 1);", count: 10)
            declarations += #"<!ENTITY lol\#(level) "\#(references)">"#
        }
        let bytes = try WordPackage.zip([("word/document.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE w:document [\(declarations)]>
            <w:document xmlns:w="\(WordPackage.wordNamespace)"><w:body>
            <w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>
            """)])
        let error = try XCTUnwrap(readError(bytes))
        XCTAssertTrue(error.message.hasPrefix("word/document.xml "), error.message)
        XCTAssertLessThan(error.description.utf8.count, 500)
        XCTAssertFalse(error.message.contains("lollol"))
    }

    // MARK: - Helpers

    private func position(of needle: String, in block: Block, file: StaticString = #filePath,
                          line: UInt = #line) -> SourcePosition? {
        guard let range = block.text.range(of: needle) else {
            XCTFail("\"\(needle)\" not in \"\(block.text)\"", file: file, line: line)
            return nil
        }
        return block.position(atUTF8Offset: block.text.utf8.distance(from: block.text.startIndex, to: range.lowerBound))
    }

    private static let secretMarker = "COUNCIL-SECRET-7f3a"

    /// A file on disk whose content must never reach a document through an XML entity.
    private func makeSecretFile() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("councillint-secret-\(UUID().uuidString).txt")
        try Data(Self.secretMarker.utf8).write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    private func readError(_ bytes: [UInt8], reader: DocxReader = DocxReader()) -> ReadError? {
        do {
            let document = try reader.read(bytes: bytes, path: "bad.docx")
            XCTFail("read \(document.blocks.count) blocks from a document that should be refused")
            return nil
        } catch {
            XCTAssertEqual(error.path, "bad.docx")
            return error
        }
    }
}

/// Builds small Word packages in memory, the way Word lays them out.
enum WordPackage {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """

    static func document(body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(wordNamespace)" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\(body)\
        <w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>
        """
    }

    static func styles(_ definitions: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="\(wordNamespace)">\(definitions)</w:styles>
        """
    }

    static func paragraph(_ text: String, style: String? = nil) -> String {
        let properties = style.map { #"<w:pPr><w:pStyle w:val="\#($0)"/></w:pPr>"# } ?? ""
        return "<w:p>\(properties)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    static let builtInStyles = styles("""
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="AgendaHeading"><w:name w:val="Agenda Heading"/>\
        <w:basedOn w:val="Heading2"/></w:style>
        <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>\
        <w:basedOn w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
        <w:style w:type="character" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/></w:style>
        """)

    static let minutesCore = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>Ashcombe Parish Council –
          Minutes of 14 May 2024</dc:title><dc:creator>Clerk</dc:creator>\
        <dcterms:created xsi:type="dcterms:W3CDTF">2019-01-07T09:00:00Z</dcterms:created>\
        <dcterms:modified xsi:type="dcterms:W3CDTF">2024-05-20T16:12:00Z</dcterms:modified></cp:coreProperties>
        """

    /// Minutes as a clerk types them: styles, numbering, tracked changes, a field and a payments table.
    static func minutes() throws -> [UInt8] {
        let body = """
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Minutes of the Parish Council</w:t></w:r></w:p>\
            <w:p><w:r><w:t xml:space="preserve">Minutes of the meeting of Ashcombe Par</w:t></w:r>\
            <w:r><w:rPr><w:b/></w:rPr><w:t>is</w:t></w:r><w:proofErr w:type="spellStart"/>\
            <w:r><w:t xml:space="preserve">h Council held on Tuesday 14 May 2024 at 7.30pm in the Village Hall.</w:t></w:r></w:p>\
            <w:p/>\
            <w:p><w:pPr><w:pStyle w:val="AgendaHeading"/></w:pPr><w:r><w:t>Apologies for absence</w:t></w:r></w:p>\
            <w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>\
            <w:r><w:t>Apologies were received from Cllr Hale (work commitments).</w:t></w:r></w:p>\
            <w:p><w:pPr><w:pStyle w:val="ListNumber"/></w:pPr><w:r><w:t>Cllr Patel (illness).</w:t></w:r></w:p>\
            <w:p><w:r><w:t>Resolved:</w:t></w:r><w:r><w:tab/>\
            <w:t xml:space="preserve">that the minutes of the meeting held on 9 April 2024 be approved</w:t></w:r>\
            <w:del w:id="1" w:author="Clerk"><w:r><w:delText xml:space="preserve"> and signed</w:delText></w:r></w:del>\
            <w:ins w:id="2" w:author="Clerk"><w:r><w:t xml:space="preserve"> as a correct record</w:t></w:r></w:ins>\
            <w:r><w:t>; proposed Cllr Hale, non</w:t></w:r><w:r><w:noBreakHyphen/><w:t>voting member abstaining.</w:t></w:r>\
            <w:r><w:br/><w:t xml:space="preserve">See page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>\
            <w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>\
            <w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>\
            <w:p><w:pPr><w:pStyle w:val="Heading2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr>\
            <w:r><w:t>Payments</w:t></w:r></w:p>\
            <w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid>\
            \(row(["Payee", "Description", "Amount"]))\
            <w:tr><w:tc><w:p><w:r><w:t>A. Smith</w:t></w:r></w:p></w:tc>\
            <w:tc><w:p><w:r><w:t>Clerk’s salary (April)</w:t></w:r></w:p><w:p><w:r><w:t>PAYE included</w:t></w:r></w:p></w:tc>\
            <w:tc><w:p><w:r><w:t>£1,245.60</w:t></w:r></w:p></w:tc></w:tr>\
            \(row(["Ashcombe Village Hall", "Hall hire", "£45.00"]))\
            \(row(["", "Total", "£1,290.60"]))\
            </w:tbl>\
            <w:p><w:r><w:t>The meeting closed at 9.05pm.</w:t></w:r></w:p>
            """
        return try make(body: body, styles: builtInStyles, core: minutesCore)
    }

    private static func row(_ cells: [String]) -> String {
        "<w:tr>" + cells.map { "<w:tc><w:tcPr><w:tcW w:w=\"3000\"/></w:tcPr>\(paragraph($0))</w:tc>" }.joined() + "</w:tr>"
    }

    static func make(body: String, styles: String? = builtInStyles, core: String? = nil) throws -> [UInt8] {
        var parts: [(name: String, content: String)] = [("[Content_Types].xml", contentTypes), ("word/document.xml", document(body: body))]
        if let styles { parts.append(("word/styles.xml", styles)) }
        if let core { parts.append(("docProps/core.xml", core)) }
        return try zip(parts)
    }

    static func zip(_ parts: [(name: String, content: String)]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let data = Data(part.content.utf8)
            try archive.addEntry(with: part.name, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(try XCTUnwrap(archive.data))
    }

    /// A zip holding `count` spaces as `name`, deflated chunk by chunk so it is never held whole.
    static func zip(spaces count: Int, named name: String) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let chunk = Data(repeating: UInt8(ascii: " "), count: 1 << 16)
        try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(count), compressionMethod: .deflate,
                             bufferSize: chunk.count) { _, size in
            chunk.prefix(size)
        }
        return Array(try XCTUnwrap(archive.data))
    }

    /// Where the compressed bytes of `name` lie, read from its local file header.
    static func compressedDataRange(of name: String, in bytes: [UInt8]) -> Range<Int>? {
        guard let header = headerOffsets(of: name, in: bytes, signature: 0x0403_4B50, nameOffset: 30).first else { return nil }
        let start = header + 30 + Int(littleEndian(bytes, at: header + 26, width: 2))
            + Int(littleEndian(bytes, at: header + 28, width: 2))
        return start..<(start + Int(littleEndian(bytes, at: header + 18, width: 4)))
    }

    /// Rewrites the uncompressed size that the local header and the central directory declare
    /// for `name`, as a zip bomb would; returns how many headers were changed.
    static func patchDeclaredUncompressedSize(of name: String, to size: UInt32, in bytes: inout [UInt8]) -> Int {
        let local = headerOffsets(of: name, in: bytes, signature: 0x0403_4B50, nameOffset: 30).map { $0 + 22 }
        let central = headerOffsets(of: name, in: bytes, signature: 0x0201_4B50, nameOffset: 46).map { $0 + 24 }
        for field in local + central {
            for byte in 0..<4 { bytes[field + byte] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(byte))) }
        }
        return local.count + central.count
    }

    /// Rewrites the 32-bit field `field` bytes into the central directory header of `name`; returns how many headers changed.
    static func patchCentralDirectory(of name: String, field: Int, to value: UInt32, in bytes: inout [UInt8]) -> Int {
        let headers = headerOffsets(of: name, in: bytes, signature: 0x0201_4B50, nameOffset: 46)
        for header in headers {
            for byte in 0..<4 { bytes[header + field + byte] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(byte))) }
        }
        return headers.count
    }

    private static func headerOffsets(of name: String, in bytes: [UInt8], signature: UInt32, nameOffset: Int) -> [Int] {
        let nameBytes = Array(name.utf8)
        return (0..<max(0, bytes.count - nameOffset - nameBytes.count)).filter { offset in
            littleEndian(bytes, at: offset, width: 4) == signature
                && Array(bytes[(offset + nameOffset)..<(offset + nameOffset + nameBytes.count)]) == nameBytes
        }
    }

    private static func littleEndian(_ bytes: [UInt8], at offset: Int, width: Int) -> UInt32 {
        (0..<width).reduce(UInt32(0)) { value, index in value | UInt32(bytes[offset + index]) << (8 * UInt32(index)) }
    }
}
