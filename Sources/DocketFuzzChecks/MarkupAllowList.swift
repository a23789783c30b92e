import DocketDomain

/// Reads the renderer's HTML as a browser's tokenizer would see its tags, and lists what
/// the subset never writes. Text is escaped, so every `<` must open one of the subset's
/// tags, written the one way the writer writes it. Stricter than parsing the HTML: a tag
/// the writer did not mean to write is a problem even if a browser would ignore it.
enum MarkupAllowList {
    /// Elements the subset writes, with the attributes each may carry.
    static let elements: [String: Set<String>] = [
        "p": [], "br": [], "strong": [], "em": [], "ul": [], "ol": ["start"], "li": [],
        "h3": [], "h4": [], "h5": [], "a": ["href", "title", "rel"],
    ]

    static func violations(in html: String) -> [String] {
        let bytes = Array(html.utf8)
        var problems: [String] = []
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else {
                problems.append("unclosed '<' at byte \(open)")
                break
            }
            problems += tagProblems(String(decoding: bytes[(open + 1)..<close], as: UTF8.self))
            index = close + 1
        }
        return problems
    }

    /// `tag` is what stands between `<` and `>`: `/em`, `br /`, `a href="…" rel="…"`.
    private static func tagProblems(_ tag: String) -> [String] {
        if tag.hasPrefix("/") {
            return elements[String(tag.dropFirst())] == nil ? ["closing tag <\(tag)>"] : []
        }
        if tag == "br /" { return [] }
        let name = String(tag.prefix { $0 != " " })
        guard let allowed = elements[name], name != "br" else { return ["element <\(tag)>"] }
        guard let attributes = attributes(of: tag.dropFirst(name.count)) else { return ["malformed <\(tag)>"] }
        var problems: [String] = []
        // Every link the writer makes has both: where it goes, and that it is user content.
        if name == "a", !Set(attributes.map(\.0)).isSuperset(of: ["href", "rel"]) {
            problems.append("link without href and rel: <\(tag)>")
        }
        for (key, value) in attributes {
            switch key {
            case _ where !allowed.contains(key):
                problems.append("attribute \(key) on <\(name)>")
            case "href" where !["http:", "https:", "mailto:"].contains(where: value.lowercased().hasPrefix):
                problems.append("link to \(value)")
            case "rel" where value != "nofollow ugc noopener":
                problems.append("rel=\(value)")
            case "start" where value.isEmpty || !value.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }):
                problems.append("start=\(value)")
            default:
                break
            }
        }
        return problems
    }

    /// ` key="value"` pairs, as the writer writes them; nil for anything else.
    private static func attributes(of text: Substring) -> [(String, String)]? {
        var rest = text
        var attributes: [(String, String)] = []
        while !rest.isEmpty {
            guard rest.hasPrefix(" "), let equals = rest.firstIndex(of: "=") else { return nil }
            let key = String(rest[rest.index(after: rest.startIndex)..<equals])
            rest = rest[rest.index(after: equals)...]
            guard rest.hasPrefix("\""), let closing = rest.dropFirst().firstIndex(of: "\"") else { return nil }
            guard !key.isEmpty, key.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
            attributes.append((key, String(rest[rest.index(after: rest.startIndex)..<closing])))
            rest = rest[rest.index(after: closing)...]
        }
        return attributes
    }
}
