import DocketText
import Foundation
import Testing

/// Every writer of markup refuses the same code points (docs/architecture.md, DocketText):
/// the XML of reports and error pages, and the sitemap, feeds and pages.
@Suite struct MarkupTextTests {
    /// NUL, a C0 and a C1 control, DEL, and three noncharacters (built from their values:
    /// Swift string literals refuse some noncharacters).
    static let forbidden: String = {
        var text = String.UnicodeScalarView()
        for (letter, value) in zip("abcdefgh", [0x0, 0x1, 0x7F, 0x85, 0x9F, 0xFDD0, 0xFFFE, 0x1FFFF] as [UInt32]) {
            text.append(Unicode.Scalar(String(letter))!)
            text.append(Unicode.Scalar(value)!)
        }
        text.append("i")
        return String(text)
    }()

    @Test func xmlTextAndThePagesReplaceTheSameCodePoints() {
        #expect(XMLText.escape(Self.forbidden) == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g\u{FFFD}h\u{FFFD}i")
        #expect(XMLText.escape(Self.forbidden) == Self.forbidden.withoutForbiddenCodePoints)
        #expect(XMLText.escape("tab\tline\nend") == "tab\tline\nend")
        #expect(XMLText.escape("<a href=\"x\">&'</a>\r") == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;&#13;")
    }

    @Test func htmlEscapingWorksOnBytesNotCharacters() {
        var out: [UInt8] = []
        // A quote followed by a combining mark is one Character, and still a quote.
        HTMLEscaping.append("\"\u{301}<'&>", to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "&quot;\u{301}&lt;&#39;&amp;&gt;")
    }

    @Test func terminalTextEscapesBidirectionalMarksToo() {
        #expect(TerminalText.escape("a\u{200E}b\u{061C}c\u{202E}d") == "a\\u{200E}b\\u{61C}c\\u{202E}d")
        #expect(TerminalText.escape("plain – “text” ✓") == "plain – “text” ✓")
    }
}
