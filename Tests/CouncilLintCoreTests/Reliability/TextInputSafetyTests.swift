import Foundation
import XCTest
@testable import CouncilLintCore

/// Hostile and odd text files: every one is read to a document or refused with a located
/// error, in time that grows with the file's size, never by crashing.
final class TextInputSafetyTests: XCTestCase {
    private let textFormats: [DocumentFormat] = [.plainText, .markdown]
    private let linter = Linter(catalogue: .builtIn, options: Linter.Options(discoverProfiles: false))

    private func read(_ bytes: [UInt8], as format: DocumentFormat) throws -> Document {
        try DocumentReaders.reader(for: format).read(bytes: bytes, path: "input")
    }

    private func lint(_ bytes: [UInt8], as format: DocumentFormat) -> FileReport {
        linter.lint(bytes: bytes, path: "input", format: format, profile: nil)
    }

    private func refusal(_ bytes: [UInt8], as format: DocumentFormat, file: StaticString = #filePath,
                         line: UInt = #line) -> ReadError? {
        do {
            let document = try read(bytes, as: format)
            XCTFail("read \(document.blocks.count) blocks from input that should be refused", file: file, line: line)
            return nil
        } catch let error as ReadError {
            return error
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
            return nil
        }
    }

    // MARK: Empty and blank

    func test_emptyFile_hasNoBlocks_andLintsWithoutErrorOrFinding() throws {
        for format in textFormats {
            XCTAssertEqual(try read([], as: format).blocks.count, 0, "\(format)")
            let report = lint([], as: format)
            XCTAssertNil(report.error, "\(format)")
            XCTAssertEqual(report.findings.map(\.rule), [], "\(format)")
        }
    }

    func test_whitespaceOnlyFile_hasNoBlocks_andLintsWithoutErrorOrFinding() throws {
        let blank = Array(" \n\t\n   \r\n\u{0C}\n\u{00A0}\u{2003}\n\n".utf8)
        for format in textFormats {
            XCTAssertEqual(try read(blank, as: format).blocks.count, 0, "\(format)")
            let report = lint(blank, as: format)
            XCTAssertNil(report.error, "\(format)")
            XCTAssertEqual(report.findings.map(\.rule), [], "\(format)")
        }
    }

    // MARK: Encodings

    func test_nulBytes_areNotATextDocument_atTheStartAndPastTheSniffedPrefix() {
        let early = Array("Minutes\0of the meeting".utf8)
        let late = Array(String(repeating: "Minutes of the meeting. ", count: 1_000).utf8) + [0] + Array("end".utf8)
        for format in textFormats {
            for bytes in [early, late] {
                let error = refusal(bytes, as: format)
                XCTAssertEqual(error?.message, "not a text document (it contains NUL bytes)", "\(format)")
                XCTAssertEqual(error?.line, 1)
            }
        }
    }

    func test_controlBytesOneByteInEight_areBinary_whereverTheyFall_andAllowedControlsAreNot() {
        // One byte in eight is past the one-in-ten limit, at each of the eight offsets.
        let text = Array("Café minutes, 12 May 2025 — item 25/041: the Clerk reported on it.".utf8.prefix(64))
        for offset in 0..<8 {
            var bytes = text
            for position in stride(from: offset, to: bytes.count, by: 8) { bytes[position] = 0x01 }
            XCTAssertEqual(refusal(bytes, as: .plainText)?.message, "not a text document (it looks like binary data)",
                           "control bytes from offset \(offset)")
        }
        let allowed = (0..<64).flatMap { index in [UInt8(ascii: "a"), [0x09, 0x0A, 0x0C, 0x0D][index % 4]] }
        XCTAssertNoThrow(try read(allowed, as: .plainText))
    }

