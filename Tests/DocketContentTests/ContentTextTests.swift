import DocketContent
import Foundation
import Testing

@Suite struct ContentTextTests {
    @Test func decodesUTF8() throws {
        #expect(try ContentText.decode(Array("name: Zoë 日本 😀\n".utf8)) == "name: Zoë 日本 😀\n")
        #expect(try ContentText.decode(Data("a: b".utf8)) == "a: b")
        #expect(try ContentText.decode([UInt8]()) == "")
    }

    @Test func dropsTheByteOrderMark() throws {
        #expect(try ContentText.decode([0xEF, 0xBB, 0xBF] + Array("a: 1".utf8)) == "a: 1")
        #expect(try ContentText.decode([0xEF, 0xBB, 0xBF]) == "")
    }

    @Test func keepsCRLF() throws {
        #expect(try ContentText.decode(Array("a: 1\r\nb: 2\r\n".utf8)) == "a: 1\r\nb: 2\r\n")
    }

    @Test(arguments: [
        ([0x80], "0x80"),                          // a continuation byte alone
        ([0xC0, 0xAF], "0xC0"),                    // overlong '/'
        ([0xC1, 0xBF], "0xC1"),                    // overlong
        ([0xE0, 0x80, 0xAF], "0xE0 0x80"),         // overlong three-byte '/'
        ([0xF0, 0x80, 0x80, 0xAF], "0xF0 0x80"),   // overlong four-byte '/'
        ([0xED, 0xA0, 0x80], "0xED 0xA0"),         // the surrogate U+D800
        ([0xED, 0xBF, 0xBF], "0xED 0xBF"),         // the surrogate U+DFFF
        ([0xF4, 0x90, 0x80, 0x80], "0xF4 0x90"),   // U+110000
        ([0xF5, 0x80, 0x80, 0x80], "0xF5"),
        ([0xFF], "0xFF"),
        ([0xF0, 0x9F, 0x98], "0xF0 0x9F 0x98 0x20"),
        ([0xC3, 0x28], "0xC3 0x28"),               // a lead byte without its continuation
        ([0xE6, 0x97], "0xE6 0x97 0x20"),          // cut short by a space
    ] as [([UInt8], String)])
    func refusesInvalidUTF8(bad: [UInt8], shown: String) {
        let bytes = Array("title: ok\nbio: é".utf8) + bad + Array(" more\n".utf8)
        let error = #expect(throws: ParseError.self) { try ContentText.decode(bytes) }
        #expect(error?.rule == "file.encoding")
        #expect(error?.position == at(2, 7))
        #expect(error?.message == "the file is not valid UTF-8: bad byte sequence \(shown) at byte offset 17")
    }

    @Test func countsTheByteOrderMarkInOffsetsButNotInColumns() {
        let error = #expect(throws: ParseError.self) {
            try ContentText.decode([0xEF, 0xBB, 0xBF, 0x61, 0xC0, 0x80])
        }
        #expect(error?.position == at(1, 2))
        #expect(error?.message.hasSuffix("at byte offset 4") == true)
    }

    @Test func acceptsTheLargestCodePoints() throws {
        #expect(try ContentText.decode([0xF4, 0x8F, 0xBF, 0xBF]) == "\u{10FFFF}")
        #expect(try ContentText.decode([0xEE, 0x80, 0x80]) == "\u{E000}")
        #expect(try ContentText.decode([0xED, 0x9F, 0xBF]) == "\u{D7FF}")
    }
}
