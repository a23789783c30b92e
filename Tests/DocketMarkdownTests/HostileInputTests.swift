import Testing
@testable import DocketMarkdown

/// An input written to get markup, a script or a dangerous URL past the renderer.
struct HostileInput: CustomTestStringConvertible, Sendable {
    var markdown: String
    /// The input holds a link to a refused URL: validation must report an error.
    var refusesLink = false

    var testDescription: String { markdown.debugDescription }
}

private func link(_ markdown: String) -> HostileInput {
    HostileInput(markdown: markdown, refusesLink: true)
}

private func text(_ markdown: String) -> HostileInput {
    HostileInput(markdown: markdown)
}

let hostileInputs: [HostileInput] = [
    // Script and event-handler tags, as blocks and inline.
    text("<script>alert(1)</script>"),
    text("<SCRIPT SRC=http://x.example/x.js></SCRIPT>"),
    text("before <script>alert(1)</script> after"),
    text("<img src=x onerror=alert(1)>"),
    text("<svg onload=alert(1)>"),
    text("<body onload=alert(1)>"),
    text("<a href=\"javascript:alert(1)\">x</a>"),
    text("<a href=\"&#106;avascript:alert(1)\">x</a>"),
    text("<a href=javascript:alert(1)>x"),
    text("<a href=\"http://x.example\" onclick=\"alert(1)\">x</a>"),
    text("<iframe src=\"javascript:alert(1)\"></iframe>"),
    text("<div style=\"background:url(javascript:alert(1))\">x</div>"),
    text("<p style=\"color:red\">styled</p>"),
    text("<style>body { display: none }</style>"),
    text("<object data=\"data:text/html,<script>alert(1)</script>\">"),
    text("<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>"),
    text("<details open ontoggle=alert(1)>"),
    text("**<img src=x onerror=alert(1)>**"),
    text("- <script>alert(1)</script>\n- *<b onmouseover=alert(1)>x</b>*"),
    text("# <script>alert(1)</script>"),
    text("[x](http://x.example) <span style=\"x\">y</span>"),
    // Comments, CDATA, processing instructions, declarations.
    text("<!-- <script>alert(1)</script> --> text"),
    text("a <!-- comment --> b"),
    text("<![CDATA[ <script>alert(1)</script> ]]>"),
    text("x <![CDATA[ ]]> y"),
    text("<?php echo '<script>'; ?>"),
    text("<!DOCTYPE html>"),
    // Nested, broken and unclosed tags.
    text("<div><span><b onmouseover=alert(1)>x"),
    text("<<script>script>alert(1)<</script>/script>"),
    text("<scr<script>ipt>alert(1)</script>"),
    text("text <img src=x onerror=alert(1)"),
    text("\\<script>alert(1)\\</script>"),
    text("&lt;script&gt;alert(1)&lt;/script&gt;"),
    text("&#60;script&#62;alert(1)&#60;/script&#62;"),
    text("a\u{0}<script>\u{0}alert(1)</script>"),
    // javascript: in every spelling.
    link("[x](javascript:alert(1))"),
    link("[x](JaVaScRiPt:alert(1))"),
    link("[x](javascript&#58;alert(1))"),
    link("[x](&#106;avascript:alert(1))"),
    link("[x](&#x6A;&#x61;vascript:alert(1))"),
    link("[x](java&#x09;script:alert(1))"),
    link("[x](jav&Tab;ascript:alert(1))"),
    link("[x](<java\tscript:alert(1)>)"),
    link("[x](&#1;javascript:alert(1))"),
    link("[x]( javascript:alert(1))"),
    link("[x](javascript%3Aalert(1))"),
    link("[x](javascript\\:alert(1))"),
    link("[x](\\javascript:alert(1))"),
    link("[x](ｊａｖａｓｃｒｉｐｔ:alert(1))"),
    link("[x](javascript:alert(1) \"title\")"),
    link("[[x](javascript:alert(1))](http://x.example)"),
    // Other refused schemes and URLs without one.
    link("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
    link("[x](DATA:text/html,hi)"),
    link("[x](vbscript:msgbox(1))"),
    link("[x](VBScript:msgbox(1))"),
    link("[x](file:///etc/passwd)"),
    link("[x](//evil.example/x)"),
    link("[x](/relative)"),
    link("[x]()"),
    link("[x](<>)"),
    // Reference links.
    link("[x][r]\n\n[r]: javascript:alert(1)"),
    link("[x]\n\n[x]: vbscript:msgbox(1)"),
    text("[x][r]\n\n[r]: http://x.example \"\\\"><script>alert(1)</script>\""),
    // Attribute breakout through titles and URLs.
    text("[x](http://x.example \"\\\" onmouseover=\\\"alert(1)\")"),
    text("[x](http://x.example 'a\" onclick=\"b')"),
    text("[x](http://x.example/\"onmouseover=alert(1))"),
    text("[x](<http://x.example/\" onclick=\"alert(1)>)"),
    text("[x](https:javascript:alert(1))"),
    text("[x](mailto:javascript:alert(1))"),
    text("[x](http://x.example)(javascript:alert(1))"),
    // Images.
    text("![x](javascript:alert(1))"),
    text("![x](http://x.example/i.png\"onerror=\"alert(1))"),
    text("![<img src=x onerror=alert(1)>](http://x.example)"),
    text("[![x](http://x.example/i.png)](javascript:alert(1))"),
    // Autolinks.
    link("<javascript:alert(1)>"),
    link("<JAVASCRIPT:alert(1)>"),
    link("<vbscript:msgbox(1)>"),
    text("<data:text/html,<script>alert(1)</script>>"),
    text("www.x.example/\"onmouseover=\"alert(1)"),
    text("javascript:alert(1)"),
    // Text that looks like templates.
    text("{{ user.name }} {{{ html }}} {{#each x}}{{/each}} {{> partial}}"),
    text("{{<script>alert(1)</script>}}"),
    text("[{{x}}](http://x.example/{{y}})"),
    // Constructs outside the subset that carry markup.
    text("`<script>alert(1)</script>`"),
    text("```html\n<script>alert(1)</script>\n```"),
    text("| <script> |\n|---|\n| <img src=x onerror=alert(1)> |"),
    text("x[^1]\n\n[^1]: <script>alert(1)</script>"),
    text("> <script>alert(1)</script>"),
    // Depth.
    text(String(repeating: "> ", count: 400) + "<script>alert(1)</script>"),
    text((0..<200).map { String(repeating: "  ", count: $0) + "- <b onclick=x>\($0)</b>" }.joined(separator: "\n")),
    text(String(repeating: "*", count: 2000) + "<script>" + String(repeating: "_", count: 2000)),
    text(String(repeating: "[", count: 1000) + "x](javascript:alert(1))" + String(repeating: "]", count: 1000)),
]

@Suite struct HostileInputTests {
    @Test func thereAreEnough() {
        #expect(hostileInputs.count >= 60)
    }

    @Test(arguments: hostileInputs)
    func outputHoldsOnlyTheAllowList(_ input: HostileInput) {
        for flavour in MarkdownFlavour.allCases {
            let rendered = SubsetRenderer(flavour: flavour).render(input.markdown)
            #expect(AllowListChecker.violations(in: rendered.html) == [], "\(flavour): \(rendered.html)")
            if input.refusesLink {
                #expect(rendered.findings.contains { $0.rule == "markdown.link-scheme" && $0.severity == .error },
                        "\(flavour)")
                #expect(!rendered.html.contains("<a "), "\(flavour)")
            }
        }
    }

    @Test func checkerCatchesWhatItMust() {
        // The checker itself must fail unsafe HTML, or the tests above prove nothing.
        #expect(AllowListChecker.violations(in: "<script>alert(1)</script>") != [])
        #expect(AllowListChecker.violations(in: "<p onclick=\"x\">a</p>") != [])
        #expect(AllowListChecker.violations(in: "<p style=\"x\">a</p>") != [])
        #expect(AllowListChecker.violations(in: "<a href=\"javascript:alert(1)\">a</a>") != [])
        #expect(AllowListChecker.violations(in: "<a href=\" javascript:alert(1)\">a</a>") != [])
        #expect(AllowListChecker.violations(in: "<a href=\"&#106;avascript:x\">a</a>") != [])
        #expect(AllowListChecker.violations(in: "<a href=\"/x\" rel=\"nofollow ugc noopener\">a</a>") != [])
        #expect(AllowListChecker.violations(in: "<img src=\"http://x\">") != [])
        #expect(AllowListChecker.violations(in: "a <!-- c --> b") != [])
        #expect(AllowListChecker.violations(in: "<p>ok <a href=\"https://x\" rel=\"nofollow ugc noopener\">x</a></p>") == [])
    }

    @Test func linkPolicyAllowsOnlyThreeSchemes() {
        func allows(_ url: String) -> Bool {
            Array(url.utf8).withUnsafeBufferPointer { LinkPolicy.allows($0) }
        }
        #expect(allows("http://x") && allows("HTTPS://x") && allows("mailto:a@b") && allows("hTtP:x"))
        for refused in ["javascript:x", "java\tscript:x", "\u{1}http://x", " http://x", "http\n://x",
                        "data:x", "vbscript:x", "//x", "/x", "x", "", "https", "ftp://x", "http://x\u{7F}"] {
            #expect(!allows(refused), "\(refused.debugDescription)")
        }
    }
}
