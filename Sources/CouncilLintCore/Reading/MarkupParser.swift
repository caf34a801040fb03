import CLibXML2
import Foundation

/// Runs libxml2 over a file's UTF-8, safely: no network, no DTD, no external or substituted
/// entities, nothing printed, one parser context per call (files are read on several threads).
enum MarkupParser {
    enum Mode: Equatable {
        case xml
        /// XML that is not well-formed, read with libxml2's recovery.
        case xmlRecovered(firstErrorLine: Int)
        /// XHTML that even recovery could not give a root element, read as HTML.
        case htmlFallback(firstErrorLine: Int)
        case html
    }

    /// A parsed tree; the caller frees `document` with `xmlFreeDoc`.
    struct Tree {
        let document: xmlDocPtr
        let mode: Mode
    }

    private static let initialised: Void = {
        xmlInitParser()
        // A second lock on the door: no option used here loads anything, and nothing may.
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    /// Called before every parse (HTML, XHTML or a part of a Word document). libxml2 is set up
    /// once, with an entity loader that refuses everything; and the calling thread gets a silent
    /// handler for the errors libxml2 reports outside any parser (a failed encoding conversion,
    /// say), which it would otherwise print to stderr quoting bytes of the input. Each parser's
    /// own errors still reach it.
    static func prepareLibXML2() {
        _ = initialised
        xmlSetStructuredErrorFunc(nil) { _, _ in }
    }

    static let xmlOptions = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_IGNORE_ENC.rawValue
    static let htmlOptions = HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_IGNORE_ENC.rawValue

    /// XHTML is read strictly, then with recovery, then as HTML when recovery finds no root.
    static func parse(_ utf8: UnsafeBufferPointer<UInt8>, asXHTML: Bool, path: String) throws(ReadError) -> Tree {
        prepareLibXML2()
        guard asXHTML else { return Tree(document: try parseHTML(utf8, path: path), mode: .html) }
        let strict = try parseXML(utf8, recovering: false, path: path)
        if let document = strict.document { return Tree(document: document, mode: .xml) }
        let firstErrorLine = strict.firstErrorLine ?? 1
        if let recovered = try parseXML(utf8, recovering: true, path: path).document {
            if xmlDocGetRootElement(recovered) != nil {
                return Tree(document: recovered, mode: .xmlRecovered(firstErrorLine: firstErrorLine))
            }
            xmlFreeDoc(recovered)
        }
        return Tree(document: try parseHTML(utf8, path: path), mode: .htmlFallback(firstErrorLine: firstErrorLine))
    }

    /// The tree (nil when a strict parse finds the file not well-formed) and the line of the
    /// first error, which libxml2 does not keep (it keeps the last).
    private static func parseXML(_ utf8: UnsafeBufferPointer<UInt8>, recovering: Bool,
                                 path: String) throws(ReadError) -> (document: xmlDocPtr?, firstErrorLine: Int?) {
        guard let context = xmlNewParserCtxt() else { throw outOfMemory(path) }
        defer { xmlFreeParserCtxt(context) }
        context.pointee.sax.pointee.serror = { userData, error in
            // Fatal errors are the well-formedness ones; an undeclared entity under a DOCTYPE is not.
            guard let userData, let error, error.pointee.level == XML_ERR_FATAL else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            // Kept in the context's application pointer: no allocation, nothing shared between threads.
            if context.pointee._private == nil {
                context.pointee._private = UnsafeMutableRawPointer(bitPattern: max(Int(error.pointee.line), 1))
            }
        }
        let options = xmlOptions | (recovering ? XML_PARSE_RECOVER.rawValue : 0)
        let document = read(utf8) { base, count in
            xmlCtxtReadMemory(context, base, count, nil, "UTF-8", Int32(bitPattern: options))
        }
        let firstErrorLine = context.pointee._private.map { Int(bitPattern: $0) }
        guard let document else { return (nil, firstErrorLine) }
        if let error = truncation(context, path: path) {
            xmlFreeDoc(document)
            throw error
        }
        return (document, firstErrorLine)
    }

    private static func parseHTML(_ utf8: UnsafeBufferPointer<UInt8>, path: String) throws(ReadError) -> xmlDocPtr {
        guard let context = htmlNewParserCtxt() else { throw outOfMemory(path) }
        defer { htmlFreeParserCtxt(context) }
        // The HTML parser's options cannot carry XML_PARSE_BIG_LINES, but its text nodes honour it;
        // without it their lines stop at 65535.
        context.pointee.options |= Int32(bitPattern: XML_PARSE_BIG_LINES.rawValue)
        let document = read(utf8) { base, count in
            htmlCtxtReadMemory(context, base, count, nil, "UTF-8", Int32(bitPattern: htmlOptions))
        }
        guard let document else { throw ReadError(path: path, line: 1, message: "could not be read as HTML") }
        if let error = truncation(context, path: path) {
            xmlFreeDoc(document)
            throw error
        }
        return document
    }

    private static func read(_ utf8: UnsafeBufferPointer<UInt8>,
                             _ parse: (UnsafePointer<CChar>, Int32) -> xmlDocPtr?) -> xmlDocPtr? {
        guard let base = utf8.baseAddress, utf8.count <= Int(Int32.max) else { return nil }
        return base.withMemoryRebound(to: CChar.self, capacity: utf8.count) { parse($0, Int32(utf8.count)) }
    }

    /// libxml2 stops at its internal limits (elements nested more than 256 deep, say) and keeps
    /// what it read so far; part of the file would then go unread without a word.
    private static func truncation(_ context: xmlParserCtxtPtr, path: String) -> ReadError? {
        guard let error = xmlCtxtGetLastError(context), error.pointee.code == XML_ERR_INTERNAL_ERROR.rawValue else {
            return nil
        }
        let detail = (error.pointee.message.map { String(cString: $0) } ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let message = detail.hasPrefix("Excessive depth")
            ? "elements are nested more than 256 deep, deeper than the markup parser reads; the file cannot be read in full"
            : "the markup parser stopped early (\(detail)); the file cannot be read in full"
        return ReadError(path: path, line: Int(error.pointee.line), message: message)
    }

    private static func outOfMemory(_ path: String) -> ReadError {
        ReadError(path: path, message: "could not be read (the markup parser ran out of memory)")
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The bytes of a libxml2 string, without its terminating NUL.
    init(xmlString: UnsafePointer<xmlChar>) {
        self.init(start: xmlString, count: Int(xmlStrlen(xmlString)))
    }
}
