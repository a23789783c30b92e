import DocketDomain
import DocketSite
import Testing

/// The photo's pixel size for `og:image:width`/`height`, read from its header (issue 18 point 2).
@Suite struct ImageSizeTests {
    @Test func pngIHDR() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            + [0, 0, 0x01, 0x2C, 0, 0, 0, 0xC8, 8, 2, 0, 0, 0]
        #expect(ImageSize(header: png) == ImageSize(width: 300, height: 200))
    }

    @Test func gifLogicalScreen() {
        let gif = Array("GIF89a".utf8) + [0x40, 0x01, 0xF0, 0x00, 0, 0, 0]
        #expect(ImageSize(header: gif) == ImageSize(width: 320, height: 240))
    }

    @Test func jpegFirstFrameAfterOtherSegments() {
        let app0: [UInt8] = [0xFF, 0xE0, 0, 16] + Array("JFIF\0".utf8) + [1, 1, 0, 0, 1, 0, 1, 0, 0]
        let dht: [UInt8] = [0xFF, 0xC4, 0, 3, 0]  // a table marker in the SOF range, not a frame
        let sof2: [UInt8] = [0xFF, 0xC2, 0, 17, 8, 0x01, 0xE0, 0x02, 0x80, 3] + Array(repeating: 0, count: 9)
        #expect(ImageSize(header: [0xFF, 0xD8] + app0 + dht + sof2) == ImageSize(width: 640, height: 480))
    }

    @Test func brokenOrTruncatedHeadersGiveNoSize() {
        #expect(ImageSize(header: []) == nil)
        #expect(ImageSize(header: [0xFF, 0xD8, 0xFF, 0xE0, 0, 0]) == nil)  // length 0 would loop
        #expect(ImageSize(header: [0xFF, 0xD8, 0xFF, 0xC0, 0, 17, 8, 0]) == nil)  // frame cut short
        #expect(ImageSize(header: Array("GIF89a".utf8) + [0, 0, 0, 0]) == nil)  // zero size
        #expect(ImageSize(header: Array("not an image at all, really".utf8)) == nil)
    }
}
