// The YAML scalar styles follow LibYAML's scanner (Copyright (c) 2006-2020 Kirill Simonov,
// MIT licence; the notice is in NOTICE).

/// Re-reads one scalar's source the way its reader did, to record where each part of its
/// value came from. The YAML styles follow libyaml's scanner step by step (line folding,
/// escapes, block indentation and chomping), so the value comes out byte for byte the same.
struct ScalarSourceReader {
    typealias Mismatch = SegmentBuilder.Mismatch

    var builder: SegmentBuilder
    var index: Int
    var bytes: [UInt8] { builder.source }

    static func segments(of scalar: Scalar, in source: [UInt8], from start: Int, column: Int) -> [ScalarSourceMap.Segment]? {
        let expected = Array(scalar.text.utf8)
        let reader = ScalarSourceReader(builder: SegmentBuilder(source: source, expected: expected), index: start)
        switch scalar.style {
        case .plain:
            return reader.run { reader throws(Mismatch) in try reader.readPlain() }
        case .singleQuoted, .doubleQuoted:
            return reader.run { reader throws(Mismatch) in try reader.readQuoted(single: scalar.style == .singleQuoted) }
        case .literal, .folded:
            // The indentation may depend on the enclosing collection's, which the scalar
            // does not record: try each one it could be; only one rebuilds the value.
            for indent in reader.blockIndentCandidates(column: column) {
                let segments = reader.run { reader throws(Mismatch) in
                    try reader.readBlock(literal: scalar.style == .literal, indent: indent)
                }
                if let segments { return segments }
            }
            return nil
        case .jsonString:
            return reader.run { reader throws(Mismatch) in try reader.readJSONString() }
        case .jsonNumber, .jsonBool, .jsonNull:
            return reader.run { reader throws(Mismatch) in
                try reader.builder.copy(reader.index..<reader.index + expected.count)
            }
        }
    }

    /// Runs `read` on a copy and returns its segments if it rebuilt the whole value.
    private func run(_ read: (inout ScalarSourceReader) throws(Mismatch) -> Void) -> [ScalarSourceMap.Segment]? {
        var reader = self
        do {
            try read(&reader)
        } catch {
            return nil
        }
        return reader.builder.isComplete ? reader.builder.segments : nil
    }

    // MARK: Characters, as libyaml classifies them

    func isBlank(_ offset: Int) -> Bool {
        offset < bytes.count && (bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t"))
    }

    /// The length of the line break at `offset`, 0 when there is none. libyaml breaks
    /// lines at NEL, LS and PS too.
    func breakLength(_ offset: Int) -> Int {
        UTF8Bytes.yamlLineBreakLength(in: bytes, at: offset)
    }

    func isBreak(_ offset: Int) -> Bool { breakLength(offset) > 0 }

    func isBlankOrBreakOrEnd(_ offset: Int) -> Bool {
        offset >= bytes.count || isBlank(offset) || isBreak(offset)
    }

    // MARK: Line breaks in values

    /// A line break met while reading: where it is and how long.
    struct LineBreak {
        var offset: Int
        var length: Int
    }

    /// What a kept line break becomes in the value: LF for LF, CR, CRLF and NEL; LS and PS
    /// stay themselves.
    func product(of lineBreak: LineBreak) -> ArraySlice<UInt8> {
        lineBreak.length == 3 ? bytes[lineBreak.offset..<lineBreak.offset + 3] : [0x0A]
    }

    /// Whether libyaml folds this break (it folds those it normalises to LF).
    func folds(_ lineBreak: LineBreak) -> Bool { lineBreak.length < 3 }

    mutating func emit(_ lineBreak: LineBreak) throws(Mismatch) {
        try builder.emit(product(of: lineBreak), at: lineBreak.offset, origin: .lineBreak)
    }

    /// Flow folding between two lines of a plain or quoted scalar: a single break becomes
    /// a space, and each further break (a blank line) a line break.
    mutating func fold(_ leading: LineBreak?, _ trailing: [LineBreak]) throws(Mismatch) {
        if let leading, folds(leading) {
            if trailing.isEmpty {
                try builder.emit([UInt8(ascii: " ")], at: leading.offset, origin: .lineBreak)
            }
        } else if let leading {
            try emit(leading)
        }
        for lineBreak in trailing { try emit(lineBreak) }
    }
}
