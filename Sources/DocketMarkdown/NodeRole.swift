import CCmarkGFM

/// What the subset does with one node of the tree, for a given flavour.
enum NodeRole {
    /// Markup around the children: the document, `**strong**`, `*emphasis*`.
    case container(opening: StaticString, closing: StaticString)
    case paragraph
    /// An ATX heading the flavour allows, by its markdown level (1–3).
    case heading(level: Int)
    case list
    case item(isTask: Bool)
    case text, softBreak, lineBreak
    /// Becomes `<a>` only when its URL passes `LinkPolicy` and it is written `[text](…)`.
    case link
    /// Outside the flavour: shown as its source text.
    case literal(Construct)

    init(of node: CmarkNode, flavour: MarkdownFlavour) {
        let gfm = GFMParser.shared
        switch node.type {
        case CMARK_NODE_DOCUMENT: self = .container(opening: "", closing: "")
        case CMARK_NODE_PARAGRAPH: self = .paragraph
        case CMARK_NODE_LIST: self = .list
        case CMARK_NODE_ITEM: self = .item(isTask: node.syntaxExtension == gfm.tasklist)
        case CMARK_NODE_HEADING: self = Self.heading(node, flavour)
        case CMARK_NODE_TEXT: self = .text
        case CMARK_NODE_SOFTBREAK: self = .softBreak
        case CMARK_NODE_LINEBREAK: self = .lineBreak
        case CMARK_NODE_STRONG: self = .container(opening: "<strong>", closing: "</strong>")
        case CMARK_NODE_EMPH: self = .container(opening: "<em>", closing: "</em>")
        case CMARK_NODE_LINK: self = .link
        case CMARK_NODE_BLOCK_QUOTE: self = .literal(.blockQuote)
        case CMARK_NODE_CODE_BLOCK: self = .literal(.codeBlock)
        case CMARK_NODE_HTML_BLOCK: self = .literal(.htmlBlock)
        case CMARK_NODE_THEMATIC_BREAK: self = .literal(.thematicBreak)
        case CMARK_NODE_FOOTNOTE_DEFINITION: self = .literal(.footnoteDefinition)
        case CMARK_NODE_CODE: self = .literal(.codeSpan)
        case CMARK_NODE_HTML_INLINE: self = .literal(.inlineHTML)
        case CMARK_NODE_IMAGE: self = .literal(.image)
        case CMARK_NODE_FOOTNOTE_REFERENCE: self = .literal(.footnoteReference)
        default:
            // Extension nodes, and anything a later cmark-gfm may add: never markup.
            switch node.syntaxExtension {
            case gfm.table?: self = .literal(.table)
            case gfm.strikethrough?: self = .literal(.strikethrough)
            default: self = .literal(node.isBlock ? .customBlock : .customInline)
            }
        }
    }

    /// Setext headings (text underlined by `===` or `---`) are left out of the profile
    /// flavour: docs/spec.md §4 names `#`–`###`, and a `---` line under a sentence turning it
    /// into a heading is a common surprise. cmark-gfm does not say which kind a heading
    /// is, but an ATX heading is one line and a setext heading at least two.
    private static func heading(_ node: CmarkNode, _ flavour: MarkdownFlavour) -> NodeRole {
        let lastLine = node.endColumn == 0 ? node.endLine - 1 : node.endLine
        if flavour.deepestHeading == 0 { return .literal(.heading) }
        if lastLine > node.startLine { return .literal(.setextHeading) }
        if node.headingLevel > flavour.deepestHeading { return .literal(.deepHeading) }
        return .heading(level: node.headingLevel)
    }
}

/// Profile headings sit two levels below the page's own: `#` is `<h3>`.
enum HeadingTags {
    static let opening: [StaticString] = ["", "<h3>", "<h4>", "<h5>"]
    static let closing: [StaticString] = ["", "</h3>\n", "</h4>\n", "</h5>\n"]
}

/// A link cmark-gfm may have made from a bare URL (`<…>` or GFM's extended autolinks):
/// its only child is text equal to its URL, give or take the `mailto:` or `http://`
/// cmark-gfm adds. `[text](url)` links of that shape are told apart by their `[`.
enum AutolinkShape {
    private static let prefixes: [[UInt8]] = [[], Array("mailto:".utf8), Array("http://".utf8)]

    static func matches(_ link: CmarkNode) -> Bool {
        guard let child = link.firstChild, child.next == nil, child.type == CMARK_NODE_TEXT,
              link.title.isEmpty
        else { return false }
        let url = link.url
        let text = child.literal
        return prefixes.contains { prefix in
            url.count == prefix.count + text.count
                && url.starts(with: prefix)
                && url.dropFirst(prefix.count).elementsEqual(text)
        }
    }
}
