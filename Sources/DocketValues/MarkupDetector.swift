import DocketDomain

/// Markdown and HTML in plain-text fields (request descriptions), which are shown
/// literally (warnings).
///
/// Only constructs that a markdown or HTML renderer would really turn into formatting are
/// reported, with stricter flanking rules than CommonMark's so that prose stays quiet:
/// `3 * 4`, `2*3*4`, `a - b`, `C#`, `#1`, `<3`, `x < y`, `snake_case_name` and `a<b and c>d`
/// are not markup. HTML tags must name a real HTML element; a tag with attributes must
/// have at least one `name=value`.
public enum MarkupDetector {
    public enum Kind: String, Hashable, Sendable {
        case htmlTag
        case htmlComment
        case htmlEntity
        case strongEmphasis
        case emphasis
        case link
        case image
        case codeSpan
        case codeFence
        case heading
        case listItem
        case blockQuote
        case thematicBreak
    }

    /// The first `limit` constructs in `text`, in order of position. Block constructs
    /// (headings, list items, quotes, fences, breaks) point at their marker; inline ones
    /// span the whole construct.
    public static func matches(in text: String, limit: Int = 5) -> [Detection<Kind>] {
        guard limit > 0 else { return [] }
        var scanner = MarkupScanner(bytes: Array(text.utf8), limit: limit)
        scanner.run()
        return scanner.found
    }
}

/// One pass over the text, line by line: block markers at line starts, then inline
/// constructs within the line.
struct MarkupScanner {
    typealias Kind = MarkupDetector.Kind

    let bytes: [UInt8]
    let limit: Int
    var found: [Detection<Kind>] = []

    init(bytes: [UInt8], limit: Int) {
        self.bytes = bytes
        self.limit = limit
    }

    var isFull: Bool { found.count >= limit }

    mutating func report(_ kind: Kind, _ range: Range<Int>) {
        if !isFull { found.append(Detection(kind: kind, range: range)) }
    }

    mutating func run() {
        var lineStart = 0
        var resumeAt = 0
        while lineStart <= bytes.count, !isFull {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != ASCII.lineFeed { lineEnd += 1 }
            // Lines inside a multi-line comment or tag are not scanned again.
            if resumeAt <= lineEnd {
                if resumeAt <= lineStart { scanBlockMarker(lineStart, lineEnd) }
                resumeAt = scanInline(from: max(lineStart, resumeAt), to: lineEnd)
            }
            lineStart = lineEnd + 1
        }
    }

    // MARK: Block constructs at the start of a line

    private mutating func scanBlockMarker(_ lineStart: Int, _ lineEnd: Int) {
        var index = lineStart
        while index < lineEnd, index - lineStart < 3, bytes[index] == ASCII.space { index += 1 }
        guard index < lineEnd else { return }
        let first = bytes[index]
        switch first {
        case UInt8(ascii: "#"):
            var level = index
            while level < lineEnd, bytes[level] == first { level += 1 }
            if level - index <= 6, hasTextAfterSpace(level, lineEnd) { report(.heading, index..<level) }
        case ASCII.minus, UInt8(ascii: "*"), ASCII.underscore, ASCII.plus:
            if first != ASCII.plus, isThematicBreak(index, lineEnd, marker: first) {
                report(.thematicBreak, index..<lineEnd)
            } else if first != ASCII.underscore, hasTextAfterSpace(index + 1, lineEnd) {
                report(.listItem, index..<(index + 1))
            }
        case UInt8(ascii: ">"):
            if hasTextAfterSpace(index + 1, lineEnd) { report(.blockQuote, index..<(index + 1)) }
        case UInt8(ascii: "`"), UInt8(ascii: "~"):
            if bytes.byte(at: index + 1) == first, bytes.byte(at: index + 2) == first {
                report(.codeFence, index..<(index + 3))
            }
        default:
            var digits = index
            while digits < lineEnd, bytes[digits].isASCIIDigit { digits += 1 }
            // At most three digits, so that a sentence starting "2026. " is not a list.
            guard (1...3).contains(digits - index), digits < lineEnd,
                  bytes[digits] == ASCII.dot || bytes[digits] == ASCII.closeParen,
                  hasTextAfterSpace(digits + 1, lineEnd)
            else { return }
            report(.listItem, index..<(digits + 1))
        }
    }

    /// A space or tab at `index`, then something other than white space on the line.
    private func hasTextAfterSpace(_ index: Int, _ lineEnd: Int) -> Bool {
        guard index < lineEnd, bytes[index] == ASCII.space || bytes[index] == ASCII.tab else { return false }
        return bytes[(index + 1)..<lineEnd].contains { !$0.isASCIIWhitespace }
    }

    /// Three or more of one of `-`, `*`, `_`, optionally spaced, and nothing else.
    private func isThematicBreak(_ index: Int, _ lineEnd: Int, marker: UInt8) -> Bool {
        var count = 0
        for byte in bytes[index..<lineEnd] {
            if byte == marker { count += 1 } else if !byte.isASCIIWhitespace { return false }
        }
        return count >= 3
    }
}
