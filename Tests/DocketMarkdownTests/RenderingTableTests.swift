import Testing
@testable import DocketMarkdown

/// One input, the exact HTML it renders to, and what validation says about it.
struct RenderingCase: CustomTestStringConvertible, Sendable {
    var markdown: String
    var flavours: [MarkdownFlavour]
    var html: String
    /// (rule, line, UTF-8 offset) of each finding, in order.
    var findings: [Finding] = []

    struct Finding: Equatable, Sendable, CustomStringConvertible {
        var rule: String
        var line: Int
        var offset: Int
        var description: String { "\(rule)@\(line):\(offset)" }

        static func warning(line: Int, offset: Int) -> Finding {
            Finding(rule: "markdown.unsupported", line: line, offset: offset)
        }

        static func linkError(line: Int, offset: Int) -> Finding {
            Finding(rule: "markdown.link-scheme", line: line, offset: offset)
        }
    }

    var testDescription: String { "\(flavours.map(\.rawValue)) \(markdown.debugDescription)" }

    static let both = MarkdownFlavour.allCases

}

private let rel = "rel=\"nofollow ugc noopener\""

/// Every construct of each flavour, rendered as cmark-gfm renders it.
let subsetCases: [RenderingCase] = [
    .init(markdown: "Hello, world.", flavours: RenderingCase.both, html: "<p>Hello, world.</p>\n"),
    .init(markdown: "one\n\ntwo", flavours: RenderingCase.both, html: "<p>one</p>\n<p>two</p>\n"),
    .init(markdown: "soft\nbreak", flavours: RenderingCase.both, html: "<p>soft\nbreak</p>\n"),
    .init(markdown: "hard  \nbreak", flavours: RenderingCase.both, html: "<p>hard<br />\nbreak</p>\n"),
    .init(markdown: "hard\\\nbreak", flavours: RenderingCase.both, html: "<p>hard<br />\nbreak</p>\n"),
    .init(markdown: "**bold** and __bold__", flavours: RenderingCase.both,
          html: "<p><strong>bold</strong> and <strong>bold</strong></p>\n"),
    .init(markdown: "*italic* and _italic_", flavours: RenderingCase.both,
          html: "<p><em>italic</em> and <em>italic</em></p>\n"),
    .init(markdown: "***both***", flavours: RenderingCase.both, html: "<p><em><strong>both</strong></em></p>\n"),
    .init(markdown: "[text](https://example.com/a?b=1&c=2)", flavours: RenderingCase.both,
          html: "<p><a href=\"https://example.com/a?b=1&amp;c=2\" \(rel)>text</a></p>\n"),
    .init(markdown: "[text](http://example.com \"A \\\"title\\\"\")", flavours: RenderingCase.both,
          html: "<p><a href=\"http://example.com\" title=\"A &quot;title&quot;\" \(rel)>text</a></p>\n"),
    .init(markdown: "[write](mailto:a@example.com)", flavours: RenderingCase.both,
          html: "<p><a href=\"mailto:a@example.com\" \(rel)>write</a></p>\n"),
    .init(markdown: "[**bold** link](HTTPS://EXAMPLE.COM)", flavours: RenderingCase.both,
          html: "<p><a href=\"HTTPS://EXAMPLE.COM\" \(rel)><strong>bold</strong> link</a></p>\n"),
    .init(markdown: "[spaced](<http://x.org/a b>) [quote](http://x.org/it's)", flavours: RenderingCase.both,
          html: "<p><a href=\"http://x.org/a%20b\" \(rel)>spaced</a> <a href=\"http://x.org/it&#x27;s\" \(rel)>quote</a></p>\n"),
    .init(markdown: "[ref][r] and [r]\n\n[r]: http://example.com/r", flavours: RenderingCase.both,
          html: "<p><a href=\"http://example.com/r\" \(rel)>ref</a> and <a href=\"http://example.com/r\" \(rel)>r</a></p>\n"),
    .init(markdown: "[http://x.org](http://x.org)", flavours: RenderingCase.both,
          html: "<p><a href=\"http://x.org\" \(rel)>http://x.org</a></p>\n"),
    .init(markdown: "* a\n* b", flavours: RenderingCase.both, html: "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"),
    .init(markdown: "- a\n- b", flavours: RenderingCase.both, html: "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"),
    .init(markdown: "+ a\n+ b", flavours: RenderingCase.both, html: "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"),
    .init(markdown: "1. a\n2. b", flavours: RenderingCase.both, html: "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n"),
    .init(markdown: "3) c\n4) d", flavours: RenderingCase.both, html: "<ol start=\"3\">\n<li>c</li>\n<li>d</li>\n</ol>\n"),
    .init(markdown: "- a\n  - b\n    1. c", flavours: RenderingCase.both,
          html: "<ul>\n<li>a\n<ul>\n<li>b\n<ol>\n<li>c</li>\n</ol>\n</li>\n</ul>\n</li>\n</ul>\n"),
    .init(markdown: "- a\n\n- b", flavours: RenderingCase.both,
          html: "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n"),
    .init(markdown: "a < b & \"c\" > d", flavours: RenderingCase.both, html: "<p>a &lt; b &amp; &quot;c&quot; &gt; d</p>\n"),
    .init(markdown: "&copy; &amp; &#35; \\*not\\*", flavours: RenderingCase.both, html: "<p>© &amp; # *not*</p>\n"),
    .init(markdown: "{{ mustache }} and {{{ raw }}}", flavours: RenderingCase.both,
          html: "<p>{{ mustache }} and {{{ raw }}}</p>\n"),
    .init(markdown: "# One\n## Two\n### Three", flavours: [.profile],
          html: "<h3>One</h3>\n<h4>Two</h4>\n<h5>Three</h5>\n"),
    .init(markdown: "## Heading *with* [link](http://x.org) ##", flavours: [.profile],
          html: "<h4>Heading <em>with</em> <a href=\"http://x.org\" \(rel)>link</a></h4>\n"),
    .init(markdown: "", flavours: RenderingCase.both, html: ""),
    .init(markdown: "nul\u{0} byte", flavours: RenderingCase.both, html: "<p>nul\u{FFFD} byte</p>\n"),
    .init(markdown: "crlf\r\nline\r\n\r\n- item", flavours: RenderingCase.both,
          html: "<p>crlf\nline</p>\n<ul>\n<li>item</li>\n</ul>\n"),
]

