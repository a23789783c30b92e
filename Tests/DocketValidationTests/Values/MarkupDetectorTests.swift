import DocketValidation
import DocketValues
import Testing

@Suite struct MarkupDetectorTests {
    private func found(_ text: String) -> [MarkupDetector.Kind] {
        MarkupDetector.matches(in: text).map(\.kind)
    }

    @Test(arguments: [
        ("make it <b>bold</b>", [MarkupDetector.Kind.htmlTag, .htmlTag], ["<b>", "</b>"]),
        ("end of </p> here", [.htmlTag], ["</p>"]),
        ("<script src=\"x.js\">", [.htmlTag], ["<script src=\"x.js\">"]),
        ("<SCRIPT>alert(1)</SCRIPT>", [.htmlTag, .htmlTag], ["<SCRIPT>", "</SCRIPT>"]),
        ("a line<br/>break <br />", [.htmlTag, .htmlTag], ["<br/>", "<br />"]),
        ("<div\n  class=\"x\">", [.htmlTag], ["<div\n  class=\"x\">"]),
        ("hidden <!-- note --> text", [.htmlComment], ["<!-- note -->"]),
        ("open <!-- never closed", [.htmlComment], ["<!--"]),
        ("Tom &amp; Jerry &#169; &#xA9;", [.htmlEntity, .htmlEntity, .htmlEntity], ["&amp;", "&#169;", "&#xA9;"]),
        ("this is **very** important", [.strongEmphasis], ["**very**"]),
        ("this is __very__ important", [.strongEmphasis], ["__very__"]),
        ("an _italic_ word", [.emphasis], ["_italic_"]),
        ("an *italic* word, *really*.", [.emphasis, .emphasis], ["*italic*", "*really*"]),
        ("see [the docs](https://example.com)", [.link], ["[the docs](https://example.com)"]),
        ("![diagram](arch.png)", [.image], ["![diagram](arch.png)"]),
        ("see <https://example.com>", [.link], ["<https://example.com>"]),
        ("run `terraform apply` now", [.codeSpan], ["`terraform apply`"]),
        ("run ``a ` b`` now", [.codeSpan], ["``a ` b``"]),
        ("x ```a`` y", [], []),
    ])
    func findsInlineMarkup(text: String, kinds: [MarkupDetector.Kind], matched: [String]) {
        let matches = MarkupDetector.matches(in: text)
        #expect(matches.map(\.kind) == kinds)
        #expect(matches.texts(in: text) == matched)
    }

    @Test(arguments: [
        ("# Heading", MarkupDetector.Kind.heading, "#"),
        ("intro\n### Goals", .heading, "###"),
        ("   ## indented", .heading, "##"),
        ("- item", .listItem, "-"),
        ("needs:\n* one\n", .listItem, "*"),
        ("+ plus", .listItem, "+"),
        ("1. first", .listItem, "1."),
        ("text\n12) twelfth", .listItem, "12)"),
        ("> quoted reply", .blockQuote, ">"),
        ("```", .codeFence, "```"),
        ("~~~yaml", .codeFence, "~~~"),
        ("above\n---\nbelow", .thematicBreak, "---"),
        ("* * *", .thematicBreak, "* * *"),
        ("a\r\n- item\r\n", .listItem, "-"),
    ])
    func findsBlockMarkersAtLineStart(text: String, kind: MarkupDetector.Kind, marker: String) {
        let matches = MarkupDetector.matches(in: text)
        #expect(matches.first?.kind == kind)
        #expect(matches.texts(in: text).first == marker)
    }

    @Test(arguments: [
        "3 * 4 = 12 and 2*3*4 = 24",
        "a - b, x+y, a / b",
        "we use C# and F#, ticket #1 and #42",
        "I <3 AWS, x < y and y > z",
        "if a<b and c>d then",
        "snake_case_name and __init__py",
        "price: 5* rating",
        "AT&T and R&D; Q&A",
        "    - indented four spaces is code, not a list",
        "#hashtag at line start",
        "2026. was a good year",
        "1.5 million",
        "arrays like a[0] and b[1]",
        "the *nix world",
        "don`t",
        "wrap <foo> and <custom-tag>",
        "rate is 5% - 10%",
        "> ",
        "-",
        "",
        "Need help configuring a VPC (Lambda, API Gateway, DynamoDB, S3) — see attached.",
    ])
    func ignoresOrdinaryProse(text: String) {
        #expect(found(text) == [])
    }

    @Test func stopsAtTheLimitAndReportsInOrder() {
        let text = "# Title\n**a** *b* `c` <b>d</b> [e](f)"
        #expect(found(text) == [.heading, .strongEmphasis, .emphasis, .codeSpan, .htmlTag])
        #expect(MarkupDetector.matches(in: text, limit: 2).map(\.kind) == [.heading, .strongEmphasis])
        #expect(MarkupDetector.matches(in: text, limit: 0) == [])
        #expect(MarkupDetector.matches(in: text, limit: 10).count == 7)
    }

    @Test func offsetsAreUTF8Bytes() {
        let text = "café **très** bien"
        let match = MarkupDetector.matches(in: text)[0]
        #expect(match.offset == 6) // "café " is 6 bytes
        #expect(match.length == 9) // "**très**" is 8 characters, 9 bytes
    }

    @Test func aCommentSpanningLinesHidesItsLines() {
        let text = "before <!-- a\n# not a heading\n--> after\n- item"
        #expect(found(text) == [.htmlComment, .listItem])
    }
}
