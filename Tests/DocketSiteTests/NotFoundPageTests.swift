import Foundation
import Testing

/// `404.html` at the root of the output (docs/spec.md §5).
@Suite struct NotFoundPageTests {
    @Test func existsAtTheRootAndSaysSo() throws {
        let page = try Sample.site.page("404.html")
        #expect(page.main.text.localizedCaseInsensitiveContains("not found"))
        #expect(page.linkTargets.contains("index.html"), "no way back to the home page")
    }

    @Test func isNotIndexed() throws {
        let page = try Sample.site.page("404.html")
        #expect(page.meta("robots")?.contains("noindex") == true)
        let sitemap = try #require(Sample.site.text("sitemap.xml"))
        #expect(!sitemap.contains("404"))
    }
}
