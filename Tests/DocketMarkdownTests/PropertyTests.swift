import PropertyBased
import Testing
@testable import DocketMarkdown

/// Generated markdown: runs of the subset's syntax characters, constructs from outside
/// it, hostile fragments and plain words, so that delimiters nest, clash and break off.
enum MarkdownGen {
    static let tokens: [String] = [
        "*", "**", "_", "__", "[", "]", "(", ")", "<", ">", "!", "#", "`", "```", "-", "+", ".",
        "&", ":", ";", "\n", "\n\n", "\r\n", " ", "  \n", "\t", "    ", "|", "~", "~~", "\"", "'",
        "\\", "=", "/", "^", "{{", "}}", "1.", "3)", "- ", "* ", "# ", "### ", "> ", "---", "===",
        "a", "word", "é", "🙂", "x@y.z", "http://x.y", "https://x.y/p?q=1&r=2", "www.x.y",
        "mailto:a@b.c", "javascript:", "JaVaScRiPt:", "data:", "vbscript:", "//x.y", "alert(1)",
        "&#106;", "&#x3A;", "&amp;", "&Tab;", "&quot;", "<script>", "</script>", "<img src=x ",
        "onerror=", "style=", "<a href=\"", "<!--", "-->", "<![CDATA[", "]]>", "<?", "?>",
        "[x]: ", "[^1]", "[ ] ", "[x] ", "\u{0}",
    ]

    static let markdown = Gen<String?>.element(of: tokens)
        .map { $0 ?? "" }
        .array(of: 0...60)
        .map { $0.joined() }
}

@Suite struct PropertyTests {
    @Test(arguments: MarkdownFlavour.allCases)
    func outputIsAlwaysSafeAndStable(_ flavour: MarkdownFlavour) async {
        let renderer = SubsetRenderer(flavour: flavour)
        await propertyCheck(count: 600, input: MarkdownGen.markdown) { markdown in
            let rendered = renderer.render(markdown)
            #expect(AllowListChecker.violations(in: rendered.html) == [])
            #expect(renderer.render(markdown) == rendered)
            let size = markdown.utf8.count
            // Lines end at \n, \r\n or a lone \r (one Character for \r\n, so count bytes).
            let bytes = Array(markdown.utf8)
            let lines = 1 + bytes.indices.filter {
                bytes[$0] == 10 || (bytes[$0] == 13 && ($0 + 1 == bytes.count || bytes[$0 + 1] != 10))
            }.count
            for finding in rendered.findings {
                #expect((0...size).contains(finding.utf8Offset))
                #expect((1...lines).contains(finding.line))
            }
        }
    }

    /// cmark-gfm keeps global state that concurrent parses used to trample (see
    /// `GFMParser`): rendering on many threads at once must give the sequential result.
    @Test func concurrentRenderingMatchesSequential() async throws {
        let inputs = try GFMSpecTests.loadExamples().map(\.markdown)
            + hostileInputs.map(\.markdown)
            + (0..<200).map { "~~strike \($0)~~ www.x\($0).org *a~b* `c` [l](http://x/\($0)) a@b\($0).co" }
        let renderer = SubsetRenderer(flavour: .profile)
        let sequential = inputs.map(renderer.render)
        for _ in 0..<5 {
            let concurrent = await withTaskGroup(of: (Int, RenderedMarkdown).self) { group in
                for (index, input) in inputs.enumerated() {
                    group.addTask { (index, renderer.render(input)) }
                }
                var results = [RenderedMarkdown?](repeating: nil, count: inputs.count)
                for await (index, rendered) in group { results[index] = rendered }
                return results
            }
            #expect(concurrent == sequential)
        }
    }
}
