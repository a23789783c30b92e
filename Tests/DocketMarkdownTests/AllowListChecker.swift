import CLibXML2

/// Reads rendered HTML back with libxml2's HTML parser, as a browser would, and lists
/// everything in it that the subset never emits: any element or attribute outside the
/// allow-list, any node that is not an element or text (comments, CDATA, processing
/// instructions), and any link whose URL is not http, https or mailto.
enum AllowListChecker {
    /// Elements the subset writes, with the attributes each may carry.
    static let allowed: [String: Set<String>] = [
        "p": [], "br": [], "strong": [], "em": [], "ul": [], "ol": ["start"], "li": [],
        "h3": [], "h4": [], "h5": [], "a": ["href", "title", "rel"],
    ]
    static let allowedSchemes = ["http:", "https:", "mailto:"]

    private static let initialised: Void = xmlInitParser()

    /// Problems found in `html`; empty when it holds only what the subset allows.
    static func violations(in html: String) -> [String] {
        _ = initialised
        guard !html.isEmpty else { return [] }
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_NODEFDTD.rawValue)
        let bytes = Array(html.utf8)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                htmlReadMemory($0.baseAddress, Int32($0.count), "about:blank", "UTF-8", options)
            }
        }
        guard let document else { return ["libxml2 could not parse the output"] }
        defer { xmlFreeDoc(document) }
        var problems: [String] = []
        var stack: [xmlNodePtr] = []
        var child = document.pointee.children
        while let node = child {
            stack.append(node)
            child = node.pointee.next
        }
        while let node = stack.popLast() {
            problems += check(node, in: document)
            var child = node.pointee.children
            while let current = child {
                stack.append(current)
                child = current.pointee.next
            }
        }
        return problems
    }

    private static func check(_ node: xmlNodePtr, in document: htmlDocPtr) -> [String] {
        switch node.pointee.type {
        case XML_TEXT_NODE:
            return []
        case XML_ELEMENT_NODE:
            break
        default:
            return ["node of libxml2 type \(node.pointee.type.rawValue) outside the allow-list"]
        }
        let name = string(node.pointee.name)
        guard let attributes = allowed[name] else { return ["element <\(name)>"] }
        var problems: [String] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let attributeName = string(current.pointee.name)
            let value = attributeValue(current, in: document)
            if !attributes.contains(attributeName) {
                problems.append("attribute \(attributeName) on <\(name)>")
            } else if attributeName == "href", !allowedSchemes.contains(where: { value.lowercased().hasPrefix($0) }) {
                problems.append("link to \(value.debugDescription)")
            } else if attributeName == "rel", value != "nofollow ugc noopener" {
                problems.append("rel=\(value.debugDescription)")
            }
            attribute = current.pointee.next
        }
        return problems
    }

    /// The value as libxml2 decoded it: the content of the attribute's text children.
    private static func attributeValue(_ attribute: xmlAttrPtr, in document: htmlDocPtr) -> String {
        var value = ""
        var child = attribute.pointee.children
        while let current = child {
            value += string(current.pointee.content)
            child = current.pointee.next
        }
        return value
    }

    private static func string(_ characters: UnsafePointer<xmlChar>?) -> String {
        guard let characters else { return "" }
        return String(cString: characters)
    }
}
