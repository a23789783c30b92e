import CLibXML2
import Foundation

/// The URLs a sitemap (`<loc>`) or an Atom feed (`<link href>`) points at.
enum XMLLocations {
    struct Location {
        let value: String
        let line: Int
    }

    /// nil when the document is not well-formed.
    static func read(_ data: Data) -> [Location]? {
        let parsed: xmlDocPtr? = data.withUnsafeBytes { buffer in
            xmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, nil,
                          Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
        }
        guard let document = parsed else { return nil }
        defer { xmlFreeDoc(document) }
        var locations: [Location] = []
        var stack: [xmlNodePtr] = []
        if let root = xmlDocGetRootElement(document) { stack.append(root) }
        while let node = stack.popLast() {
            if node.pointee.type == XML_ELEMENT_NODE {
                let name = String(cString: node.pointee.name)
                if name == "loc", let content = xmlNodeGetContent(node) {
                    locations.append(Location(value: String(cString: content).trimmingCharacters(in: .whitespacesAndNewlines), line: Int(xmlGetLineNo(node))))
                    docket_xml_free(content)
                } else if name == "link", let href = xmlGetProp(node, "href") {
                    locations.append(Location(value: String(cString: href), line: Int(xmlGetLineNo(node))))
                    docket_xml_free(href)
                }
            }
            var child = node.pointee.children
            while let current = child {
                stack.append(current)
                child = current.pointee.next
            }
        }
        return locations
    }
}
