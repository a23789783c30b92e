/// Maps offsets in a scalar's value back to the file, so that a problem found inside a
/// value (a markdown mistake in a bio) is reported where the author can see it.
///
/// The map re-reads the scalar's source with the rules libyaml or the JSON reader used to
/// produce its value, and records where each piece of the value came from. Characters
/// copied from the file map to themselves; a character an escape produced maps to the
/// escape's backslash (`''` in single quotes: to the first quote); a space or line break
/// produced by line folding maps to the line break it replaced.
///
/// Building costs time linear in the scalar's source: build one when a finding needs it.
/// Should the source ever not reproduce the value (the wrong file, say), every offset maps
/// to the scalar's own position.
public struct ScalarSourceMap: Sendable {
    public let scalar: Scalar
    private let source: SourceText
    private let segments: [Segment]
    /// Whether re-reading the source reproduced the value, so the map is exact.
    let isExact: Bool

    /// Where a piece of the value came from.
    enum Origin: Sendable, Equatable {
        /// Copied byte for byte from the file.
        case verbatim
        /// Produced by an escape sequence (or `''`), mapped to its first character.
        case escape
        /// Produced by a line break: kept, normalised to LF, or folded into a space.
        case lineBreak
    }

    /// Value bytes from `valueOffset` up to the next segment's come from `sourceOffset`:
    /// byte for byte when verbatim, all from that one character otherwise.
    struct Segment: Sendable {
        var valueOffset: Int
        var sourceOffset: Int
        var origin: Origin
    }

    public init(scalar: Scalar, in source: SourceText) {
        self.scalar = scalar
        self.source = source
        let segments = source.utf8Offset(of: scalar.position).flatMap { start in
            ScalarSourceReader.segments(
                of: scalar, in: source.bytes, from: start,
                column: scalar.position.column - 1
            )
        }
        self.segments = segments ?? []
        isExact = segments != nil
    }

    /// A map for `scalar` read from `text`, the whole file it came from.
    public init(scalar: Scalar, text: String) {
        self.init(scalar: scalar, in: SourceText(text))
    }

    /// The file position of the value's byte at `offset`; the value's end maps to just
    /// past its last character.
    public func position(ofUTF8Offset offset: Int) -> SourcePosition {
        guard let segment = segment(containing: offset) else { return scalar.position }
        return source.position(ofUTF8Offset: sourceOffset(of: offset, in: segment))
    }

    /// How the value's byte at `offset` was produced, when the map is exact.
    func origin(ofUTF8Offset offset: Int) -> Origin? {
        segment(containing: offset)?.origin
    }

    private func sourceOffset(of offset: Int, in segment: Segment) -> Int {
        segment.origin == .verbatim ? segment.sourceOffset + (offset - segment.valueOffset) : segment.sourceOffset
    }

    private func segment(containing offset: Int) -> Segment? {
        guard isExact, let first = segments.first, offset >= first.valueOffset else { return nil }
        var low = 0, high = segments.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if segments[middle].valueOffset <= offset { low = middle } else { high = middle - 1 }
        }
        return segments[low]
    }
}

/// Collects segments while checking, byte by byte, that they rebuild the expected value.
struct SegmentBuilder {
    struct Mismatch: Error {}

    let source: [UInt8]
    let expected: [UInt8]
    private(set) var produced = 0
    private(set) var segments: [ScalarSourceMap.Segment] = []

    init(source: [UInt8], expected: [UInt8]) {
        self.source = source
        self.expected = expected
    }

    var isComplete: Bool { produced == expected.count }

    /// Copies the character at `offset` from the file; returns its length in bytes.
    @discardableResult
    mutating func copyCharacter(at offset: Int) throws(Mismatch) -> Int {
        let length = UTF8Bytes.sequenceLength(lead: source[offset])
        try copy(offset..<offset + length)
        return length
    }

    mutating func copy(_ range: Range<Int>) throws(Mismatch) {
        guard range.upperBound <= source.count else { throw Mismatch() }
        try check(source[range])
        if let last = segments.last, last.origin == .verbatim,
           last.sourceOffset + (produced - last.valueOffset) == range.lowerBound
        {
            // Continues the previous run: nothing to record.
        } else {
            segments.append(.init(valueOffset: produced, sourceOffset: range.lowerBound, origin: .verbatim))
        }
        produced += range.count
    }

    mutating func emit(_ bytes: some Collection<UInt8>, at offset: Int, origin: ScalarSourceMap.Origin) throws(Mismatch) {
        guard !bytes.isEmpty else { return }
        try check(bytes)
        segments.append(.init(valueOffset: produced, sourceOffset: offset, origin: origin))
        produced += bytes.count
    }

    private func check(_ bytes: some Collection<UInt8>) throws(Mismatch) {
        guard produced + bytes.count <= expected.count,
              expected[produced..<produced + bytes.count].elementsEqual(bytes)
        else { throw Mismatch() }
    }
}
