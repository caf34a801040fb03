/// What word/styles.xml says about paragraph styles that matters for reading: which styles
/// are headings (and at what level) and which are numbered lists, following `w:basedOn`.
struct DocxStyles {
    private struct Style {
        var name: String?
        var basedOn: String?
        /// `w:outlineLvl` as written: 0...8 are outline levels, 9 is body text.
        var outlineLevel: Int?
        /// Whether the style has its own `w:numPr`, and if so whether it numbers (`w:numId` 0 removes numbering).
        var numbered: Bool?
    }

    private var styles: [String: Style] = [:]

    /// No styles.xml: headings are still recognised by Word's built-in style ids ("Heading1", "Title").
    init() {}

    init(stylesElement: DocxXMLNode) {
        for element in stylesElement.children where element.wordName == "style" {
            guard element.wordAttribute("type") == "paragraph", let id = element.wordAttribute("styleId") else { continue }
            let properties = element.firstWordChild("pPr")
            styles[id] = Style(
                name: element.firstWordChild("name")?.wordAttribute("val"),
                basedOn: element.firstWordChild("basedOn")?.wordAttribute("val"),
                outlineLevel: properties.flatMap(Self.outlineLevel(in:)),
                numbered: properties.flatMap(Self.numbering(in:))
            )
        }
    }

    /// The heading level (1...6) of paragraphs in style `id`, or nil for a style that is not a heading.
    func headingLevel(styleID id: String) -> Int? {
        var current: String? = id
        var visited: Set<String> = []
        while let styleID = current, visited.insert(styleID).inserted {
            guard let style = styles[styleID] else { return Self.headingLevel(styleName: styleID) }
            if let level = style.name.flatMap(Self.headingLevel(styleName:)) { return level }
            if let outline = style.outlineLevel { return Self.headingLevel(outlineLevel: outline) }
            current = style.basedOn
        }
        return nil
    }

    func isNumbered(styleID id: String) -> Bool {
        var current: String? = id
        var visited: Set<String> = []
        while let styleID = current, visited.insert(styleID).inserted, let style = styles[styleID] {
            if let numbered = style.numbered { return numbered }
            current = style.basedOn
        }
        return false
    }

    /// "heading 2" (the built-in name, the same whatever the user interface language), "Heading2" (its id), "Title".
    static func headingLevel(styleName: String) -> Int? {
        let compact = styleName.lowercased().filter { $0 != " " }
        if compact == "title" { return 1 }
        guard compact.hasPrefix("heading"), let number = Int(compact.dropFirst("heading".count)),
              (1...9).contains(number) else { return nil }
        return min(number, 6)
    }

    /// Word's outline levels 0...8 are heading levels 1...9; level 9 is body text.
    static func headingLevel(outlineLevel: Int) -> Int? {
        (0...8).contains(outlineLevel) ? min(outlineLevel + 1, 6) : nil
    }

    /// `w:outlineLvl` in paragraph properties.
    static func outlineLevel(in properties: DocxXMLNode) -> Int? {
        properties.firstWordChild("outlineLvl")?.wordAttribute("val").flatMap { Int($0) }
    }

    /// Whether paragraph properties number the paragraph: nil when they say nothing about numbering.
    static func numbering(in properties: DocxXMLNode) -> Bool? {
        guard let numbering = properties.firstWordChild("numPr") else { return nil }
        return numbering.firstWordChild("numId")?.wordAttribute("val") != "0"
    }
}