    func test_invalidUTF8_isReadAsWindows1252_keepingEveryByte() throws {
        // A lone lead byte, a truncated sequence at the end, an overlong slash and a surrogate half.
        let bytes = Array("Cllr Hale ".utf8) + [0xC3, 0x28] + Array(" paid ".utf8) + [0xC0, 0xAF, 0xED, 0xA0, 0x80]
            + Array(" for the hall ".utf8) + [0xE2, 0x82]
        let source = try SourceText(bytes: bytes, path: "input")
        XCTAssertEqual(source.encoding, .windows1252)
        XCTAssertEqual(source.text.unicodeScalars.count, bytes.count, "one character per byte, none dropped or replaced")
        for format in textFormats {
            let document = try read(bytes, as: format)
            // 0xA0 is a no-break space, folded like any space.
            XCTAssertEqual(document.blocks.first?.text, "Cllr Hale Ã( paid À¯í € for the hall â‚", "\(format)")
            XCTAssertNil(lint(bytes, as: format).error)
        }
    }

    func test_utf16WithByteOrderMark_littleAndBigEndian_keepsEditorLineNumbers() throws {
        let text = "Minutes of the meeting\r\n\r\nCllr Hale declared an interest in item 5 – the £250 grant.\r\n"
        for (bom, encoding) in [([UInt8(0xFF), 0xFE], String.Encoding.utf16LittleEndian), ([UInt8(0xFE), 0xFF], .utf16BigEndian)] {
            let bytes = bom + Array(try XCTUnwrap(text.data(using: encoding)))
            for format in textFormats {
                let document = try read(bytes, as: format)
                XCTAssertEqual(document.blocks.map(\.text), ["Minutes of the meeting",
                                                            "Cllr Hale declared an interest in item 5 – the £250 grant."], "\(format)")
                XCTAssertEqual(document.blocks.last?.startPosition, SourcePosition(line: 3, column: 1), "\(format)")
            }
        }
    }

    func test_utf16_oddLengthAndLoneSurrogate_areReadWithReplacementCharacters() throws {
        // "Hi", a lone high surrogate, "!", then half a code unit.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00, 0x00, 0xD8, 0x21, 0x00, 0x41]
        for format in textFormats {
            XCTAssertEqual(try read(bytes, as: format).blocks.map(\.text), ["Hi\u{FFFD}!"], "\(format)")
        }
    }

    func test_utf16ContainingANulCharacter_isNotATextDocument() {
        let bytes: [UInt8] = [0xFE, 0xFF, 0x00, 0x41, 0x00, 0x00, 0x00, 0x42]
        for format in textFormats {
            XCTAssertEqual(refusal(bytes, as: format)?.message, "not a text document (it contains NUL bytes)")
        }
    }

    func test_windows1252_everyHighByteDecodes_includingTheFiveUnassigned() throws {
        let high = (0x80...0xFF).map(UInt8.init)
        let bytes = Array("Paid: ".utf8) + high
        let source = try SourceText(bytes: bytes, path: "input")
        XCTAssertEqual(source.encoding, .windows1252)
        let scalars = Array(source.text.unicodeScalars.dropFirst(6))
        XCTAssertEqual(scalars.count, high.count)
        XCTAssertEqual(scalars[0], "€")
        XCTAssertEqual(scalars[0x81 - 0x80].value, 0x81, "unassigned bytes map to themselves")
        XCTAssertEqual(scalars[0xA3 - 0x80], "£")
        XCTAssertEqual(scalars[0xFF - 0x80], "ÿ")
        for format in textFormats { XCTAssertNil(lint(bytes, as: format).error, "\(format)") }
    }

    func test_crOnlyLineEndings_giveEditorLineNumbersInMarkdown() throws {
        let bytes = Array("# Minutes\r\rPresent: Cllr Hale\r\r## 2. Apologies\rNone.".utf8)
        let document = try read(bytes, as: .markdown)
        XCTAssertEqual(document.blocks.map(\.text), ["Minutes", "Present: Cllr Hale", "2. Apologies", "None."])
        XCTAssertEqual(document.blocks.map(\.startPosition.line), [1, 3, 5, 6])
        XCTAssertEqual(document.sourceLines.count, 6)
    }

    // MARK: Not text at all

