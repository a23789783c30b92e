/// Plain text for link previews and structured data, made from Docket's own rendered
/// markdown (docs/spec.md §4: the subset renderer writes only `<p>`, `<strong>`, `<em>`,
/// `<a>`, lists, headings and `<br>`, and escapes every `&`, `<`, `>`, `"` of the text), so
/// tags can be dropped and entities decoded without a general HTML parser.
public enum PlainText {
    /// How many characters a description may have: about what search results and social
    /// cards show before they cut it themselves.
    public static let descriptionLimit = 160

    /// The text of the first `<p>` of rendered markdown, or of all of it when it has no
    /// paragraph; white space collapsed.
    public static func firstParagraph(ofHTML html: String) -> String {
        if let start = html.range(of: "<p>"), let end = html.range(of: "</p>", range: start.upperBound..<html.endIndex) {
            return text(ofHTML: String(html[start.upperBound..<end.lowerBound]))
        }
        return text(ofHTML: html)
    }

    /// Rendered markdown as plain text: tags dropped (a block's edge leaves a space), the
    /// entities the renderer writes decoded once, white space collapsed.
    public static func text(ofHTML html: String) -> String {
        var out = ""
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                // A block's edge separates words; an inline tag (`<strong>`, `<a …>`) does not,
                // so "<em>clear</em>, written" stays "clear, written".
                if isBlockEdge(html[html.index(after: index)..<close]) { out.append(" ") }
                index = html.index(after: close)
            } else if character == "&", let semicolon = html[index...].prefix(12).firstIndex(of: ";"),
                      let decoded = entity(html[html.index(after: index)..<semicolon]) {
                out.unicodeScalars.append(decoded)
                index = html.index(after: semicolon)
            } else {
                out.append(character)
                index = html.index(after: index)
            }
        }
        return collapsed(out)
    }

    /// Every run of white space as one space, none at either end.
    public static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `text` when it fits in `limit` characters (grapheme clusters, docs/spec.md §2), else
    /// its longest start that ends at a word boundary, with "…" after it, `limit` in all.
    /// Cutting whole `Character`s never splits a combining mark, an emoji sequence or a
    /// surrogate pair; the text is cut before it is escaped, so no entity is cut either.
    public static func cut(_ text: String, limit: Int = descriptionLimit) -> String {
        let text = collapsed(text)
        guard text.count > limit else { return text }
        let room = text.prefix(limit - 1)
        // The boundary is a space inside `room`, or the end of `room` when the next character is one.
        var end = room.endIndex
        if !text[room.endIndex].isWhitespace, let space = room.lastIndex(where: \.isWhitespace) {
            end = space
        }
        var kept = room[..<end]
        while let last = kept.last, last.isWhitespace || last.isPunctuation && last != ")" {
            kept = kept.dropLast()
        }
        // One word longer than the limit: cut inside it rather than show nothing.
        if kept.isEmpty { kept = room }
        return kept + "…"
    }

    static let blockTags: Set<Substring> = ["p", "br", "ul", "ol", "li", "h3", "h4", "h5", "h6"]

    private static func isBlockEdge(_ tag: Substring) -> Bool {
        let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
        return blockTags.contains(Substring(name.lowercased()))
    }

    private static func entity(_ name: Substring) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            let number: UInt32?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                number = UInt32(name.dropFirst(2), radix: 16)
            } else if name.hasPrefix("#") {
                number = UInt32(name.dropFirst(), radix: 10)
            } else {
                number = nil
            }
            return number.flatMap(Unicode.Scalar.init)
        }
    }
}
