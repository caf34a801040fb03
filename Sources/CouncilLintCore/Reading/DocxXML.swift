import CLibXML2
import Foundation

/// Parses one XML part of a Word package with libxml2, safely: no network, no external DTD,
/// no entity substitution, no error printing, and a part that declares a DTD is refused
/// outright (Word never writes one; it is how entity attacks arrive).
enum DocxXML {
    static let wordprocessingNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let dublinCoreNamespace = "http://purl.org/dc/elements/1.1/"

    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue)

    /// Parses `bytes` and hands the root element to `body`; the tree is freed when `body` returns.
    static func withRootElement<T>(of bytes: [UInt8], partName: String, path: String,
                                   _ body: (DocxXMLNode) throws(ReadError) -> T) throws(ReadError) -> T {
        MarkupParser.prepareLibXML2()
        guard let context = xmlNewParserCtxt() else {
            throw ReadError(path: path, message: "\(partName) could not be parsed (out of memory)")
        }
        defer { xmlFreeParserCtxt(context) }
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlCtxtReadMemory(context, $0, Int32(buffer.count), partName, nil, options)
                }
            }
        }
        guard let document = parsed, context.pointee.wellFormed != 0 else {
            if let parsed { xmlFreeDoc(parsed) }
            throw ReadError(path: path, message: "\(partName) is not well-formed XML (\(lastErrorDescription(context)))")
        }
        defer { xmlFreeDoc(document) }
        if document.pointee.intSubset != nil {
            throw ReadError(path: path, message: "\(partName) declares a DTD, which Word documents never contain; "
                + "refusing to read it (entity expansion attack?)")
        }
        guard let root = xmlDocGetRootElement(document) else {
            throw ReadError(path: path, message: "\(partName) has no root element")
        }
        return try body(DocxXMLNode(pointer: root))
    }

    private static func lastErrorDescription(_ context: xmlParserCtxtPtr) -> String {
        guard let error = xmlCtxtGetLastError(context), let message = error.pointee.message else {
            return "empty or truncated"
        }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return error.pointee.line > 0 ? "line \(error.pointee.line): \(text)" : text
    }
}

/// An element of a parsed part; valid only inside `DocxXML.withRootElement`.
struct DocxXMLNode {
    fileprivate let pointer: xmlNodePtr

    var localName: String {
        pointer.pointee.name.map { String(cString: $0) } ?? ""
    }

    var namespace: String? {
        pointer.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// The local name when this is a WordprocessingML element (`w:p` -> "p"), else nil.
    var wordName: String? {
        guard let namespace, DocxXML.wordprocessingNamespaces.contains(namespace) else { return nil }
        return localName
    }

    var children: DocxXMLChildren {
        DocxXMLChildren(first: pointer.pointee.children)
    }

    func firstWordChild(_ name: String) -> DocxXMLNode? {
        children.first { $0.wordName == name }
    }

    /// The value of the WordprocessingML attribute `name` (`w:val` -> "val").
    func wordAttribute(_ name: String) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let attributeName = current.pointee.name, String(cString: attributeName) == name,
                  let href = current.pointee.ns?.pointee.href,
                  DocxXML.wordprocessingNamespaces.contains(String(cString: href)) else { continue }
            return Self.textContent(startingAt: current.pointee.children)
        }
        return nil
    }

    /// The element's own character data; entity references are not followed.
    var text: String {
        Self.textContent(startingAt: pointer.pointee.children)
    }

    private static func textContent(startingAt first: xmlNodePtr?) -> String {
        var text = ""
        var node = first
        while let current = node {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
               let content = current.pointee.content {
                text += String(cString: content)
            }
            node = current.pointee.next
        }
        return text
    }
}

/// The element children of a node, in document order.
struct DocxXMLChildren: Sequence, IteratorProtocol {
    private var upcoming: xmlNodePtr?

    fileprivate init(first: xmlNodePtr?) {
        upcoming = first
    }

    mutating func next() -> DocxXMLNode? {
        while let current = upcoming {
            upcoming = current.pointee.next
            if current.pointee.type == XML_ELEMENT_NODE { return DocxXMLNode(pointer: current) }
        }
        return nil
    }
}