    func test_binaryFilesNamedTxt_areNotTextDocuments_withTheReason() {
        let pdf = Array("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8)
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let controls = (0..<256).map { UInt8(($0 * 7) % 32) }.map { $0 == 0 ? 1 : $0 }
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]
        let expected = [
            (pdf, "not a text document (it is a PDF; convert it to text first, e.g. with pdftotext -layout)"),
            (png, "not a text document (it contains NUL bytes)"),
            (controls, "not a text document (it looks like binary data)"),
            (zip, "not a text document (it is a zip archive; only .docx files are read as Word documents)"),
        ]
        for format in textFormats {
            for (bytes, message) in expected {
                XCTAssertEqual(refusal(bytes, as: format)?.message, message, "\(format)")
                XCTAssertEqual(lint(bytes, as: format).error?.message, message, "\(format)")
            }
        }
    }

    // MARK: Size

    func test_twentyMegabyteSingleLine_isReadWhole() throws {
        let sentence = "Cllr Hale said the budget for 2025/26 was agreed. "
        let bytes = Array(String(repeating: sentence, count: 20_000_000 / sentence.utf8.count).utf8)
        for format in textFormats {
            let document = try assertFinishes(within: 90, "reading a 20 MB line as \(format)") { try read(bytes, as: format) }
            XCTAssertEqual(document.sourceLines.count, 1)
            XCTAssertEqual(document.blocks.count, 1)
            XCTAssertEqual(document.blocks.first?.text.utf8.count, bytes.count - 1, "all but the trailing space")
        }
    }

    func test_fiveMegabyteWord_isReadAndLinted() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 5_000_000)
        for format in textFormats {
            let report = assertFinishes(within: 90, "linting a 5 MB word as \(format)") { lint(bytes, as: format) }
            XCTAssertNil(report.error)
        }
        XCTAssertEqual(try read(bytes, as: .plainText).blocks.first?.text.utf8.count, bytes.count)
    }

    func test_hundredThousandItems_areAllRead() throws {
        var text = "MINUTES\n\n"
        for number in 1...100_000 { text += "\(number). Item \(number)\n\n" }
        let document = try assertFinishes(within: 60, "reading 100,000 items") { try read(Array(text.utf8), as: .plainText) }
        XCTAssertEqual(document.blocks.count, 100_001)
        XCTAssertEqual(document.blocks.last?.text, "100000. Item 100000")
        XCTAssertEqual(document.blocks.last?.startPosition.line, 200_001)
    }

    // MARK: Time that grows with the input, not with its square

    func test_markdownFullOfUnclosedTags_isReadInLinearTime() throws {
        // Every "<a" used to look ahead for a ">" to the end of the line.
        let bytes = Array(String(repeating: "<a", count: 200_000).utf8)
        let document = try assertFinishes(within: 30, "reading 200,000 unclosed tags") { try read(bytes, as: .markdown) }
        XCTAssertEqual(document.blocks.first?.text.utf8.count, bytes.count)
    }

    func test_markdownFullOfComments_isReadInLinearTime() throws {
        // Every comment used to copy the rest of the line to search it.
        let bytes = Array(String(repeating: "<!-- x --> a ", count: 400_000).utf8)
        let document = try assertFinishes(within: 30, "reading 400,000 comments") { try read(bytes, as: .markdown) }
        XCTAssertEqual(document.blocks.first?.text, String(repeating: "a ", count: 400_000).dropLast().description)
    }

    func test_lineOfThousandsOfDates_isLintedInLinearTime() {
        // Every date used to rescan its sentence for the words before it and for a meeting.
        let bytes = Array(String(repeating: "1 January 2024 ", count: 12_000).utf8)
        let report = assertFinishes(within: 30, "linting 12,000 dates in one sentence") { lint(bytes, as: .plainText) }
        XCTAssertEqual(report.date, "2024-01-01")
    }

    func test_paragraphOfThousandsOfQuotes_isLintedInLinearTime() {
        // Every quotation used to scan all the paragraph's sentences, and every sentence all its quotations.
        let quote = "\"We are pleased,\" said Cllr Hale, Leader of the Council. "
        let bytes = Array(("PRESS RELEASE\n\n" + String(repeating: quote, count: 16_000)).utf8)
        let report = assertFinishes(within: 30, "linting 16,000 quotations in one paragraph") { lint(bytes, as: .plainText) }
        XCTAssertNil(report.error)
    }
}
