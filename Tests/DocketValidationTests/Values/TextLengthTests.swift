@testable import DocketValidation
import DocketValues
import Testing

@Suite struct TextLengthTests {
    @Test func countsGraphemeClustersNotScalarsOrBytes() {
        #expect(TextLength.count("Migrate website to AWS") == 22)
        // Ten emoji: ZWJ families, skin tones, flags and keycaps are one character each.
        let emojiTitle = "👨‍👩‍👧‍👦👍🏽🇫🇷🇬🇧🇺🇸1️⃣🏳️‍🌈❤️‍🔥🧑🏿‍💻😀"
        #expect(TextLength.count(emojiTitle) == 10)
        #expect(emojiTitle.unicodeScalars.count > 10)
    }

    @Test(arguments: [
        ("e\u{301}", 1),                 // e + combining acute
        ("\u{E9}", 1),                   // precomposed é
        ("a\u{308}\u{301}\u{323}", 1),   // stacked combining marks
        ("🇫🇷🇬🇧", 2),                    // two flags, four regional indicators
        ("🇫", 1),                        // a lone regional indicator
        ("👩‍💻", 1),                       // ZWJ sequence
        ("a\r\nb", 3),                   // CRLF is one character
        ("\r\n", 0),                     // and white space
        ("한국어", 3),
        ("\u{200B}", 1),                 // zero-width space is not white space
    ])
    func countsUserPerceivedCharacters(text: String, expected: Int) {
        #expect(TextLength.count(text) == expected)
    }

    @Test func trimsUnicodeWhiteSpaceAtBothEndsOnly() {
        #expect(TextLength.count("  ten chars \n") == 9)
        #expect(TextLength.count("\u{A0}\u{3000}abc\u{2028}\t") == 3)
        #expect(TextLength.count("a  b") == 4)
        #expect(TextLength.count("") == 0)
        #expect(TextLength.count(" \n\t\u{A0}") == 0)
        #expect(TextLength.trimmed("\r\n title \r\n") == "title")
    }

    @Test func spaceWithCombiningMarkAtAnEdgeIsTrimmedAsOneCharacter() {
        #expect(TextLength.count("abc \u{301}") == 3)
    }

    @Test(arguments: [
        ("Need help\nwith   IAM", "Need help with IAM"),
        ("  leading and trailing  ", "leading and trailing"),
        ("tabs\t\tand\r\nCRLF", "tabs and CRLF"),
        ("no\u{A0}\u{A0}break", "no break"),
        ("unicode\u{2028}line é", "unicode line é"),
        ("already clean", "already clean"),
        ("", ""),
        (" \n ", ""),
        ("a\nb", "a b"),
    ])
    func collapsesEveryRunOfWhiteSpaceToOneSpace(input: String, expected: String) {
        #expect(TextLength.collapsingWhitespace(input) == expected)
    }

    @Test(arguments: [(8, 30), (7, 29), (9, 31)])
    func collapsingAtTheDescriptionMinimum(lastWord: Int, expected: Int) {
        // Raw text well over 30 characters, but only `expected` once collapsed.
        let text = "aaaaaaaaaa\n\n\t bbbbbbbbbb\r\n   " + String(repeating: "c", count: lastWord) + " \n"
        #expect(TextLength.count(TextLength.collapsingWhitespace(text)) == expected)
    }

    /// The reference: the rule written with `Character`s, as the spec states it.
    private func collapsedByCharacters(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: [
        "a \u{301}b",                 // a combining mark on a space belongs to the space
        " \u{301}\u{302}lead",
        "tail \u{20DD}",
        "zwj \u{200D}\u{200D}x",
        "é\u{A0}\u{301}ü",
        "नमस्ते दुनिया",
        "👩‍💻 \r\n 👍🏽\u{2003}🇫🇷",
        "\u{FEFF}bom\u{200B}zero width",
        "mixed\u{85}next\u{2029}para\u{3000}ideo",
        "e\u{301} \u{E9}",
    ])
    func agreesWithCharacterWhiteSpace(text: String) {
        #expect(TextLength.collapsingWhitespace(text) == collapsedByCharacters(text))
        #expect(TextLength.count(TextLength.collapsingWhitespace(text)) == collapsedByCharacters(text).count)
    }
}

@Suite struct TextLengthASCIIPathTests {
    /// The ASCII fast path must agree with grapheme counting on every ASCII text,
    /// white space and CRLF pairs included.
    @Test func agreesWithGraphemeCounting() {
        let alphabet: [UInt8] = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1F, 0x20, 0x41, 0x62, 0x2E, 0x0D, 0x0A]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...12, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(TextLength.asciiCount(text) == TextLength.trimmed(text).count, "\(bytes)")
        }
        #expect(TextLength.asciiCount("café") == nil)
    }
}
