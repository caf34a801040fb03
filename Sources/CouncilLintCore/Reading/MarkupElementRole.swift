import CLibXML2

/// What an HTML element means for the reader: which elements make blocks, which only group
/// them, which are left out.
enum MarkupElementRole: Equatable {
    /// Text flows through it into the enclosing block (b, a, span and anything unknown).
    case inline
    /// Groups blocks without being one; text directly inside it is an anonymous paragraph.
    case container
    case block(BlockKind, level: Int)
    /// A table cell: inside a row, its text joins the row's text.
    case cell
    case lineBreak
    /// Not read, and its source is skipped as raw text (script, style).
    case rawText
    /// Read for the source alignment only, never as blocks (head, template, noscript).
    case hidden
    case title
    case meta
    case time

    static func of(_ element: xmlNodePtr) -> MarkupElementRole {
        guard let name = element.pointee.name else { return .inline }
        let bytes = UnsafeBufferPointer(xmlString: name)
        guard let key = ShortNameKey(bytes) else { return .inline }
        return roles[key] ?? .inline
    }

    private static let roles: [ShortNameKey: MarkupElementRole] = {
        var table: [ShortNameKey: MarkupElementRole] = [:]
        func assign(_ role: MarkupElementRole, to names: [String]) {
            for name in names {
                if let key = ShortNameKey(name) { table[key] = role }
            }
        }
        for level in 1...6 {
            assign(.block(.heading, level: level), to: ["h\(level)"])
        }
        assign(.block(.paragraph, level: 0), to: ["p", "dt", "dd", "caption", "figcaption", "address", "pre",
                                                  "legend", "summary"])
        assign(.block(.listItem, level: 0), to: ["li"])
        assign(.block(.tableRow, level: 0), to: ["tr"])
        assign(.cell, to: ["td", "th"])
        assign(.container, to: ["html", "body", "div", "section", "article", "main", "header", "footer", "nav",
                                "aside", "blockquote", "ul", "ol", "dl", "menu", "dir", "table", "thead", "tbody",
                                "tfoot", "colgroup", "figure", "form", "fieldset", "details", "center", "hr",
                                "hgroup", "frameset", "noframes", "dialog", "search"])
        assign(.lineBreak, to: ["br"])
        assign(.rawText, to: ["script", "style"])
        assign(.hidden, to: ["head", "template", "noscript"])
        assign(.title, to: ["title"])
        assign(.meta, to: ["meta"])
        assign(.time, to: ["time"])
        return table
    }()
}
