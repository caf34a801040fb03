import Foundation
import XCTest
@testable import CouncilLintCore

/// XHTML and HTML built to attack an XML parser: entities that reach for local files or the
/// network, entity expansion bombs, absurd nesting and attributes. No referenced content may
/// reach any output, nothing may connect anywhere, and each read ends quickly, with a
/// document or a located error.
final class MarkupSafetyTests: XCTestCase {
    private static let secretMarker = "COUNCIL-SECRET-5e1d"
    private static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"

    /// Reads `markup`, or skips while the markup reader is still the placeholder that refuses everything.
    private func read(_ markup: String, as dialect: MarkupReader.Dialect) throws -> Result<Document, ReadError> {
        let outcome = Result { () throws(ReadError) in
            try MarkupReader(dialect: dialect).read(bytes: Array(markup.utf8), path: "hostile")
        }
        if case .failure(let error) = outcome, error.message == "markup is not read yet" {
            throw XCTSkip("the markup reader is not written yet")
        }
        return outcome
    }

    /// Everything a run could show of the document: its text, title and notes, and every reporter's output.
    private func everythingShown(_ markup: String, as dialect: MarkupReader.Dialect) throws -> String {
        var shown = ""
        switch try read(markup, as: dialect) {
        case .success(let document):
            shown += document.blocks.map(\.text).joined(separator: "\n") + (document.title ?? "")
                + document.notes.map(\.message).joined(separator: "\n")
        case .failure(let error):
            shown += error.description
        }
        let format: DocumentFormat = dialect == .xhtml ? .xhtml : .html
        let file = Linter(catalogue: .builtIn).lint(bytes: Array(markup.utf8), path: "hostile", format: format, profile: nil)
        let report = LintReport(files: [file], rules: RuleCatalogue.builtIn.rules)
        let reporters: [any Reporter] = [TextReporter(), JSONReporter(), SARIFReporter(), JUnitReporter(),
                                         GitHubActionsReporter(), MarkdownReporter()]
        return shown + reporters.map { $0.render(report) }.joined()
    }

    private func makeSecretFile() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("councillint-secret-\(UUID().uuidString).txt")
        try Data(Self.secretMarker.utf8).write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    private func document(doctype: String = "", body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        \(doctype)
        <html xmlns="\(Self.xhtmlNamespace)"><head><title>Minutes</title></head>
        <body><p>\(body)</p></body></html>
        """
    }

    // MARK: Entities

    func test_listener_noticesAConnection_soTheNoConnectionChecksCanFail() throws {
        let listener = try LocalListener()
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(client) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = listener.port.bigEndian
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        XCTAssertEqual(connected, 0)
        XCTAssertTrue(listener.wasConnectedTo)
    }

    func test_externalEntityToALocalFile_neverShowsItsContent() throws {
        let secret = try makeSecretFile()
        let markup = document(doctype: #"<!DOCTYPE html [<!ENTITY secret SYSTEM "\#(secret.absoluteString)">]>"#,
                              body: "The clerk read &secret; aloud.")
        for dialect in [MarkupReader.Dialect.xhtml, .html] {
            let shown = try everythingShown(markup, as: dialect)
            XCTAssertFalse(shown.contains(Self.secretMarker), "\(dialect)")
        }
    }

    func test_externalEntityOverHTTP_neverConnects() throws {
        let listener = try LocalListener()
        let markup = document(doctype: #"<!DOCTYPE html [<!ENTITY remote SYSTEM "\#(listener.url)">]>"#, body: "Notes: &remote;")
        for dialect in [MarkupReader.Dialect.xhtml, .html] {
            _ = try assertFinishes(within: 30, "reading an HTTP entity as \(dialect)") { try read(markup, as: dialect) }
            XCTAssertFalse(listener.wasConnectedTo, "\(dialect) connected to \(listener.url)")
        }
    }

    func test_externalDTDAndParameterEntities_areNeitherFetchedNorRead() throws {
        let secret = try makeSecretFile()
        let listener = try LocalListener()
        let doctype = """
            <!DOCTYPE html SYSTEM "\(listener.url)" [
            <!ENTITY % local SYSTEM "\(secret.absoluteString)">
            <!ENTITY % remote SYSTEM "\(listener.url)">
            %local; %remote;]>
            """
        let markup = document(doctype: doctype, body: "Apologies were received.")
        for dialect in [MarkupReader.Dialect.xhtml, .html] {
            let shown = try assertFinishes(within: 30, "reading parameter entities as \(dialect)") { try everythingShown(markup, as: dialect) }
            XCTAssertFalse(shown.contains(Self.secretMarker), "\(dialect)")
            XCTAssertFalse(listener.wasConnectedTo, "\(dialect) connected to \(listener.url)")
        }
    }

    func test_billionLaughs_isNotExpanded() throws {
        var declarations = #"<!ENTITY lol0 "lol">"#
        for level in 1...9 {
            declarations += #"<!ENTITY lol\#(level) "\#(String(repeating: "&lol\(level - 1);", count: 10))">"#
        }
        let markup = document(doctype: "<!DOCTYPE html [\(declarations)]>", body: "&lol9;")
        for dialect in [MarkupReader.Dialect.xhtml, .html] {
            let shown = try assertFinishes(within: 30, "reading a billion laughs as \(dialect)") { try everythingShown(markup, as: dialect) }
            XCTAssertLessThan(shown.utf8.count, 1 << 20, "\(dialect) expanded the entities")
        }
    }

    // MARK: libxml2's limits

    func test_deepNesting_endsWithADocumentOrALocatedError() throws {
        let depth = 200_000
        let markup = document(body: String(repeating: "<span>", count: depth) + "Minutes" + String(repeating: "</span>", count: depth))
        for dialect in [MarkupReader.Dialect.xhtml, .html] {
            let outcome = try assertFinishes(within: 30, "reading \(depth) nested elements as \(dialect)") { try read(markup, as: dialect) }
            if case .failure(let error) = outcome {
                XCTAssertEqual(error.path, "hostile")
                XCTAssertFalse(error.message.isEmpty, "\(dialect)")
            }
        }
    }

    func test_hugeAttribute_endsWithADocumentOrALocatedError() throws {
        let markup = document(body: #"<a href="\#(String(repeating: "x", count: 20_000_000))">the agenda</a>"#)
        for dialect in [MarkupReader.Dialect.xhtml, .html] {
            let outcome = try assertFinishes(within: 30, "reading a 20 MB attribute as \(dialect)") { try read(markup, as: dialect) }
            switch outcome {
            case .success(let document):
                XCTAssertFalse(document.blocks.contains { $0.text.contains("xxxxxxxx") }, "an attribute is not text")
            case .failure(let error):
                XCTAssertFalse(error.message.isEmpty, "\(dialect)")
            }
        }
    }
}
