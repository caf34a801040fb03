import XCTest
@testable import CouncilLintCore

final class PlainTextReaderTests: XCTestCase {
    private func read(_ text: String) throws -> Document {
        try PlainTextReader().read(bytes: Array(text.utf8), path: "t.txt")
    }

    func test_blankLines_separateParagraphs_andPositionsPointAtSource() throws {
        let document = try read("MINUTES\n\n  Cllr Hale   proposed\nthe motion.\n")
        XCTAssertEqual(document.blocks.map(\.text), ["MINUTES", "Cllr Hale proposed the motion."])
        let block = document.blocks[1]
        XCTAssertEqual(block.startPosition, SourcePosition(line: 3, column: 3))
        let offset = block.text.utf8.count - "the motion.".utf8.count
        XCTAssertEqual(block.position(atUTF8Offset: offset), SourcePosition(line: 4, column: 1))
        let proposed = Array(block.text.utf8).firstIndex(of: UInt8(ascii: "p"))!
        XCTAssertEqual(block.position(atUTF8Offset: proposed), SourcePosition(line: 3, column: 15))
    }

    func test_itemNumberLine_startsNewBlock() throws {
        let document = try read("1. Apologies\nNone received.\n2. Declarations of interest\nNone.")
        XCTAssertEqual(document.blocks.first?.text, "1. Apologies None received.")
        XCTAssertEqual(document.blocks.count, 2)
    }

    func test_crlfAndCROnly_keepEditorLineNumbers() throws {
        let crlf = try read("one\r\n\r\ntwo")
        XCTAssertEqual(crlf.blocks.last?.startPosition.line, 3)
        let cr = try read("one\r\rtwo")
        XCTAssertEqual(cr.blocks.last?.startPosition.line, 3)
    }

    func test_windows1252_poundSignAndCurlyQuotes() throws {
        let bytes: [UInt8] = Array("Cost ".utf8) + [0xA3] + Array("50 ".utf8) + [0x93] + Array("ok".utf8) + [0x94]
        let document = try PlainTextReader().read(bytes: bytes, path: "t.txt")
        XCTAssertEqual(document.blocks.first?.text, "Cost £50 \u{201C}ok\u{201D}")
    }

    func test_pdfWithTxtName_isNotATextDocument() {
        XCTAssertThrowsError(try read("%PDF-1.7\n...")) { error in
            XCTAssertEqual((error as? ReadError)?.line, 1)
        }
    }
}

final class MarkdownPositionTests: XCTestCase {
    func test_textAfterInlineEmphasisInsideAWord_keepsItsColumn() throws {
        let document = try MarkdownReader().read(bytes: Array("The item was **no**ted by members.".utf8), path: "t.md")
        let block = try XCTUnwrap(document.blocks.first)
        XCTAssertEqual(block.text, "The item was noted by members.")
        let tedOffset = block.text.utf8.count - "ted by members.".utf8.count
        XCTAssertEqual(block.position(atUTF8Offset: tedOffset), SourcePosition(line: 1, column: 20))
    }

    func test_linesOpeningWithAnyItemReference_startTheirOwnBlock_asInPlainText() throws {
        // Committee prefixes and roman numerals as well as plain numbers.
        let text = "The minutes were agreed.\nFC24/262 Planning applications\n(iv) Footpaths\n7. Finance\n"
        let markdown = try MarkdownReader().read(bytes: Array(text.utf8), path: "t.md")
        XCTAssertEqual(markdown.blocks.map(\.text),
                       ["The minutes were agreed.", "FC24/262 Planning applications", "(iv) Footpaths", "7. Finance"])
        XCTAssertEqual(markdown.blocks.map(\.text), try PlainTextReader().read(bytes: Array(text.utf8), path: "t.txt").blocks.map(\.text))
    }
}
