/// The text of one paragraph number (a body paragraph or a table row) as it is read: the
/// line that excerpts show and the block built from it, whose columns count into that line.
struct DocxLine {
    let number: Int
    private(set) var text = ""
    private var column = 1
    private var builder = BlockTextBuilder()

    init(number: Int) {
        self.number = number
    }

    func build(kind: BlockKind, level: Int = 0) -> Block? {
        builder.build(kind: kind, level: level)
    }

    /// Appends the visible text of a paragraph's runs, in order.
    mutating func appendRuns(of paragraph: DocxXMLNode) {
        for child in paragraph.children {
            switch child.wordName {
            case "r":
                appendRunContent(of: child)
            case "hyperlink", "ins", "moveTo", "smartTag", "fldSimple", "customXml", "dir", "bdo", "sdtContent":
                appendRuns(of: child)
            case "sdt":
                if let content = child.firstWordChild("sdtContent") { appendRuns(of: content) }
            default:
                // Paragraph properties, deletions (w:del, w:moveFrom), bookmarks, comment ranges.
                break
            }
        }
    }

    /// Appends the separator between two table cells.
    mutating func appendCellSeparator() {
        append(" | ")
    }

    /// Appends the space that stands between two paragraphs of one table cell.
    mutating func appendParagraphSeparator() {
        append(" ")
    }

    private mutating func appendRunContent(of run: DocxXMLNode) {
        for child in run.children {
            switch child.wordName {
            case "t":
                append(child.text)
            case "tab", "ptab", "br", "cr":
                append(" ")
            case "noBreakHyphen":
                append("-")
            default:
                // Run properties, w:delText, w:instrText (field codes), w:sym, drawings and text boxes.
                break
            }
        }
    }

    private mutating func append(_ run: String) {
        builder.append(run, at: SourcePosition(line: number, column: column))
        text += run
        column += run.unicodeScalars.count
    }
}
