/// Turns `w:body` into blocks. Every `w:p` and every table row (`w:tr`) in body order takes
/// the next paragraph number, empty or not: that number is the "line" of a Word document.
struct DocxBody {
    private let styles: DocxStyles
    private(set) var blocks: [Block] = []
    private(set) var lines: [Substring] = []

    init(_ body: DocxXMLNode, styles: DocxStyles) {
        self.styles = styles
        readBlockContent(of: body)
    }

    private mutating func readBlockContent(of container: DocxXMLNode) {
        for child in container.children {
            switch child.wordName {
            case "p":
                readParagraph(child)
            case "tbl":
                for row in Self.rows(of: child) { readRow(row) }
            case "sdt", "sdtContent", "customXml":
                readBlockContent(of: child)
            default:
                // Section properties, bookmarks, alternative chunks.
                break
            }
        }
    }

    private mutating func readParagraph(_ paragraph: DocxXMLNode) {
        var line = DocxLine(number: lines.count + 1)
        line.appendRuns(of: paragraph)
        let (kind, level) = classify(paragraph)
        finish(line, kind: kind, level: level)
    }

    private mutating func readRow(_ row: DocxXMLNode) {
        var line = DocxLine(number: lines.count + 1)
        for (index, cell) in Self.cells(of: row).enumerated() {
            if index > 0 { line.appendCellSeparator() }
            for (paragraphIndex, paragraph) in Self.paragraphs(in: cell).enumerated() {
                if paragraphIndex > 0 { line.appendParagraphSeparator() }
                line.appendRuns(of: paragraph)
            }
        }
        finish(line, kind: .tableRow)
    }

    private mutating func finish(_ line: DocxLine, kind: BlockKind, level: Int = 0) {
        if let block = line.build(kind: kind, level: level) { blocks.append(block) }
        lines.append(Substring(line.text))
    }

    /// Heading by style (or a direct outline level), else a list item when numbered, else a paragraph.
    private func classify(_ paragraph: DocxXMLNode) -> (BlockKind, Int) {
        guard let properties = paragraph.firstWordChild("pPr") else { return (.paragraph, 0) }
        let styleID = properties.firstWordChild("pStyle")?.wordAttribute("val")
        let level = if let outline = DocxStyles.outlineLevel(in: properties) {
            DocxStyles.headingLevel(outlineLevel: outline)
        } else {
            styleID.flatMap(styles.headingLevel(styleID:))
        }
        if let level { return (.heading, level) }
        let numbered = DocxStyles.numbering(in: properties) ?? styleID.map(styles.isNumbered(styleID:)) ?? false
        return (numbered ? .listItem : .paragraph, 0)
    }

    /// Rows of a table, including those wrapped in content controls.
    private static func rows(of table: DocxXMLNode) -> [DocxXMLNode] {
        descendants(of: table, named: "tr", through: ["sdt", "sdtContent", "customXml"])
    }

    private static func cells(of row: DocxXMLNode) -> [DocxXMLNode] {
        descendants(of: row, named: "tc", through: ["sdt", "sdtContent", "customXml"])
    }

    /// The paragraphs of a table cell, nested tables' paragraphs included, in order.
    private static func paragraphs(in cell: DocxXMLNode) -> [DocxXMLNode] {
        descendants(of: cell, named: "p", through: ["tbl", "tr", "tc", "sdt", "sdtContent", "customXml"])
    }

    private static func descendants(of node: DocxXMLNode, named name: String, through containers: Set<String>) -> [DocxXMLNode] {
        var found: [DocxXMLNode] = []
        for child in node.children {
            guard let childName = child.wordName else { continue }
            if childName == name {
                found.append(child)
            } else if containers.contains(childName) {
                found += descendants(of: child, named: name, through: containers)
            }
        }
        return found
    }
}
