import CCmarkGFM

/// Finds the exact source bytes of an inline construct that is shown as text.
///
/// cmark-gfm's inline positions are only a starting point (see `InlineSubject`): each
/// one is confirmed against the syntax the node must have there — a code span's
/// backtick run, a link's `[`, inline HTML's own bytes — and the end is found by
/// rescanning the source where cmark-gfm's end is off (code spans, inline HTML). When
/// a position cannot be confirmed the caller rebuilds the construct from the tree.
enum InlineSyntax {
    private static let backtick = UInt8(ascii: "`")

    /// Whether `node` can start at `offset`, judged by the byte found there.
    static func fits(_ node: CmarkNode, at offset: Int, in source: MarkdownSource) -> Bool {
        guard let byte = source[offset] else { return false }
        switch node.type {
        case CMARK_NODE_TEXT:
            return byte == node.literal.first || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "&")
        case CMARK_NODE_CODE:
            return source[offset - 1] == backtick
        case CMARK_NODE_HTML_INLINE:
            return byte == UInt8(ascii: "<")
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
            return byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_")
        case CMARK_NODE_LINK, CMARK_NODE_FOOTNOTE_REFERENCE:
            return byte == UInt8(ascii: "[")
        case CMARK_NODE_IMAGE:
            return byte == UInt8(ascii: "!")
        default:
            return true
        }
    }

    /// Source range of an unsupported inline `node`, or nil when it cannot be confirmed.
    static func range(of node: CmarkNode, in subject: InlineSubject, source: MarkdownSource) -> Range<Int>? {
        switch node.type {
        case CMARK_NODE_CODE:
            return codeSpan(node, subject, source)
        case CMARK_NODE_HTML_INLINE:
            return subject.offset(of: node).flatMap { matchLiteral(node.literal, from: $0, source) }
        case CMARK_NODE_IMAGE:
            return bracketed(node, opener: "![", closers: ")]", subject, source)
        case CMARK_NODE_LINK:
            return bracketed(node, opener: "[", closers: ")]", subject, source)
                ?? angleAutolink(node, subject, source)
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            return bracketed(node, opener: "[^", closers: "]", subject, source)
        default:
            // Strikethrough, from the extension: delimited by runs of `~`.
            return bracketed(node, opener: "~", closers: "~", subject, source)
        }
    }

    /// cmark-gfm places a code span at its content; the backtick runs around it are
    /// found in the source (a code span ends at the next run of the same length).
    private static func codeSpan(_ node: CmarkNode, _ subject: InlineSubject, _ source: MarkdownSource) -> Range<Int>? {
        guard let content = subject.offset(of: node), source[content - 1] == backtick else { return nil }
        var start = content - 1
        while source[start - 1] == backtick { start -= 1 }
        let fence = content - start
        var index = content
        while index < source.count {
            guard source[index] == backtick else { index += 1; continue }
            var run = index
            while source[run] == backtick { run += 1 }
            if run - index == fence { return start..<run }
            index = run
        }
        return nil
    }

    /// Inline HTML's literal is its subject bytes: walk it along the source, stepping over
    /// the indentation cmark-gfm removed at the start of each continuation line.
    private static func matchLiteral(_ literal: UnsafeBufferPointer<UInt8>, from start: Int, _ source: MarkdownSource) -> Range<Int>? {
        var position = start
        var previous: UInt8 = 0
        for byte in literal {
            while let current = source[position], current != byte,
                  current == UInt8(ascii: "\r") || (previous == UInt8(ascii: "\n") && (current == UInt8(ascii: " ") || current == UInt8(ascii: "\t"))) {
                position += 1
            }
            guard source[position] == byte else { return nil }
            position += 1
            previous = byte
        }
        return start..<position
    }

    private static func bracketed(
        _ node: CmarkNode, opener: StaticString, closers: StaticString,
        _ subject: InlineSubject, _ source: MarkdownSource
    ) -> Range<Int>? {
        guard let start = subject.offset(of: node), let end = subject.endOffset(of: node), end > start,
              starts(source, at: start, with: opener),
              let last = source[end - 1], closers.withUTF8Buffer({ $0.contains(last) })
        else { return nil }
        return start..<end
    }

    /// `<scheme:…>` autolinks: cmark-gfm omits the block's offsets from the link's own
    /// position, but its text child is placed right.
    private static func angleAutolink(_ node: CmarkNode, _ subject: InlineSubject, _ source: MarkdownSource) -> Range<Int>? {
        guard let text = node.firstChild, let inner = subject.offset(of: text),
              let innerEnd = subject.endOffset(of: text),
              source[inner - 1] == UInt8(ascii: "<"), source[innerEnd] == UInt8(ascii: ">")
        else { return nil }
        return (inner - 1)..<(innerEnd + 1)
    }

    private static func starts(_ source: MarkdownSource, at offset: Int, with prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { bytes in
            bytes.indices.allSatisfy { source[offset + $0] == bytes[$0] }
        }
    }
}
