/// Line and column of byte offsets that mostly move forward, in time linear in the file
/// however long its lines are (minified JSON is one line).
struct LineTracker {
    private(set) var line = 1
    private var lineStart: Int
    // The last offset asked for on this line and its column, to count on from there.
    private var known: (offset: Int, column: Int)

    init(start: Int) {
        lineStart = start
        known = (start, 1)
    }

    mutating func startLine(at offset: Int) {
        line += 1
        lineStart = offset
        known = (offset, 1)
    }

    mutating func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        if offset < known.offset { known = (lineStart, 1) }
        known.column += UTF8Bytes.scalarCount(in: bytes, from: known.offset, to: offset)
        known.offset = offset
        return SourcePosition(line: line, column: known.column)
    }
}
