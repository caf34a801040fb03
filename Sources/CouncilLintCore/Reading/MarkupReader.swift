import CLibXML2

/// Reads XHTML (libxml2's XML parser, with recovery for files that are not well-formed) and
/// HTML as published (libxml2's HTML parser: tag soup, unclosed `<p>`, upper-case tags).
///
/// libxml2 gives the structure and the text; `MarkupSourceAligner` finds each character's
/// exact line and column in the source.
public struct MarkupReader: DocumentReader {
    public enum Dialect: Sendable { case xhtml, html }
    public let dialect: Dialect

    public init(dialect: Dialect) {
        self.dialect = dialect
    }

    public func read(bytes: [UInt8], path: String) throws(ReadError) -> Document {
        let source = try SourceText(bytes: bytes, path: path)
        var document = Document(path: path, format: dialect == .xhtml ? .xhtml : .html, blocks: [],
                                sourceLines: source.lines)
        var text = source.text
        let outcome: Result<MarkupBlockCollector?, ReadError> = text.withUTF8 { utf8 in
            guard utf8.contains(where: { !Self.isASCIIWhitespace($0) }) else { return .success(nil) }
            do throws(ReadError) {
                return .success(try collect(utf8, path: path, notes: &document.notes))
            } catch {
                return .failure(error)
            }
        }
        guard let collector = try outcome.get() else { return document }
        document.blocks = collector.blocks
        document.title = collector.title
        document.declaredDates = collector.declaredDates
        document.suppressions = collector.suppressions
        return document
    }

    private func collect(_ utf8: UnsafeBufferPointer<UInt8>, path: String,
                         notes: inout [ReadNote]) throws(ReadError) -> MarkupBlockCollector {
        let tree = try MarkupParser.parse(utf8, asXHTML: dialect == .xhtml, path: path)
        defer { xmlFreeDoc(tree.document) }
        let options: MarkupSourceAligner.Options
        switch tree.mode {
        case .xml:
            options = MarkupSourceAligner.Options(isHTML: false, restoresDroppedReferences: false)
        case .xmlRecovered(let line):
            options = MarkupSourceAligner.Options(isHTML: false, restoresDroppedReferences: true)
            notes.append(ReadNote(line: line, message: "not well-formed XHTML, read in recovery mode"))
        case .htmlFallback(let line):
            options = MarkupSourceAligner.Options(isHTML: true, restoresDroppedReferences: false)
            notes.append(ReadNote(line: line, message: "not well-formed XHTML, read as HTML"))
        case .html:
            options = MarkupSourceAligner.Options(isHTML: true, restoresDroppedReferences: false)
        }
        var collector = MarkupBlockCollector(document: tree.document,
                                             aligner: MarkupSourceAligner(source: utf8, options: options))
        collector.collect()
        return collector
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
