import Foundation
import XCTest
@testable import CouncilLintCore

/// Inputs the fuzzers of fuzz/ crashed on (kept in Resources/fuzz/), each now read to an answer.
final class FuzzRegressionTests: XCTestCase {
    private static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Resources/fuzz")

    private func input(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Self.directory.appendingPathComponent(name)))
    }

    /// The message `reader` refuses `name` with; a crash ends the test run instead.
    private func refusal(_ name: String, by reader: some DocumentReader) throws -> String? {
        do {
            _ = try reader.read(bytes: try input(name), path: name)
            return nil
        } catch let error as ReadError {
            return error.message
        }
    }

    func test_docx_centralDirectoryOffsetPastTheEnd_isRefusedAsDamaged() throws {
        // ZIPFoundation's in-memory archive trapped seeking to the directory, 7 MB past a 341-byte file.
        XCTAssertEqual(try refusal("docx-central-directory-past-the-end.docx", by: DocxReader()),
                       "not a Word document (the zip archive is damaged or truncated)")
    }

    func test_docx_withoutAnEndRecord_isRefusedAsDamaged() throws {
        // ZIPFoundation kept the bytes of every archive it refused: LeakSanitizer's find, which
        // scripts/sanitize checks again on this test.
        XCTAssertEqual(try refusal("docx-no-end-record.docx", by: DocxReader()),
                       "not a Word document (the zip archive is damaged or truncated)")
    }

    func test_docx_deflateStreamCutShort_isRefusedAsDamaged_insteadOfInflatingForever() throws {
        // ZIPFoundation's inflate loop on Linux read on past the end of the archive forever.
        XCTAssertEqual(try refusal("docx-deflate-stream-cut-short.docx", by: DocxReader()),
                       "not a Word document (word/document.xml is damaged and cannot be unpacked)")
    }

    func test_pipeline_unclosedQuoteBeforeAShortSentence_isLinted() throws {
        // The quote reader sliced from the quotation's end back to a word before it: an inverted range.
        let bytes = try input("pipeline-unclosed-quote-then-a-sentence.txt")
        for format in [DocumentFormat.plainText, .markdown] {
            let report = Linter(catalogue: .builtIn).lint(bytes: bytes, path: "release.txt", format: format, profile: nil)
            XCTAssertNil(report.error, "\(format)")
            XCTAssertEqual(report.kind, .pressRelease, "\(format)")
        }
    }
}
