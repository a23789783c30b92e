/// The markdown input as UTF-8 bytes, with its line table built on first use: most
/// inputs are entirely within the subset and never need it.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as cmark-gfm counts them. Lines and
/// columns are 1-based; columns count bytes, as cmark-gfm's positions do.
struct MarkdownSource {
    let bytes: UnsafeBufferPointer<UInt8>
    private var starts: [Int] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var count: Int { bytes.count }

    subscript(offset: Int) -> UInt8? {
        bytes.indices.contains(offset) ? bytes[offset] : nil
    }

    private mutating func lineStarts() -> [Int] {
        if starts.isEmpty {
            var table = [0]
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") {
                    index += 1
                }
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    table.append(index)
                }
            }
            starts = table
        }
        return starts
    }

    /// Offset where `line` starts; past the last line, the end of the input.
    mutating func start(ofLine line: Int) -> Int {
        let table = lineStarts()
        guard line >= 1 else { return 0 }
        return line <= table.count ? table[line - 1] : bytes.count
    }

    /// Offset of `line`'s terminator (or the end of the input).
    mutating func end(ofLine line: Int) -> Int {
        var end = start(ofLine: line + 1)
        let lineStart = start(ofLine: line)
        if end > lineStart, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > lineStart, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end
    }

    /// Offset of a 1-based line and byte column, clamped to that line.
    mutating func offset(line: Int, column: Int) -> Int {
        let lineStart = start(ofLine: line)
        return min(lineStart + max(column - 1, 0), end(ofLine: line))
    }

    /// The 1-based line holding `offset`.
    mutating func line(of offset: Int) -> Int {
        let table = lineStarts()
        var low = 0
        var high = table.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if table[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// First byte of `line` that is neither a space nor a tab.
    mutating func firstNonSpace(ofLine line: Int) -> Int {
        var offset = start(ofLine: line)
        let end = end(ofLine: line)
        while offset < end, bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t") {
            offset += 1
        }
        return offset
    }
}
