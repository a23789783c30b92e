import CCmarkGFM

/// Constructs outside the subset: their source as text, and a finding for each.
extension SubsetWriter {
    mutating func writeLiteralBlock(_ node: CmarkNode, _ construct: Construct) {
        if let range = LiteralText.blockRange(of: node, in: &source) {
            LiteralText.appendBlock(UnsafeBufferPointer(rebasing: source.bytes[range]), to: &html)
            record(.unsupported(construct), at: range.lowerBound)
        } else {
            node.plainText.withUnsafeBufferPointer { LiteralText.appendBlock($0, to: &html) }
            record(.unsupported(construct), at: 0)
        }
    }

    /// An inline construct as the author wrote it, sliced from the source where its
    /// position can be confirmed, else `fallback` (by default rebuilt from the tree).
    mutating func writeLiteralInline(_ node: CmarkNode, _ kind: FindingKind, fallback: [UInt8]? = nil) {
        let subject = inlineSubject()
        if let subject, let range = InlineSyntax.range(of: node, in: subject, source: source) {
            LiteralText.appendInline(UnsafeBufferPointer(rebasing: source.bytes[range]), to: &html)
            searchFloor = range.upperBound
            record(kind, at: range.lowerBound)
            return
        }
        let shown = fallback ?? LiteralText.rebuilt(node)
        shown.withUnsafeBufferPointer { LiteralText.appendInline($0, to: &html) }
        // GFM's extended autolinks are their own source text, but carry no position (or
        // one a byte off): look for that text after the last construct reported.
        let floor = searchFloor ?? leaf.flatMap { LiteralText.blockRange(of: $0, in: &source)?.lowerBound } ?? 0
        let found = fallback.flatMap { firstOccurrence(of: $0, from: floor) }
        let estimate = found
            ?? subject?.offset(of: node)
            ?? node.firstChild.flatMap { subject?.offset(of: $0) }
            ?? floor
        searchFloor = estimate + (found == nil ? 0 : shown.count)
        record(kind, at: estimate)
    }

    func firstOccurrence(of text: [UInt8], from start: Int) -> Int? {
        guard !text.isEmpty, start <= source.count - text.count else { return nil }
        return (start...(source.count - text.count)).first { offset in
            text.indices.allSatisfy { source[offset + $0] == text[$0] }
        }
    }

    mutating func inlineSubject() -> InlineSubject? {
        if subject == nil, let leaf {
            subject = InlineSubject(block: leaf, source: &source)
        }
        return subject
    }

    // MARK: Task list items

    /// A task item's checkbox is not in the tree: it is the `[ ]` or `[x]` between the
    /// list marker and the item's first block.
    mutating func noteTaskMarker(of item: CmarkNode) {
        let start = source.offset(line: item.startLine, column: item.startColumn)
        let end = item.firstChild.map { source.offset(line: $0.startLine, column: $0.startColumn) }
            ?? source.end(ofLine: item.startLine)
        guard let bracket = (start..<max(start, end)).first(where: { source[$0] == UInt8(ascii: "[") }) else { return }
        pendingTaskMarker = bracket..<end
        record(.unsupported(.taskListItem), at: bracket)
    }

    mutating func flushTaskMarker() {
        guard let marker = pendingTaskMarker else { return }
        pendingTaskMarker = nil
        html.appendEscaped(UnsafeBufferPointer(rebasing: source.bytes[marker]))
    }

    // MARK: Findings

    enum FindingKind {
        case unsupported(Construct)
        case linkScheme
    }

    mutating func record(_ kind: FindingKind, at offset: Int) {
        let finding: MarkdownFinding
        let line = source.line(of: offset)
        switch kind {
        case .unsupported(let construct):
            finding = MarkdownFinding(
                rule: MarkdownFinding.unsupportedRule, severity: .warning,
                message: construct.message(in: flavour), utf8Offset: offset, line: line)
        case .linkScheme:
            finding = MarkdownFinding(
                rule: MarkdownFinding.linkSchemeRule, severity: .error,
                message: Construct.linkSchemeMessage, utf8Offset: offset, line: line)
        }
        findings.append(finding)
    }
}
