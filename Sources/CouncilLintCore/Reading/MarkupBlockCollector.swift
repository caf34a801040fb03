import CLibXML2

/// Walks libxml2's tree in document order and cuts it into blocks: headings, paragraphs, list
/// items and table rows, each character in exactly one block. Also collects the title, the
/// dates the markup declares and the suppression comments.
struct MarkupBlockCollector {
    private(set) var blocks: [Block] = []
    private(set) var title: String?
    private(set) var declaredDates: [String] = []
    private(set) var suppressions: [SuppressionComment] = []

    private var aligner: MarkupSourceAligner
    private let document: xmlDocPtr
    /// Blocks opened by elements, innermost last; text goes to the innermost, or to an
    /// anonymous paragraph when none is open.
    private var openBlocks: [OpenBlock] = []
    private var sink = Self.anonymousParagraph()
    private var titleSink: MarkupTextSink?
    /// Inside head, template or noscript: text is aligned but not read.
    private var hiddenDepth = 0

    private struct OpenBlock {
        let element: xmlNodePtr
        let kind: BlockKind
        let level: Int
    }

    private static let dateMetaNames: Set<String> = ["date", "dc.date", "dcterms.date", "dcterms.created"]

    init(document: xmlDocPtr, aligner: MarkupSourceAligner) {
        self.document = document
        self.aligner = aligner
    }