/// Every construct outside a flavour: its source as text, and a finding where it starts.
let outsideCases: [RenderingCase] = [
    .init(markdown: "# Title", flavours: [.proposal], html: "<p># Title</p>\n",
          findings: [.warning(line: 1, offset: 0)]),
    .init(markdown: "intro\n\n### Three", flavours: [.proposal], html: "<p>intro</p>\n<p>### Three</p>\n",
          findings: [.warning(line: 3, offset: 7)]),
    .init(markdown: "#### Four", flavours: [.profile], html: "<p>#### Four</p>\n",
          findings: [.warning(line: 1, offset: 0)]),
    .init(markdown: "Title\n=====", flavours: RenderingCase.both, html: "<p>Title<br />\n=====</p>\n",
          findings: [.warning(line: 1, offset: 0)]),
    .init(markdown: "Title\n---", flavours: RenderingCase.both, html: "<p>Title<br />\n---</p>\n",
          findings: [.warning(line: 1, offset: 0)]),
    .init(markdown: "> quoted **bold**\n> more", flavours: RenderingCase.both,
          html: "<p>&gt; quoted **bold**<br />\n&gt; more</p>\n", findings: [.warning(line: 1, offset: 0)]),
    .init(markdown: "```swift\nlet x = a < b\n```", flavours: RenderingCase.both,
          html: "<p>```swift<br />\nlet x = a &lt; b<br />\n```</p>\n", findings: [.warning(line: 1, offset: 0)]),
    .init(markdown: "text\n\n    indented code", flavours: RenderingCase.both,
          html: "<p>text</p>\n<p>indented code</p>\n", findings: [.warning(line: 3, offset: 10)]),
    .init(markdown: "***", flavours: RenderingCase.both, html: "<p>***</p>\n", findings: [.warning(line: 1, offset: 0)]),
    .init(markdown: "| a | b |\n|---|---|\n| 1 | 2 |", flavours: RenderingCase.both,
          html: "<p>| a | b |<br />\n|---|---|<br />\n| 1 | 2 |</p>\n", findings: [.warning(line: 1, offset: 0)]),
    .init(markdown: "<div onclick=\"x()\">\nhi\n</div>", flavours: RenderingCase.both,
          html: "<p>&lt;div onclick=&quot;x()&quot;&gt;<br />\nhi<br />\n&lt;/div&gt;</p>\n",
          findings: [.warning(line: 1, offset: 0)]),
    .init(markdown: "a <b>bold</b>", flavours: RenderingCase.both, html: "<p>a &lt;b&gt;bold&lt;/b&gt;</p>\n",
          findings: [.warning(line: 1, offset: 2), .warning(line: 1, offset: 9)]),
    .init(markdown: "use `a < b` here", flavours: RenderingCase.both, html: "<p>use `a &lt; b` here</p>\n",
          findings: [.warning(line: 1, offset: 4)]),
    .init(markdown: "x ``code with ` tick`` y", flavours: RenderingCase.both,
          html: "<p>x ``code with ` tick`` y</p>\n", findings: [.warning(line: 1, offset: 2)]),
    .init(markdown: "see ![alt *text*](http://x.org/i.png \"t\")", flavours: RenderingCase.both,
          html: "<p>see ![alt *text*](http://x.org/i.png &quot;t&quot;)</p>\n", findings: [.warning(line: 1, offset: 4)]),
    .init(markdown: "go <https://x.org> now", flavours: RenderingCase.both,
          html: "<p>go &lt;https://x.org&gt; now</p>\n", findings: [.warning(line: 1, offset: 3)]),
    .init(markdown: "see www.example.com or https://x.org", flavours: RenderingCase.both,
          html: "<p>see www.example.com or https://x.org</p>\n",
          findings: [.warning(line: 1, offset: 4), .warning(line: 1, offset: 23)]),
    .init(markdown: "`www.x.org` www.x.org", flavours: RenderingCase.both, html: "<p>`www.x.org` www.x.org</p>\n",
          findings: [.warning(line: 1, offset: 0), .warning(line: 1, offset: 12)]),
    .init(markdown: "get ftp://x.org/f or (www.x.org) [www.y.org", flavours: RenderingCase.both,
          html: "<p>get ftp://x.org/f or (www.x.org) [www.y.org</p>\n",
          findings: [.warning(line: 1, offset: 4), .warning(line: 1, offset: 22)]),
    .init(markdown: "www.x.org first", flavours: RenderingCase.both, html: "<p>www.x.org first</p>\n",
          findings: [.warning(line: 1, offset: 0)]),
    .init(markdown: "mail me@example.com", flavours: RenderingCase.both, html: "<p>mail me@example.com</p>\n",
          findings: [.warning(line: 1, offset: 5)]),
    .init(markdown: "it ~~was~~ is", flavours: RenderingCase.both, html: "<p>it ~~was~~ is</p>\n",
          findings: [.warning(line: 1, offset: 3)]),
    .init(markdown: "claim[^1]\n\n[^1]: source", flavours: RenderingCase.both,
          html: "<p>claim[^1]</p>\n<p>[^1]: source</p>\n",
          findings: [.warning(line: 1, offset: 5), .warning(line: 3, offset: 11)]),
    .init(markdown: "- [ ] todo *now*\n- [x] done", flavours: RenderingCase.both,
          html: "<ul>\n<li>[ ] todo <em>now</em></li>\n<li>[x] done</li>\n</ul>\n",
          findings: [.warning(line: 1, offset: 2), .warning(line: 2, offset: 19)]),
    .init(markdown: "- item\n  more `code`\n\n  para", flavours: RenderingCase.both,
          html: "<ul>\n<li>\n<p>item\nmore `code`</p>\n<p>para</p>\n</li>\n</ul>\n",
          findings: [.warning(line: 2, offset: 14)]),
    .init(markdown: "[ref]: http://x.org\nline `one`\nline <i>two</i>", flavours: RenderingCase.both,
          html: "<p>line `one`\nline &lt;i&gt;two&lt;/i&gt;</p>\n",
          findings: [.warning(line: 2, offset: 25), .warning(line: 3, offset: 36), .warning(line: 3, offset: 42)]),
    .init(markdown: "[a\nlink](http://x.org\n\"t\") then `c`", flavours: RenderingCase.both,
          html: "<p><a href=\"http://x.org\" title=\"t\" \(rel)>a\nlink</a> then `c`</p>\n",
          findings: [.warning(line: 3, offset: 32)]),
    .init(markdown: "a\u{0}<b>\r\n\u{0}`c`", flavours: RenderingCase.both,
          html: "<p>a\u{FFFD}&lt;b&gt;\n\u{FFFD}`c`</p>\n",
          findings: [.warning(line: 1, offset: 2), .warning(line: 2, offset: 8)]),
    .init(markdown: "[x](javascript:alert(1))", flavours: RenderingCase.both,
          html: "<p>[x](javascript:alert(1))</p>\n", findings: [.linkError(line: 1, offset: 0)]),
    .init(markdown: "a\n[rel](/relative/path) and [proto](//evil.example)", flavours: RenderingCase.both,
          html: "<p>a\n[rel](/relative/path) and [proto](//evil.example)</p>\n",
          findings: [.linkError(line: 2, offset: 2), .linkError(line: 2, offset: 28)]),
    .init(markdown: "[x][bad]\n\n[bad]: data:text/html,hi", flavours: RenderingCase.both,
          html: "<p>[x][bad]</p>\n", findings: [.linkError(line: 1, offset: 0)]),
    .init(markdown: "> [x](javascript:alert(1))", flavours: RenderingCase.both,
          html: "<p>&gt; [x](javascript:alert(1))</p>\n", findings: [.warning(line: 1, offset: 0)]),
]

