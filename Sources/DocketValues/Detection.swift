/// Something a detector found in a text: what it is and where, in UTF-8 bytes from the
/// start of the string the detector was given, so the caller can turn it into a line and
/// column without the detector knowing about files.
public struct Detection<Kind: Hashable & Sendable>: Hashable, Sendable {
    public var kind: Kind
    /// UTF-8 byte offset of the first byte of the match.
    public var offset: Int
    /// Length of the match in UTF-8 bytes.
    public var length: Int

    public init(kind: Kind, offset: Int, length: Int) {
        self.kind = kind
        self.offset = offset
        self.length = length
    }

    public var byteRange: Range<Int> { offset..<(offset + length) }

    /// The matched text, for messages such as `holds a phone number ("555-123-4567")`.
    public func text(in source: String) -> Substring {
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        let end = utf8.index(start, offsetBy: length)
        return source[start..<end]
    }
}

extension Detection {
    init(kind: Kind, range: Range<Int>) {
        self.init(kind: kind, offset: range.lowerBound, length: range.count)
    }
}