    /// Reads the whole tree; walks it without recursion, as libxml2 trees can be deep.
    mutating func collect() {
        var enteredRoles: [MarkupElementRole] = []
        var node = document.pointee.children
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE {
                let role = MarkupElementRole.of(current)
                if enter(current, role: role) {
                    if let child = current.pointee.children {
                        enteredRoles.append(role)
                        node = child
                        continue
                    }
                    leave(current, role: role)
                }
            } else {
                visit(current)
            }
            var climbing = current
            while climbing.pointee.next == nil {
                guard let parent = climbing.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE,
                      let role = enteredRoles.popLast() else {
                    finishSink()
                    return
                }
                leave(parent, role: role)
                climbing = parent
            }
            node = climbing.pointee.next
        }
        finishSink()
    }

    // MARK: - Nodes

    /// Reads a node that is not an element; the walk never goes below one.
    private mutating func visit(_ node: xmlNodePtr) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            readText(node)
        case XML_COMMENT_NODE:
            readComment(node)
        case XML_ENTITY_REF_NODE:
            readEntityReference(node)
        default:
            break
        }
    }

    private mutating func readText(_ node: xmlNodePtr) {
        guard let content = node.pointee.content else { return }
        let text = UnsafeBufferPointer(xmlString: content)
        let followedByReference = node.pointee.next?.pointee.type == XML_ENTITY_REF_NODE
        // libxml2 keeps no line for CDATA sections (it reports a neighbour's).
        let line = node.pointee.type == XML_CDATA_SECTION_NODE ? 0 : xmlGetLineNo(node)
        if var titleText = titleSink {
            aligner.alignText(text, lineHint: line, restoresTrailingReferences: !followedByReference, into: &titleText)
            titleSink = titleText
        } else if hiddenDepth > 0 {
            var discarded = MarkupTextSink(kind: .paragraph)
            aligner.alignText(text, lineHint: line, restoresTrailingReferences: !followedByReference, into: &discarded)
        } else {
            aligner.alignText(text, lineHint: line, restoresTrailingReferences: !followedByReference, into: &sink)
        }
    }

    private mutating func readComment(_ node: xmlNodePtr) {
        guard let content = node.pointee.content else { return }
        let body = UnsafeBufferPointer(xmlString: content)
        let hint = xmlGetLineNo(node)
        let line = aligner.alignComment(body, lineHint: hint) ?? max(hint, 1)
        guard UTF8Bytes.contains(body, "councillint-") else { return }
        if let suppression = SuppressionCommentParser.parse(String(decoding: body, as: UTF8.self)[...], line: line) {
            suppressions.append(suppression)
        }
    }

    /// An entity libxml2 left unexpanded (XHTML's `&nbsp;` under a DOCTYPE, or one the file
    /// declares): HTML's named characters and short plain-text internal entities are read;
    /// external entities never are.
    private mutating func readEntityReference(_ node: xmlNodePtr) {
        guard let name = node.pointee.name else { return }
        let nameBytes = UnsafeBufferPointer(xmlString: name)
        let position = aligner.alignReference(named: nameBytes)
            ?? SourcePosition(line: max(xmlGetLineNo(node), 1), column: 1)
        guard hiddenDepth == 0 || titleSink != nil, let value = entityText(named: name, bytes: nameBytes) else { return }
        if titleSink != nil {
            titleSink?.appendReplacement(value, at: position)
        } else {
            sink.appendReplacement(value, at: position)
        }
    }

    private mutating func entityText(named name: UnsafePointer<xmlChar>, bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if let scalar = aligner.entityValue(named: bytes) { return String(scalar) }
        guard let entity = xmlGetDocEntity(document, name), entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY,
              let content = entity.pointee.content else { return nil }
        let text = UnsafeBufferPointer(xmlString: content)
        let isPlainText = text.count <= 1024 && !text.contains(UInt8(ascii: "&")) && !text.contains(UInt8(ascii: "<"))
        return isPlainText ? String(decoding: text, as: UTF8.self) : nil
    }

    // MARK: - Elements

    /// Handles an element on the way in; true when its children are to be walked.
    private mutating func enter(_ element: xmlNodePtr, role: MarkupElementRole) -> Bool {
        switch role {
        case .rawText:
            return false
        case .hidden:
            hiddenDepth += 1
            return true
        case .title:
            if title == nil && titleSink == nil { titleSink = MarkupTextSink(kind: .paragraph) }
            hiddenDepth += 1
            return true
        case .meta:
            readDeclaredDate(meta: element)
            return false
        case .time:
            if let datetime = attribute("datetime", of: element) { declaredDates.append(datetime) }
            return true
        case .lineBreak:
            // Recovery can leave text inside an unclosed XHTML <br>; it is still read.
            if hiddenDepth == 0 { sink.appendSpace() }
            return true
        case .inline:
            return true
        case .container, .cell, .block:
            if hiddenDepth == 0 { open(element, role: role) }
            return true
        }
    }

    private mutating func leave(_ element: xmlNodePtr, role: MarkupElementRole) {
        switch role {
        case .hidden:
            hiddenDepth -= 1
        case .title:
            hiddenDepth -= 1
            if var titleText = titleSink {
                title = titleText.finish().first?.text
                titleSink = nil
            }
        case .container, .cell, .block:
            if hiddenDepth == 0 { close(element, role: role) }
        case .rawText, .meta, .time, .lineBreak, .inline:
            break
        }
    }

    private mutating func open(_ element: xmlNodePtr, role: MarkupElementRole) {
        switch role {
        case .block(let kind, let level):
            if let enclosing = openBlocks.last, kind == .paragraph, enclosing.kind != .paragraph {
                // A paragraph inside a list item, row or heading is part of it.
                sink.appendSpace()
                return
            }
            finishSink()
            openBlocks.append(OpenBlock(element: element, kind: kind, level: level))
            sink = Self.sink(kind: kind, level: level)
        case .cell where openBlocks.last?.kind == .tableRow:
            sink.beginCell()
        default:
            breakText()
        }
    }

    private mutating func close(_ element: xmlNodePtr, role: MarkupElementRole) {
        switch role {
        case .block:
            guard openBlocks.last?.element == element else {
                sink.appendSpace()
                return
            }
            finishSink()
            openBlocks.removeLast()
            sink = openBlocks.last.map { Self.sink(kind: $0.kind, level: $0.level) } ?? Self.anonymousParagraph()
        case .cell where openBlocks.last?.kind == .tableRow:
            sink.appendSpace()
        default:
            breakText()
        }
    }

    /// A container's edge: ends an anonymous paragraph, or is a space inside an open block.
    private mutating func breakText() {
        if openBlocks.isEmpty {
            finishSink()
            sink = Self.anonymousParagraph()
        } else {
            sink.appendSpace()
        }
    }

    private mutating func finishSink() {
        blocks.append(contentsOf: sink.finish())
    }

    private static func sink(kind: BlockKind, level: Int) -> MarkupTextSink {
        MarkupTextSink(kind: kind, level: level, splitsAtBlankLines: kind == .paragraph)
    }

    private static func anonymousParagraph() -> MarkupTextSink {
        sink(kind: .paragraph, level: 0)
    }

    // MARK: - Attributes

    private mutating func readDeclaredDate(meta: xmlNodePtr) {
        let isDate = attribute("name", of: meta).map { Self.dateMetaNames.contains($0.lowercased()) } ?? false
        let isPublished = attribute("property", of: meta)?.lowercased() == "article:published_time"
        if isDate || isPublished, let content = attribute("content", of: meta) {
            declaredDates.append(content)
        }
    }

    private func attribute(_ name: String, of element: xmlNodePtr) -> String? {
        var property = element.pointee.properties
        while let attribute = property {
            if let attributeName = attribute.pointee.name,
               String(cString: attributeName).lowercased() == name {
                var value = ""
                var child = attribute.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            property = attribute.pointee.next
        }
        return nil
    }
}
