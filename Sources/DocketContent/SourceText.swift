/// A content file's text with an index of its lines, to turn UTF-8 offsets into the
/// positions diagnostics print and back.
///
/// Lines end at LF, CR or CRLF, as in an editor: the YAML 1.1 breaks NEL, LS and PS are
/// ordinary characters here, so a YAML file and a JSON file count lines alike. A leading
/// byte order mark is not a character: column 1 of line 1 is the character after it.
public struct SourceText: Sendable {
    public let text: String
    let bytes: [UInt8]
    /// UTF-8 offset of the first character of each line.
    let lineStarts: [Int]

    public init(_ text: String) {
        self.text = text
        let bytes = Array(text.utf8)
        var lineStarts = [UTF8Bytes.hasByteOrderMark(bytes) ? 3 : 0]
        var index = lineStarts[0]
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"):
                lineStarts.append(index + 1)
            case UInt8(ascii: "\r") where index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n"):
                lineStarts.append(index + 1)
            default:
                break
            }
            index += 1
        }
        self.bytes = bytes
        self.lineStarts = lineStarts
    }

    /// The position of the character that holds the byte at `offset` (the end of the text
    /// for an offset past it).
    public func position(ofUTF8Offset offset: Int) -> SourcePosition {
        let offset = UTF8Bytes.characterStart(in: bytes, at: min(max(offset, lineStarts[0]), bytes.count))
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let column = UTF8Bytes.scalarCount(in: bytes, from: lineStarts[low], to: offset) + 1
        return SourcePosition(line: low + 1, column: column)
    }

    /// The UTF-8 offset of the character at `position`, or nil when the file has no such
    /// line or the line no such column. The end of a line (its break) is a valid column.
    public func utf8Offset(of position: SourcePosition) -> Int? {
        guard position.line >= 1, position.line <= lineStarts.count, position.column >= 1 else { return nil }
        var offset = lineStarts[position.line - 1]
        for _ in 1..<position.column {
            guard offset < bytes.count, !UTF8Bytes.isEditorLineBreak(bytes[offset]) else { return nil }
            offset += UTF8Bytes.sequenceLength(lead: bytes[offset])
        }
        return offset
    }
}

/// Byte-level helpers shared by the readers and the source maps.
enum UTF8Bytes {
    static func hasByteOrderMark(_ bytes: some RandomAccessCollection<UInt8>) -> Bool {
        bytes.count >= 3 && bytes.starts(with: [0xEF, 0xBB, 0xBF])
    }

    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The length of the UTF-8 sequence a (valid) lead byte starts.
    static func sequenceLength(lead: UInt8) -> Int {
        switch lead {
        case ..<0x80: return 1
        case ..<0xE0: return 2
        case ..<0xF0: return 3
        default: return 4
        }
    }

    /// The length of the line break at `offset` as libyaml reads one (LF, CR, CRLF, and
    /// YAML 1.1's NEL, LS and PS), 0 when there is none.
    static func yamlLineBreakLength<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at offset: Int) -> Int
    where Bytes.Index == Int {
        guard offset < bytes.count else { return 0 }
        switch bytes[offset] {
        case UInt8(ascii: "\n"): return 1
        case UInt8(ascii: "\r"): return offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "\n") ? 2 : 1
        case 0xC2: return offset + 1 < bytes.count && bytes[offset + 1] == 0x85 ? 2 : 0
        case 0xE2:
            guard offset + 2 < bytes.count, bytes[offset + 1] == 0x80 else { return 0 }
            return bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9 ? 3 : 0
        default: return 0
        }
    }

    static func isEditorLineBreak(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// Moves `offset` back to the first byte of the character it falls in.
    static func characterStart(in bytes: [UInt8], at offset: Int) -> Int {
        var offset = offset
        while offset > 0, offset < bytes.count, isContinuation(bytes[offset]) { offset -= 1 }
        return offset
    }

    /// How many Unicode scalars start in `bytes[start..<end]`.
    static func scalarCount<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, from start: Int, to end: Int) -> Int
    where Bytes.Index == Int {
        var count = 0
        var index = start
        while index < end {
            if !isContinuation(bytes[index]) { count += 1 }
            index += 1
        }
        return count
    }
}
