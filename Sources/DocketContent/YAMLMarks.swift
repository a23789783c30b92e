/// Turns libyaml's marks into positions.
///
/// libyaml counts lines its own way: NEL, LS and PS end a line for it (YAML 1.1), not for
/// an editor or for the JSON reader. Its character index is exact, so positions are
/// recounted from that index with `SourceText`'s rules. Marks arrive in file order, so
/// the cursor only walks forward and the whole file costs one pass.
struct YAMLMarks {
    let bytes: UnsafeBufferPointer<UInt8>
    private let start: Int
    private var cursor: Cursor

    private struct Cursor {
        var characterIndex = 0
        var offset: Int
        var line = 1
        var column = 1
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // libyaml skips a byte order mark without counting it as a character.
        start = UTF8Bytes.hasByteOrderMark(bytes) ? 3 : 0
        cursor = Cursor(offset: start)
    }

    /// The position of the character libyaml numbers `characterIndex` (0-based).
    mutating func position(ofCharacter characterIndex: Int) -> SourcePosition {
        if characterIndex < cursor.characterIndex { cursor = Cursor(offset: start) }
        while cursor.characterIndex < characterIndex, cursor.offset < bytes.count {
            step()
            cursor.characterIndex += 1
        }
        return SourcePosition(line: cursor.line, column: cursor.column)
    }

    /// The UTF-8 offset of the character libyaml numbers `characterIndex`.
    mutating func offset(ofCharacter characterIndex: Int) -> Int {
        _ = position(ofCharacter: characterIndex)
        return cursor.offset
    }

    /// The position of the byte at `offset` (a reader error names bytes, not characters).
    mutating func position(ofByte offset: Int) -> SourcePosition {
        if offset < cursor.offset { cursor = Cursor(offset: start) }
        while cursor.offset < offset, cursor.offset < bytes.count {
            step()
            cursor.characterIndex += 1
        }
        return SourcePosition(line: cursor.line, column: cursor.column)
    }

    /// Where the node that starts at `characterIndex` has its first token, past its anchor
    /// and tag: `&base` in `key: &base [1, 2]` is not where the list is.
    mutating func positionAfterProperties(startingAt characterIndex: Int) -> SourcePosition {
        var offset = self.offset(ofCharacter: characterIndex)
        var inComment = false
        var atLineStart = false
        while offset < bytes.count {
            let byte = bytes[offset]
            // libyaml's line breaks: NEL, LS and PS end a comment or a line for it too.
            let lineBreak = UTF8Bytes.yamlLineBreakLength(in: bytes, at: offset)
            let startsLine = atLineStart
            atLineStart = lineBreak > 0
            if lineBreak > 0 {
                inComment = false
                offset += lineBreak
            } else if inComment || isBlank(byte) {
                offset += 1
            } else if startsLine, UTF8Bytes.hasByteOrderMark(bytes[offset...]) {
                // libyaml skips a byte order mark at the start of any line, as white space.
                offset += 3
            } else if byte == UInt8(ascii: "&") {
                // libyaml ends an anchor's name at the first byte that is not a letter,
                // digit, `-` or `_`: in `&a:b` the node is the scalar `:b`.
                offset += 1
                while offset < bytes.count, isAnchorByte(bytes[offset]) { offset += 1 }
            } else if byte == UInt8(ascii: "!") {
                while offset < bytes.count, !isBlank(bytes[offset]), UTF8Bytes.yamlLineBreakLength(in: bytes, at: offset) == 0 {
                    offset += 1
                }
            } else if byte == UInt8(ascii: "#") {
                inComment = true
            } else {
                break
            }
        }
        return position(ofByte: offset)
    }

    private func isAnchorByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    private func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// Moves the cursor over one character.
    private mutating func step() {
        let byte = bytes[cursor.offset]
        cursor.offset += UTF8Bytes.sequenceLength(lead: byte)
        let endsLine = byte == UInt8(ascii: "\n")
            || (byte == UInt8(ascii: "\r") && (cursor.offset == bytes.count || bytes[cursor.offset] != UInt8(ascii: "\n")))
        if endsLine {
            cursor.line += 1
            cursor.column = 1
        } else {
            cursor.column += 1
        }
    }
}
