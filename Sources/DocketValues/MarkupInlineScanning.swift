import DocketDomain

// Inline markdown and HTML: tags, comments, entities, emphasis, code spans and links.

extension MarkupScanner {
    /// Scans one line; returns where the next scan may start (past a multi-line comment).
    mutating func scanInline(from start: Int, to lineEnd: Int) -> Int {
        var index = start
        while index < lineEnd, !isFull {
            let byte = bytes[index]
            var matchEnd: Int?
            switch byte {
            case UInt8(ascii: "<"):
                if let end = htmlComment(at: index) {
                    report(.htmlComment, index..<end)
                    return end
                }
                if let end = autolink(at: index, lineEnd) {
                    report(.link, index..<end)
                    matchEnd = end
                } else if let end = htmlTag(at: index) {
                    report(.htmlTag, index..<end)
                    if end > lineEnd { return end }
                    matchEnd = end
                }
            case UInt8(ascii: "&"):
                matchEnd = entity(at: index, lineEnd)
                if let end = matchEnd { report(.htmlEntity, index..<end) }
            case UInt8(ascii: "`"):
                if let end = codeSpan(at: index, lineEnd) {
                    report(.codeSpan, index..<end)
                    matchEnd = end
                } else {
                    matchEnd = runEnd(of: byte, from: index, lineEnd)
                }
            case UInt8(ascii: "*"), ASCII.underscore:
                if let match = emphasis(at: index, lineEnd) {
                    report(match.strong ? .strongEmphasis : .emphasis, index..<match.end)
                    matchEnd = match.end
                } else {
                    // Skip the whole run so that its second character is not an opener.
                    matchEnd = runEnd(of: byte, from: index, lineEnd)
                }
            case UInt8(ascii: "["):
                let isImage = index > 0 && bytes[index - 1] == UInt8(ascii: "!")
                matchEnd = link(at: index, lineEnd)
                if let end = matchEnd { report(isImage ? .image : .link, (isImage ? index - 1 : index)..<end) }
            default:
                break
            }
            index = matchEnd ?? index + 1
        }
        return lineEnd
    }

    private func runEnd(of byte: UInt8, from index: Int, _ lineEnd: Int) -> Int {
        var end = index
        while end < lineEnd, bytes[end] == byte { end += 1 }
        return end
    }

    /// `<!-- … -->`, possibly over several lines; an unclosed opener still counts.
    private func htmlComment(at index: Int) -> Int? {
        guard bytes.hasPrefix("<!--", at: index) else { return nil }
        var end = index + 4
        while end + 2 < bytes.count {
            if bytes[end] == ASCII.minus, bytes[end + 1] == ASCII.minus, bytes[end + 2] == UInt8(ascii: ">") {
                return end + 3
            }
            end += 1
        }
        return index + 4
    }

    /// `<https://…>` or `<mailto:…>`: a markdown autolink.
    private func autolink(at index: Int, _ lineEnd: Int) -> Int? {
        let schemeLength: Int
        if bytes.hasPrefix("<https://", at: index) { schemeLength = 9 }
        else if bytes.hasPrefix("<http://", at: index) { schemeLength = 8 }
        else if bytes.hasPrefix("<mailto:", at: index) { schemeLength = 8 }
        else { return nil }
        var end = index + schemeLength
        while end < lineEnd, !bytes[end].isASCIIWhitespace, bytes[end] != UInt8(ascii: ">") { end += 1 }
        guard end < lineEnd, bytes[end] == UInt8(ascii: ">"), end > index + schemeLength else { return nil }
        return end + 1
    }

    /// `<name …>` or `</name>` for a known element. Attributes may run over lines, up to
    /// 500 bytes, and must hold a `=` somewhere.
    private func htmlTag(at index: Int) -> Int? {
        var cursor = index + 1
        if bytes.byte(at: cursor) == ASCII.slash { cursor += 1 }
        let isClosing = cursor == index + 2
        let nameStart = cursor
        guard bytes.byte(at: cursor)?.isASCIILetter == true else { return nil }
        while cursor < bytes.count, bytes[cursor].isASCIIAlphanumeric { cursor += 1 }
        guard cursor - nameStart <= 10,
              HTMLElements.names.contains(bytes[nameStart..<cursor].map(\.asciiLowercased))
        else { return nil }
        var sawEquals = false
        var sawAttribute = false
        let limit = min(bytes.count, cursor + 500)
        while cursor < limit {
            switch bytes[cursor] {
            case UInt8(ascii: ">"):
                return !sawAttribute || sawEquals ? cursor + 1 : nil
            case UInt8(ascii: "<"):
                return nil
            case UInt8(ascii: "="):
                sawEquals = true
            case let byte where byte.isASCIIWhitespace || byte == ASCII.slash:
                break
            default:
                // A closing tag takes no attributes; an opening tag needs a space first.
                if isClosing || !bytes[cursor - 1].isASCIIWhitespace && !sawAttribute { return nil }
                sawAttribute = true
            }
            cursor += 1
        }
        return nil
    }

