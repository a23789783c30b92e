// The YAML scalar styles follow LibYAML's scanner (Copyright (c) 2006-2020 Kirill Simonov,
// MIT licence; the notice is in NOTICE).

extension ScalarSourceReader {
    /// A block scalar's header: its chomping (-1 strip, 0 clip, +1 keep) and explicit
    /// indentation (0 when detected from the content).
    struct BlockHeader {
        var chomping = 0
        var increment = 0
    }

    /// Reads the header after `|` or `>`, up to and including its line break.
    mutating func readBlockHeader() throws(Mismatch) -> BlockHeader {
        var header = BlockHeader()
        index += 1
        for _ in 0..<2 where index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "+"): header.chomping = 1
            case UInt8(ascii: "-"): header.chomping = -1
            case UInt8(ascii: "1")...UInt8(ascii: "9"): header.increment = Int(bytes[index] - UInt8(ascii: "0"))
            default: continue
            }
            index += 1
        }
        while isBlank(index) { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "#") {
            while index < bytes.count, !isBreak(index) { index += 1 }
        }
        guard index == bytes.count || isBreak(index) else { throw Mismatch() }
        index += breakLength(index)
        return header
    }

    /// The content indentations that could apply. An explicit indicator counts from the
    /// enclosing block collection's indentation, which lies somewhere left of the
    /// indicator (`column`, 0-based) or is absent (-1). Without one, libyaml takes the
    /// first content line's (nil here), or nothing when that is too shallow (`Int.max`).
    func blockIndentCandidates(column: Int) -> [Int?] {
        var probe = self
        guard let header = try? probe.readBlockHeader() else { return [] }
        guard header.increment > 0 else { return [nil, Int.max] }
        return (0...column).map { header.increment + $0 }
    }

    /// A literal or folded scalar (libyaml's `yaml_parser_scan_block_scalar`).
    mutating func readBlock(literal: Bool, indent: Int?) throws(Mismatch) {
        let header = try readBlockHeader()
        var indent = indent
        var trailingBreaks: [LineBreak] = []
        var leadingBreak: LineBreak?
        var leadingBlank = false
        var column = 0
        try skipBlockIndentation(indent: &indent, column: &column, breaks: &trailingBreaks)
        while column == indent, index < bytes.count {
            let trailingBlank = isBlank(index)
            if !literal, let leading = leadingBreak, folds(leading), !leadingBlank, !trailingBlank {
                if trailingBreaks.isEmpty {
                    try builder.emit([UInt8(ascii: " ")], at: leading.offset, origin: .lineBreak)
                }
            } else if let leading = leadingBreak {
                try emit(leading)
            }
            for lineBreak in trailingBreaks { try emit(lineBreak) }
            leadingBreak = nil
            trailingBreaks = []
            leadingBlank = isBlank(index)
            while index < bytes.count, !isBreak(index) {
                index += try builder.copyCharacter(at: index)
            }
            if index < bytes.count {
                leadingBreak = LineBreak(offset: index, length: breakLength(index))
                index += breakLength(index)
            }
            column = 0
            try skipBlockIndentation(indent: &indent, column: &column, breaks: &trailingBreaks)
        }
        if header.chomping != -1, let leading = leadingBreak { try emit(leading) }
        if header.chomping == 1 {
            for lineBreak in trailingBreaks { try emit(lineBreak) }
        }
    }

    /// Steps over indentation and empty lines (libyaml's
    /// `yaml_parser_scan_block_scalar_breaks`), settling the indentation if not yet known.
    private mutating func skipBlockIndentation(indent: inout Int?, column: inout Int, breaks: inout [LineBreak]) throws(Mismatch) {
        var deepest = 0
        while true {
            while indent.map({ column < $0 }) ?? true, index < bytes.count, bytes[index] == UInt8(ascii: " ") {
                index += 1
                column += 1
            }
            deepest = max(deepest, column)
            if indent.map({ column < $0 }) ?? true, index < bytes.count, bytes[index] == UInt8(ascii: "\t") {
                throw Mismatch()
            }
            guard isBreak(index) else { break }
            breaks.append(LineBreak(offset: index, length: breakLength(index)))
            index += breakLength(index)
            column = 0
        }
        if indent == nil { indent = max(deepest, 1) }
    }
}
