import CCmarkGFM

/// How constructs outside the subset are shown: as the text the author wrote.
enum LiteralText {
    /// The source bytes of a block construct, from cmark-gfm's block positions (which,
    /// unlike inline ones, are source lines and byte columns). An end column of 0 means
    /// "the end of the previous line".
    static func blockRange(of node: CmarkNode, in source: inout MarkdownSource) -> Range<Int>? {
        guard node.startLine > 0 else { return nil }
        // A footnote definition's start column points at its text, past `[^label]:`.
        let start = node.type == CMARK_NODE_FOOTNOTE_DEFINITION
            ? source.firstNonSpace(ofLine: node.startLine)
            : source.offset(line: node.startLine, column: node.startColumn)
        let end: Int
        if node.endLine < node.startLine {
            // An HTML block closed on its first line (`<script>…</script>`) has no end
            // position; its literal holds its lines.
            let lines = node.literal.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            end = source.end(ofLine: node.startLine + max(lines, 1) - 1)
        } else if node.endColumn == 0 {
            end = source.end(ofLine: node.endLine - 1)
        } else {
            end = min(source.offset(line: node.endLine, column: node.endColumn) + 1, source.end(ofLine: node.endLine))
        }
        return start..<max(start, end)
    }

    /// A literal block: one paragraph, its source lines kept apart by `<br />`.
    static func appendBlock(_ text: UnsafeBufferPointer<UInt8>, to html: inout HTMLBuffer) {
        var end = text.count
        while end > 0, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(text[end - 1]) {
            end -= 1
        }
        html.lineBreakIfNeeded()
        html.append("<p>")
        var lineStart = 0
        var index = 0
        while index < end {
            let byte = text[index]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else { index += 1; continue }
            html.appendEscaped(UnsafeBufferPointer(rebasing: text[lineStart..<index]))
            html.append("<br />\n")
            index += (byte == UInt8(ascii: "\r") && index + 1 < end && text[index + 1] == UInt8(ascii: "\n")) ? 2 : 1
            lineStart = index
        }
        html.appendEscaped(UnsafeBufferPointer(rebasing: text[lineStart..<end]))
        html.append("</p>\n")
    }

    /// Inline text that may span lines: line endings become plain newlines, as cmark-gfm
    /// renders a soft break.
    static func appendInline(_ text: UnsafeBufferPointer<UInt8>, to html: inout HTMLBuffer) {
        guard text.contains(UInt8(ascii: "\r")) else {
            html.appendEscaped(text)
            return
        }
        var normalised: [UInt8] = []
        normalised.reserveCapacity(text.count)
        for (index, byte) in text.enumerated() {
            if byte == UInt8(ascii: "\r") {
                if index + 1 < text.count, text[index + 1] == UInt8(ascii: "\n") { continue }
                normalised.append(UInt8(ascii: "\n"))
            } else {
                normalised.append(byte)
            }
        }
        normalised.withUnsafeBufferPointer { html.appendEscaped($0) }
    }

    /// The construct rebuilt from the tree, for the rare inline whose source position
    /// cmark-gfm does not give reliably: its delimiters around what a reader would see.
    static func rebuilt(_ node: CmarkNode) -> [UInt8] {
        let text = node.plainText
        switch node.type {
        case CMARK_NODE_CODE:
            let fence = [UInt8](repeating: UInt8(ascii: "`"), count: longestBacktickRun(in: text) + 1)
            return fence + text + fence
        case CMARK_NODE_HTML_INLINE:
            return text
        case CMARK_NODE_IMAGE:
            return Array("![".utf8) + text + Array("](".utf8) + Array(node.url) + Array(")".utf8)
        case CMARK_NODE_LINK:
            return Array("[".utf8) + text + Array("](".utf8) + Array(node.url) + Array(")".utf8)
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            return Array("[^".utf8) + Array(node.literal) + Array("]".utf8)
        default:
            return Array("~~".utf8) + text + Array("~~".utf8)
        }
    }

    private static func longestBacktickRun(in text: [UInt8]) -> Int {
        var longest = 0
        var run = 0
        for byte in text {
            run = byte == UInt8(ascii: "`") ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }
}