    /// `&amp;`, `&#169;`, `&#xA9;`.
    private func entity(at index: Int, _ lineEnd: Int) -> Int? {
        var cursor = index + 1
        let isNumeric = bytes.byte(at: cursor) == UInt8(ascii: "#")
        if isNumeric { cursor += 1 }
        let isHex = isNumeric && (bytes.byte(at: cursor) == UInt8(ascii: "x") || bytes.byte(at: cursor) == UInt8(ascii: "X"))
        if isHex { cursor += 1 }
        let bodyStart = cursor
        while cursor < lineEnd, cursor - bodyStart <= 32 {
            let byte = bytes[cursor]
            let fits = isHex ? (byte.isASCIIDigit || (byte | 0x20) &- 0x61 < 6)
                : isNumeric ? byte.isASCIIDigit
                : byte.isASCIIAlphanumeric
            guard fits else { break }
            cursor += 1
        }
        let minimum = isNumeric ? 1 : 2
        guard cursor - bodyStart >= minimum, cursor < lineEnd, bytes[cursor] == UInt8(ascii: ";") else { return nil }
        if !isNumeric, !bytes[bodyStart].isASCIILetter { return nil }
        return cursor + 1
    }

    /// A run of backticks closed by a run of the same length on the same line.
    private func codeSpan(at index: Int, _ lineEnd: Int) -> Int? {
        var openEnd = index
        while openEnd < lineEnd, bytes[openEnd] == UInt8(ascii: "`") { openEnd += 1 }
        let length = openEnd - index
        var cursor = openEnd
        while cursor < lineEnd {
            guard bytes[cursor] == UInt8(ascii: "`") else {
                cursor += 1
                continue
            }
            var runEnd = cursor
            while runEnd < lineEnd, bytes[runEnd] == UInt8(ascii: "`") { runEnd += 1 }
            if runEnd - cursor == length, cursor > openEnd { return runEnd }
            cursor = runEnd
        }
        return nil
    }

    /// `*x*`, `_x_`, `**x**`, `__x__`: an opener not preceded by a letter or digit and
    /// followed by non-space, closed on the same line by a run of the same length that
    /// follows non-space and is not followed by a letter or digit.
    private func emphasis(at index: Int, _ lineEnd: Int) -> (end: Int, strong: Bool)? {
        let marker = bytes[index]
        if index > 0, bytes[index - 1].isASCIIAlphanumeric || bytes[index - 1] == marker { return nil }
        if index > 0, !bytes[index - 1].isASCII, bytes.scalar(endingBefore: index)?.properties.isAlphabetic == true {
            return nil
        }
        var openEnd = index
        while openEnd < lineEnd, bytes[openEnd] == marker { openEnd += 1 }
        let length = openEnd - index
        guard length <= 3, openEnd < lineEnd, !bytes[openEnd].isASCIIWhitespace else { return nil }
        var cursor = openEnd
        while cursor < lineEnd {
            guard bytes[cursor] == marker else {
                cursor += 1
                continue
            }
            var runEnd = cursor
            while runEnd < lineEnd, bytes[runEnd] == marker { runEnd += 1 }
            let afterIsWord = runEnd < lineEnd && (bytes[runEnd].isASCIIAlphanumeric
                || (!bytes[runEnd].isASCII && bytes.scalar(startingAt: runEnd)?.properties.isAlphabetic == true))
            if runEnd - cursor == length, !bytes[cursor - 1].isASCIIWhitespace, !afterIsWord {
                return (runEnd, length >= 2)
            }
            cursor = runEnd
        }
        return nil
    }

    /// `[text](destination)` on one line, with non-empty text.
    private func link(at index: Int, _ lineEnd: Int) -> Int? {
        var cursor = index + 1
        while cursor < lineEnd, bytes[cursor] != UInt8(ascii: "]") {
            if bytes[cursor] == UInt8(ascii: "[") { return nil }
            cursor += 1
        }
        guard cursor < lineEnd, cursor > index + 1, bytes.byte(at: cursor + 1) == ASCII.openParen else { return nil }
        cursor += 2
        while cursor < lineEnd, bytes[cursor] != ASCII.closeParen { cursor += 1 }
        return cursor < lineEnd ? cursor + 1 : nil
    }
}

enum HTMLElements {
    static let names: Set<[UInt8]> = Set("""
        a abbr address area article aside audio b base bdi bdo big blink blockquote body br button canvas \
        caption center cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed \
        fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr \
        html i iframe img input ins kbd label legend li link main map mark marquee math menu meta meter nav \
        noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script \
        search section select slot small source span strike strong style sub summary sup svg table tbody td \
        template textarea tfoot th thead time title tr track tt u ul var video wbr
        """.split(separator: " ").map { Array($0.utf8) })
}
