/// Reads Word `.docx` files: word/document.xml for the text, word/styles.xml for which
/// paragraphs are headings, docProps/core.xml for the title. A finding's line is the
/// paragraph number (every paragraph and table row counts) and its column the character
/// within that paragraph's text. The core properties' created/modified dates are the file's
/// history, not the document's date, so they are not read.
public struct DocxReader: DocumentReader {
    static let defaultMaximumUncompressedSize = 64 << 20

    let maximumUncompressedSize: Int

    public init() {
        self.init(maximumUncompressedSize: Self.defaultMaximumUncompressedSize)
    }

    init(maximumUncompressedSize: Int) {
        self.maximumUncompressedSize = maximumUncompressedSize
    }

    public func read(bytes: [UInt8], path: String) throws(ReadError) -> Document {
        var package = try DocxPackage(bytes: bytes, path: path, maximumUncompressedSize: maximumUncompressedSize)
        guard let documentPart = try package.part("word/document.xml") else {
            throw ReadError(path: path, message: "not a Word document (the zip archive has no word/document.xml)")
        }
        var notes: [ReadNote] = []
        let styles = try readStyles(from: &package, path: path, notes: &notes)
        let body = try DocxXML.withRootElement(of: documentPart, partName: "word/document.xml", path: path) {
            root throws(ReadError) in
            guard root.wordName == "document", let body = root.firstWordChild("body") else {
                throw ReadError(path: path, message: "not a Word document (word/document.xml has no w:document/w:body)")
            }
            return DocxBody(body, styles: styles)
        }
        let title = try readTitle(from: &package, path: path, notes: &notes)
        return Document(path: path, format: .docx, blocks: body.blocks, title: title, notes: notes,
                        sourceLines: SourceLines(body.lines))
    }

    private func readStyles(from package: inout DocxPackage, path: String,
                            notes: inout [ReadNote]) throws(ReadError) -> DocxStyles {
        guard let part = try package.part("word/styles.xml") else { return DocxStyles() }
        do {
            return try DocxXML.withRootElement(of: part, partName: "word/styles.xml", path: path) {
                DocxStyles(stylesElement: $0)
            }
        } catch {
            notes.append(ReadNote(line: 1, message: "\(error.message); headings are recognised by style id only"))
            return DocxStyles()
        }
    }

    private func readTitle(from package: inout DocxPackage, path: String,
                           notes: inout [ReadNote]) throws(ReadError) -> String? {
        guard let part = try package.part("docProps/core.xml") else { return nil }
        do {
            let title = try DocxXML.withRootElement(of: part, partName: "docProps/core.xml", path: path) { root in
                root.children.first { $0.localName == "title" && $0.namespace == DocxXML.dublinCoreNamespace }?.text
            }
            let folded = title?.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            return folded?.isEmpty == false ? folded : nil
        } catch {
            notes.append(ReadNote(line: 1, message: "\(error.message); the document title is not read"))
            return nil
        }
    }
}