@Suite struct RenderingTableTests {
    @Test(arguments: subsetCases + outsideCases)
    func rendersExactly(_ example: RenderingCase) {
        for flavour in example.flavours {
            let rendered = SubsetRenderer(flavour: flavour).render(example.markdown)
            #expect(rendered.html == example.html, "\(flavour)")
            let findings = rendered.findings.map {
                RenderingCase.Finding(rule: $0.rule, line: $0.line, offset: $0.utf8Offset)
            }
            #expect(findings == example.findings, "\(flavour)")
            #expect(AllowListChecker.violations(in: rendered.html) == [])
        }
    }

    @Test(arguments: subsetCases)
    func subsetMatchesCmarkGFM(_ example: RenderingCase) {
        for flavour in example.flavours {
            #expect(example.html == CmarkReference.expectedSubsetHTML(example.markdown, flavour: flavour))
        }
    }

    @Test func findingsCarrySeverityAndMessage() {
        let rendered = SubsetRenderer(flavour: .proposal).render("> quote\n\n[x](javascript:y)")
        #expect(rendered.findings.map(\.severity) == [.warning, .error])
        #expect(rendered.findings.first?.message
            == "block quotes are not part of the proposal markdown subset; shown as text")
        #expect(rendered.findings.last?.message
            == "links may only point to http, https or mailto URLs; this one is shown as text")
    }
}
