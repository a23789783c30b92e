import DocketSite
import Testing

/// Plain-text descriptions for `<meta name="description">` and link previews (issue 18 point 2).
@Suite struct DescriptionCutTests {
    @Test func shortTextIsKeptWithWhiteSpaceCollapsed() {
        #expect(PlainText.cut("  Cloud  networks\nfor small teams. ") == "Cloud networks for small teams.")
    }

    @Test func longTextIsCutAtAWordBoundaryWithinTheLimit() {
        let words = (1...60).map { "word\($0)" }.joined(separator: " ")
        let cut = PlainText.cut(words)
        #expect(cut.count <= 160)
        #expect(cut.hasSuffix("…"))
        let kept = String(cut.dropLast())
        #expect(words.hasPrefix(kept + " "), "cut inside a word: \(kept.suffix(12))")
    }

    @Test func trailingPunctuationBeforeTheEllipsisIsDropped() {
        let text = String(repeating: "a", count: 150) + ", " + String(repeating: "b", count: 20)
        #expect(PlainText.cut(text) == String(repeating: "a", count: 150) + "…")
    }

    @Test func aWordLongerThanTheLimitIsCutInside() {
        let cut = PlainText.cut(String(repeating: "x", count: 400))
        #expect(cut == String(repeating: "x", count: 159) + "…")
    }

    /// Characters are grapheme clusters (docs/spec.md §2): a combining mark stays on its
    /// letter, a ZWJ emoji sequence and a flag stay whole, however the cut falls.
    @Test(arguments: ["e\u{301}", "👩‍👩‍👧‍👦", "🇫🇷", "😀"])
    func cutsNeverSplitACharacter(unit: String) {
        for offset in 0..<4 {
            let text = String(repeating: "b", count: 150 + offset) + String(repeating: unit, count: 30)
            let cut = PlainText.cut(text)
            #expect(cut.count == 160)
            let kept = cut.dropLast()
            // Whole characters of the text, in order, and the last one is a whole unit:
            // a cut by code points would leave a bare "e", a lone 👩 or half a flag.
            #expect(text.starts(with: kept))
            #expect(kept.last == "b" || kept.last.map(String.init) == unit, "\(offset): \(kept.suffix(3).unicodeScalars.map(\.value))")
            #expect(kept.unicodeScalars.count == 150 + offset + (159 - 150 - offset) * unit.unicodeScalars.count)
        }
    }

    @Test func markupBecomesTextAndEntitiesAreDecodedOnce() {
        let html = #"<h3>About</h3>\#n<p>I fix <strong>AWS</strong> &amp; <em>GCP</em> &lt;b&gt; &quot;fast&quot; &amp;amp; <a href="https://x.example/?a=1&amp;b=2" rel="nofollow ugc noopener">here</a>.</p>\#n<p>Second.</p>"#
        #expect(PlainText.firstParagraph(ofHTML: html) == #"I fix AWS & GCP <b> "fast" &amp; here."#)
        #expect(PlainText.text(ofHTML: "<ul>\n<li>One</li><li>Two</li>\n</ul><h3>Three</h3><p>Four<br>\nfive</p>") == "One Two Three Four five")
        #expect(PlainText.text(ofHTML: "<p>With <em>clear</em>, <strong>written</strong>.</p>") == "With clear, written.")
        #expect(PlainText.firstParagraph(ofHTML: "<ul><li>Only a list</li></ul>") == "Only a list")
    }

    @Test func anEntityAtTheLimitIsNeverHalved() {
        // Decoded before cutting: "&amp;" is one character, and the template escapes it once.
        let html = "<p>" + String(repeating: "a ", count: 79) + "&amp;&amp;&amp; tail words here</p>"
        let cut = PlainText.cut(PlainText.firstParagraph(ofHTML: html))
        #expect(!cut.contains("&amp") && !cut.contains(";"))
        #expect(cut.count <= 160)
    }
}
