import CCmarkGFM

/// Maps cmark-gfm's inline positions inside one paragraph or heading back to bytes of
/// the source.
///
/// cmark-gfm 0.29.0.gfm.6 parses a leaf block's inlines from its "subject": the block's
/// lines with container prefixes and leading whitespace removed. An inline's column is
/// its offset in the current subject line plus the block's first-line offset, so on any
/// line but the first it is not a source column; and the line counter skips newlines
/// inside link destinations and titles, so a column may run past the end of the line it
/// names. This type rebuilds where each subject line starts in the source and walks
/// forward across line ends, which undoes both. A rendered leaf block only ever sits
/// inside list items (every other container is shown as text), so a subject line starts
/// at the line's first non-blank byte, or — for a lazy continuation line — after the
/// indentation of the list items it still matched.
///
/// Two cases are detected rather than derived: link reference definitions at the top of
/// a paragraph, which cmark-gfm removes without moving the paragraph's start line, and
/// anything this model gets wrong. Callers verify every mapped position against the
/// syntax they expect there and fall back when it does not match.
struct InlineSubject {
    /// cmark-gfm's line number of the subject's first line.
    private let firstLine: Int
    /// What cmark-gfm adds to every inline column in this block.
    private let blockOffset: Int
    /// Source offset where each subject line starts, and where its line ends (after the terminator).
    private var lines: [(start: Int, end: Int)]

    init(block: CmarkNode, source: inout MarkdownSource) {
        firstLine = block.startLine
        let lastLine = block.endColumn == 0 ? block.endLine - 1 : block.endLine
        let firstLineStart = source.start(ofLine: firstLine)
        let contentStart = Self.contentStart(of: block, source: &source)
        blockOffset = contentStart - firstLineStart

        let indents = Self.listIndents(around: block)
        func continuation(_ line: Int) -> (start: Int, end: Int) {
            let lineStart = source.start(ofLine: line)
            let indent = source.firstNonSpace(ofLine: line) - lineStart
            let matched = indent >= (indents.last ?? 0) ? indent : (indents.last { $0 <= indent } ?? 0)
            return (lineStart + matched, source.start(ofLine: line + 1))
        }

        var unshifted = [(start: contentStart, end: source.start(ofLine: firstLine + 1))]
        if lastLine > firstLine {
            unshifted += (firstLine + 1...lastLine).map(continuation)
        }
        lines = unshifted
        if block.type == CMARK_NODE_PARAGRAPH, source[contentStart] == UInt8(ascii: "["),
           let first = block.firstChild {
            // Reference definitions may have taken the first lines: the subject then starts
            // on the first line where the first inline fits.
            for skipped in 0...max(0, lastLine - firstLine) {
                lines = Array(unshifted.dropFirst(skipped))
                if let offset = offset(of: first), InlineSyntax.fits(first, at: offset, in: source) { break }
                lines = unshifted
            }
        }
    }

    /// Source offset of a cmark-gfm (line, column) pair inside this block.
    func offset(line: Int, column: Int) -> Int? {
        var index = line - firstLine
        var within = column - 1 - blockOffset
        guard line > 0, index >= 0, index < lines.count, within >= 0 else { return nil }
        while within >= lines[index].end - lines[index].start, index + 1 < lines.count {
            within -= lines[index].end - lines[index].start
            index += 1
        }
        let offset = lines[index].start + within
        return offset < lines[index].end ? offset : nil
    }

    /// Where `node` starts by cmark-gfm's own position. Links and images carry the line
    /// they end on, so their line is taken from their first child, which starts on the
    /// opening bracket's line.
    func offset(of node: CmarkNode) -> Int? {
        var line = node.startLine
        if node.type == CMARK_NODE_LINK || node.type == CMARK_NODE_IMAGE,
           let child = node.firstChild, child.startLine > 0 {
            line = child.startLine
        }
        return offset(line: line, column: node.startColumn)
    }

    /// Where `node` ends (exclusive), from cmark-gfm's inclusive end column.
    func endOffset(of node: CmarkNode) -> Int? {
        offset(line: node.endLine, column: node.endColumn).map { $0 + 1 }
    }

    /// The first byte of the block's inline content on its first line.
    private static func contentStart(of block: CmarkNode, source: inout MarkdownSource) -> Int {
        var offset = source.offset(line: block.startLine, column: block.startColumn)
        guard block.type == CMARK_NODE_HEADING else { return offset }
        let end = source.end(ofLine: block.startLine)
        while offset < end, source[offset] == UInt8(ascii: "#") { offset += 1 }
        while offset < end, source[offset] == UInt8(ascii: " ") || source[offset] == UInt8(ascii: "\t") {
            offset += 1
        }
        return offset
    }

    /// Content columns (0-based) of the list items around `block`, outermost first.
    private static func listIndents(around block: CmarkNode) -> [Int] {
        var indents: [Int] = []
        var node = block.parent
        while let current = node {
            if current.type == CMARK_NODE_ITEM, let first = current.firstChild {
                indents.append(first.startColumn - 1)
            }
            node = current.parent
        }
        return indents.reversed()
    }
}
