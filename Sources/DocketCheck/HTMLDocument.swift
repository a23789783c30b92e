import CLibXML2
import Foundation

/// A page parsed as a browser would, with libxml2's HTML parser: the references it makes
/// and the text it shows, each with its line.
struct HTMLDocument {
    struct Reference {
        let element: String
        let attribute: String
        let value: String
        let line: Int
        /// `rel` of a `<link>`, lower-cased.
        let rel: String?
    }

    private(set) var references: [Reference] = []
    /// Every text node and attribute value, entities decoded, one per line.
    private(set) var visibleText = ""

    static let urlAttributes: Set<String> = ["href", "src", "srcset", "action", "formaction", "poster", "data", "cite", "background", "manifest", "icon", "ping"]

    init?(data: Data) {
        let parsed: htmlDocPtr? = data.withUnsafeBytes { buffer in
            htmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, "UTF-8",
                           Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue))
        }
        guard let document = parsed else { return nil }
        defer { xmlFreeDoc(document) }
        var stack: [xmlNodePtr] = []
        if let root = xmlDocGetRootElement(document) { stack.append(root) }
        var texts: [String] = []
        while let node = stack.popLast() {
            if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE || node.pointee.type == XML_COMMENT_NODE {
                if let content = node.pointee.content { texts.append(String(cString: content)) }
            } else if node.pointee.type == XML_ELEMENT_NODE {
                let element = String(cString: node.pointee.name).lowercased()
                let line = Int(xmlGetLineNo(node))
                var attributes: [(String, String)] = []
                var attribute = node.pointee.properties
                while let current = attribute {
                    let name = String(cString: current.pointee.name).lowercased()
                    if let value = xmlGetProp(node, current.pointee.name) {
                        attributes.append((name, String(cString: value)))
                        docket_xml_free(value)
                    }
                    attribute = current.pointee.next
                }
                let rel = attributes.first { $0.0 == "rel" }?.1.lowercased()
                for (name, value) in attributes {
                    texts.append(value)
                    if Self.urlAttributes.contains(name) || name == "style" {
                        references.append(Reference(element: element, attribute: name, value: value, line: line, rel: rel))
                    }
                }
                // Not URLs, but what the page loads or does by itself: a stylesheet's
                // imports, a refresh that redirects.
                if element == "style" {
                    references.append(Reference(element: element, attribute: "", value: Self.text(of: node), line: line, rel: nil))
                } else if element == "meta",
                          attributes.contains(where: { $0.0 == "http-equiv" && $0.1.trimmingCharacters(in: .whitespaces).lowercased() == "refresh" }) {
                    let content = attributes.first { $0.0 == "content" }?.1 ?? ""
                    references.append(Reference(element: element, attribute: "http-equiv", value: content, line: line, rel: nil))
                }
            }
            var child = node.pointee.last
            while let current = child {
                stack.append(current)
                child = current.pointee.prev
            }
        }
        visibleText = texts.joined(separator: "\n")
    }

    /// The text of an element's children (a `<style>`'s CSS).
    private static func text(of node: xmlNodePtr) -> String {
        var text = ""
        var child = node.pointee.children
        while let current = child {
            if let content = current.pointee.content { text += String(cString: content) }
            child = current.pointee.next
        }
        return text
    }
}
