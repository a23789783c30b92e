import CCmarkGFM

/// Walks a cmark-gfm tree and writes the subset's HTML: markup for the flavour's nodes,
/// escaped source text for everything else, and a finding for each such construct.
///
/// Markup matches `cmark_render_html` byte for byte (plus `rel` on links and the
/// heading shift), so that input within the subset renders as cmark-gfm renders it.
struct SubsetWriter {
    let flavour: MarkdownFlavour
    var source: MarkdownSource
    var html: HTMLBuffer
    var findings: [MarkdownFinding] = []
    /// Closing markup of each open container, innermost last.
    private var closers: [StaticString] = []
    /// A task item's `[ ]`, shown as text at the start of the item's first block.
    var pendingTaskMarker: Range<Int>?
    /// The paragraph or heading whose inlines are being written, and its position map.
    var leaf: CmarkNode?
    var subject: InlineSubject?
    /// Where to start looking for the next construct reported in this leaf (nil: at the
    /// leaf's start, worked out only when needed).
    var searchFloor: Int?

    init(flavour: MarkdownFlavour, source: UnsafeBufferPointer<UInt8>) {
        self.flavour = flavour
        self.source = MarkdownSource(source)
        html = HTMLBuffer(capacity: source.count + source.count / 4 + 16)
    }

    var output: [UInt8] { html.bytes }

    mutating func write(_ document: CmarkNode) {
        guard let iterator = cmark_iter_new(document.pointer) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = CmarkNode(cmark_iter_get_node(iterator)) else { continue }
            if event == CMARK_EVENT_EXIT {
                exit(node)
            } else if !enter(node) {
                // Shown as text: carry on as if just past the node's exit (the reset
                // makes that exit the current event, so it is never delivered).
                cmark_iter_reset(iterator, node.pointer, CMARK_EVENT_EXIT)
            }
        }
    }

    /// Writes what `node` opens; false when its children are not to be visited.
    private mutating func enter(_ node: CmarkNode) -> Bool {
        switch NodeRole(of: node, flavour: flavour) {
        case .container(let opening, let closing):
            html.append(opening)
            closers.append(closing)
        case .paragraph:
            enterLeaf(node)
            if isInTightList(node) {
                flushTaskMarker()
                closers.append("")
            } else {
                html.lineBreakIfNeeded()
                html.append("<p>")
                flushTaskMarker()
                closers.append("</p>\n")
            }
        case .heading(let level):
            enterLeaf(node)
            flushTaskMarker()
            html.lineBreakIfNeeded()
            html.append(HeadingTags.opening[level])
            closers.append(HeadingTags.closing[level])
        case .list:
            flushTaskMarker()
            openList(node)
        case .item(let isTask):
            html.lineBreakIfNeeded()
            html.append("<li>")
            closers.append("</li>\n")
            if isTask { noteTaskMarker(of: node) }
        case .text:
            html.appendEscaped(node.literal)
        case .softBreak:
            html.append("\n")
        case .lineBreak:
            html.append("<br />\n")
        case .link:
            return openLink(node)
        case .literal(let construct) where construct.isBlock:
            flushTaskMarker()
            writeLiteralBlock(node, construct)
            return false
        case .literal(let construct):
            writeLiteralInline(node, .unsupported(construct))
            return false
        }
        return true
    }

    private mutating func exit(_ node: CmarkNode) {
        if node.type == CMARK_NODE_ITEM { flushTaskMarker() }
        if let closing = closers.popLast() { html.append(closing) }
    }

    private mutating func enterLeaf(_ node: CmarkNode) {
        leaf = node
        subject = nil
        searchFloor = nil
    }

    private func isInTightList(_ paragraph: CmarkNode) -> Bool {
        guard let item = paragraph.parent, item.type == CMARK_NODE_ITEM, let list = item.parent else { return false }
        return list.isTightList
    }

    private mutating func openList(_ node: CmarkNode) {
        html.lineBreakIfNeeded()
        if node.isBulletList {
            html.append("<ul>\n")
            closers.append("</ul>\n")
            return
        }
        if node.listStart == 1 {
            html.append("<ol>\n")
        } else {
            html.append("<ol start=\"")
            html.append(decimal: node.listStart)
            html.append("\">\n")
        }
        closers.append("</ol>\n")
    }

    /// Writes `<a>` for a link the subset allows; otherwise the link's source as text.
    private mutating func openLink(_ node: CmarkNode) -> Bool {
        let syntax = linkSyntax(node)
        // A bare URL GFM turned into a link was never meant as one: a warning, whatever
        // its scheme, and its text as written.
        if syntax == .bareAutolink {
            writeLiteralInline(node, .unsupported(.autolink), fallback: node.plainText)
            return false
        }
        let url = node.url
        guard LinkPolicy.allows(url) else {
            writeLiteralInline(node, .linkScheme)
            return false
        }
        if syntax == .angleAutolink {
            writeLiteralInline(node, .unsupported(.autolink))
            return false
        }
        html.append("<a href=\"")
        html.appendEscapedHref(url)
        let title = node.title
        if !title.isEmpty {
            html.append("\" title=\"")
            html.appendEscaped(title)
        }
        html.append("\" rel=\"nofollow ugc noopener\">")
        closers.append("</a>")
        return true
    }

    private enum LinkSyntax {
        case brackets, angleAutolink, bareAutolink
    }

    /// cmark-gfm makes the same node of `[text](url)`, `<url>` and a bare URL. Only a
    /// link whose text is its URL can be an autolink; for those, the byte before the
    /// text tells (`[`, `<`, or neither), once the text's position is confirmed.
    private mutating func linkSyntax(_ link: CmarkNode) -> LinkSyntax {
        guard AutolinkShape.matches(link) else { return .brackets }
        guard let text = link.firstChild, let start = inlineSubject()?.offset(of: text),
              source[start] == text.literal.first
        else { return .bareAutolink }
        switch source[start - 1] {
        case UInt8(ascii: "["): return .brackets
        case UInt8(ascii: "<"): return .angleAutolink
        default: return .bareAutolink
        }
    }
}
