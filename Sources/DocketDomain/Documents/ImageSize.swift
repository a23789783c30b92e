/// The pixel size a photo declares in its header, for `og:image:width` and `og:image:height`
/// (docs/decisions.md, "Structured data and link previews").
///
/// Only the header is read: PNG's IHDR, GIF's logical screen, JPEG's first start-of-frame
/// marker. Anything it cannot read plainly gives nil, and the page then says no size rather
/// than a wrong one.
public struct ImageSize: Sendable, Hashable {
    public let width: Int
    public let height: Int

    public init?(width: Int, height: Int) {
        guard width > 0, height > 0 else { return nil }
        self.width = width
        self.height = height
    }

    public init?(header bytes: [UInt8]) {
        if let size = Self.png(bytes) ?? Self.gif(bytes) ?? Self.jpeg(bytes) {
            self = size
        } else {
            return nil
        }
    }

    private static func bigEndian(_ bytes: [UInt8], _ at: Int, _ count: Int) -> Int {
        (at..<at + count).reduce(0) { $0 << 8 | Int(bytes[$1]) }
    }

    static func png(_ bytes: [UInt8]) -> ImageSize? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        // The first chunk must be IHDR: length 13, type, then width and height (4 bytes each).
        guard bytes.count >= 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        return ImageSize(width: bigEndian(bytes, 16, 4), height: bigEndian(bytes, 20, 4))
    }

    static func gif(_ bytes: [UInt8]) -> ImageSize? {
        guard bytes.count >= 10, Array(bytes[0..<6]) == Array("GIF87a".utf8) || Array(bytes[0..<6]) == Array("GIF89a".utf8) else { return nil }
        return ImageSize(width: Int(bytes[6]) | Int(bytes[7]) << 8, height: Int(bytes[8]) | Int(bytes[9]) << 8)
    }

    /// Walks the marker segments up to the first SOFn (C0–CF, less C4 DHT, C8 JPG, CC DAC);
    /// each step moves forward by a segment's declared length, so the walk always ends.
    static func jpeg(_ bytes: [UInt8]) -> ImageSize? {
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var index = 2
        while index + 3 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF { index += 1; continue }  // fill byte
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { index += 2; continue }  // no length
            if marker == 0xD9 || marker == 0xDA { return nil }  // end of image or start of scan before any frame
            let length = bigEndian(bytes, index + 2, 2)
            guard length >= 2 else { return nil }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                // length(2) precision(1) height(2) width(2)
                guard index + 9 <= bytes.count else { return nil }
                return ImageSize(width: bigEndian(bytes, index + 7, 2), height: bigEndian(bytes, index + 5, 2))
            }
            index += 2 + length
        }
        return nil
    }
}
