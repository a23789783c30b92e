import CLibXML2
import Foundation

/// A page or XML document parsed with libxml2 and copied into plain Swift values, so tests
/// assert on content and structure rather than on exact markup.
final class Node {
    enum Kind { case element, text }

    let kind: Kind
    /// Lower-cased element name; empty for text.
    let name: String
    /// Element namespace URI (XML only).
    let namespace: String?
    /// Attribute values with entities decoded, by lower-cased name.
    let attributes: [String: String]
    /// Text node content, entities decoded.
    let content: String
    private(set) var children: [Node] = []
    private(set) weak var parent: Node?

    init(kind: Kind, name: String, namespace: String? = nil, attributes: [String: String] = [:], content: String = "") {
        self.kind = kind
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.content = content
    }

    func append(_ child: Node) {
        child.parent = self
        children.append(child)
    }

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// Every text below this node, as it is in the document (white space kept).
    var rawText: String {
        kind == .text ? content : children.map(\.rawText).joined()
    }

    /// The text a reader sees: white space runs collapsed to one space, trimmed, and
    /// block elements and table cells kept apart by a space ("Fee $3.00", not "Fee$3.00").
    var text: String { Node.collapse(readableText) }

    static let inlineElements: Set = ["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark",
                                      "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"]

    private var readableText: String {
        switch kind {
        case .text: return content
        case .element:
            let inner = children.map(\.readableText).joined()
            return Node.inlineElements.contains(name) ? inner : " " + inner + " "
        }
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Every element below this one (not itself), in document order.
    var descendants: [Node] {
        var result: [Node] = []
        for child in children where child.kind == .element {
            result.append(child)
            result += child.descendants
        }
        return result
    }

    func all(_ name: String) -> [Node] { descendants.filter { $0.name == name } }
    func first(_ name: String) -> Node? { descendants.first { $0.name == name } }

    var ancestors: [Node] {
        var result: [Node] = []
        var current = parent
        while let node = current {
            result.append(node)
            current = node.parent
        }
        return result
    }

    var elementChildren: [Node] { children.filter { $0.kind == .element } }

    var nextElementSibling: Node? {
        guard let parent, let index = parent.children.firstIndex(where: { $0 === self }) else { return nil }
        return parent.children[(index + 1)...].first { $0.kind == .element }
    }

    /// The innermost element whose text holds every piece: the row or item of a table or
    /// list that shows one thing, however it is marked up.
    func smallest(containing pieces: [String]) -> Node? {
        guard pieces.allSatisfy(text.contains) else { return nil }
        for child in elementChildren {
            if let found = child.smallest(containing: pieces) { return found }
        }
        return self
    }

    /// The text that goes with a label however the template lays it out: a `<dt>`/`<dd>`
    /// pair, `<th>`/`<td>` in a row, or "Label: value" in one element. The label may end a
    /// longer one ("Remaining" finds "Amount remaining"). Nil when no element shows it.
    func value(labelled label: String) -> String? {
        let candidates = descendants.filter { node in
            let text = node.text
            guard let range = text.range(of: label, options: .caseInsensitive) else { return false }
            return text.distance(from: text.startIndex, to: range.lowerBound) <= 30
        }
        // The first element that holds the label and no other element that does.
        guard let element = candidates.first(where: { candidate in !candidates.contains { $0 !== candidate && $0.ancestors.contains { $0 === candidate } } })
        else { return nil }
        let text = element.text
        let end = text.range(of: label, options: .caseInsensitive)!.upperBound
        let rest = text[end...].trimmingCharacters(in: CharacterSet(charactersIn: ":").union(.whitespaces))
        if !rest.isEmpty { return rest }
        if let sibling = element.nextElementSibling { return sibling.text }
        guard let parentText = element.parent?.text, let range = parentText.range(of: label, options: .caseInsensitive) else { return nil }
        return parentText[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: ":").union(.whitespaces))
    }
}

enum Markup {
    /// Parses HTML as a browser would (libxml2's HTML parser); the `<html>` element.
    static func html(_ data: Data) -> Node? {
        let document: htmlDocPtr? = data.withUnsafeBytes { buffer in
            htmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, "UTF-8",
                           Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue))
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return xmlDocGetRootElement(document).map(copy)
    }

    /// Parses well-formed XML; nil when libxml2 finds it is not.
    static func xml(_ data: Data) -> Node? {
        let document: xmlDocPtr? = data.withUnsafeBytes { buffer in
            xmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, nil,
                          Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return xmlDocGetRootElement(document).map(copy)
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func copy(_ element: xmlNodePtr) -> Node {
        var attributes: [String: String] = [:]
        var property = element.pointee.properties
        while let current = property {
            var value = ""
            var child = current.pointee.children
            while let text = child {
                value += string(text.pointee.content)
                child = text.pointee.next
            }
            attributes[string(current.pointee.name).lowercased()] = value
            property = current.pointee.next
        }
        let node = Node(kind: .element, name: string(element.pointee.name).lowercased(),
                        namespace: element.pointee.ns.map { string($0.pointee.href) }, attributes: attributes)
        var child = element.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: node.append(copy(current))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: node.append(Node(kind: .text, name: "", content: string(current.pointee.content)))
            default: break
            }
            child = current.pointee.next
        }
        return node
    }
}
