import DocketContent
import DocketSite
import Foundation
import Testing
import DocketTestSupport

/// `sitemap.xml` and `requests/feed.xml` (docs/spec.md §5): well-formed XML, the right pages,
/// absolute folder URLs from `base_url`. FeedReaderTests and SitemapSchemaTests go further.
@Suite struct SitemapAndFeedTests {
    static let base = "https://experts.example.com/"

    /// Every page's folder URL but the proposals' and the 404 page's, from the output itself.
    static func publicPageURLs(of site: BuiltSite, base: String) -> Set<String> {
        Set(site.htmlFiles.filter { !$0.hasPrefix("proposals/") && $0 != "404.html" }.map { file in
            #expect(file.hasSuffix("index.html"), "page \(file) is not a folder's index.html")
            return base + String(file.dropLast("index.html".count))
        })
    }

    @Test func sitemapListsEveryPublicPageAndNothingElse() throws {
        let data = try #require(Sample.site.data("sitemap.xml"))
        let root = try #require(Markup.xml(data), "sitemap.xml is not well-formed XML")
        #expect(root.name == "urlset")
        #expect(root.namespace == "http://www.sitemaps.org/schemas/sitemap/0.9")
        let locations = root.all("loc").map(\.text)
        #expect(locations.count == Set(locations).count, "a page is listed twice")
        #expect(Set(locations) == Self.publicPageURLs(of: Sample.site, base: Self.base))
        #expect(locations.contains(Self.base))
        #expect(locations.contains(Self.base + "experts/maya-okafor/"))
        #expect(!locations.contains { $0.contains("proposals") || $0.contains("404") })
        #expect(locations.allSatisfy { $0.hasPrefix(Self.base) && $0.hasSuffix("/") })
    }

    @Test func sitemapListsPaginatedPages() throws {
        let site = PaginationTests.site(requests: 3)
        defer { site.delete() }
        site.write("docket.yml", "base_url: https://example.org/market\npage_size: 2\n")
        let built = try site.build()
        let sitemap = try #require(built.data("sitemap.xml"))
        let root = try #require(Markup.xml(sitemap))
        let locations = Set(root.all("loc").map(\.text))
        #expect(locations.contains("https://example.org/market/requests/page/2/"))
        #expect(locations == Self.publicPageURLs(of: built, base: "https://example.org/market/"))
    }

    /// Without base_url there is no sitemap, since sitemap readers reject relative `<loc>`
    /// values, and no feed (FeedReaderTests); the build warns, which is not a content
    /// diagnostic.
    @Test func withoutBaseURLThereIsNoSitemapButAWarning() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        let built = try site.build()
        #expect(!built.exists("sitemap.xml"))
        let result = try site.validate()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let summary = try SiteBuilder(result: result, siteRoot: SiteRoot(site.root), templates: TemplateSet.load(overrides: nil))
            .build(into: site.root + "/again", force: false)
        #expect(summary.notes == [SiteBuilder.noBaseURLWarning])
        site.write("docket.yml", "base_url: https://example.org/\n")
        let withBase = try SiteBuilder(result: try site.validate(), siteRoot: SiteRoot(site.root), templates: TemplateSet.load(overrides: nil))
            .build(into: site.root + "/again", force: false)
        #expect(withBase.notes == [])
        for file in ["sitemap.xml", "requests/feed.xml", "requests/feed.json"] {
            #expect(FileManager.default.fileExists(atPath: site.root + "/again/" + file), "\(file)")
        }
    }

    @Test func feedIsAtomWithEntriesNewestFirst() throws {
        let data = try #require(Sample.site.data("requests/feed.xml"))
        let feed = try #require(Markup.xml(data), "feed.xml is not well-formed XML")
        #expect(feed.name == "feed")
        #expect(feed.namespace == "http://www.w3.org/2005/Atom")
        let entries = feed.elementChildren.filter { $0.name == "entry" }
        let links = entries.map { entry in entry.elementChildren.first { $0.name == "link" }?["href"] ?? "" }
        #expect(links == HomePageTests.requestsNewestFirst.map { Self.base + "requests/\($0)/" })
        let updated = entries.map { $0.elementChildren.first { $0.name == "updated" }?.text ?? "" }
        #expect(updated == updated.sorted(by: >), "entries are not newest first: \(updated)")
        #expect(entries.first?.elementChildren.first { $0.name == "title" }?.text == "Check whether our S3 buckets are exposed to the public")
        let ids = entries.map { $0.elementChildren.first { $0.name == "id" }?.text ?? "" }
        #expect(Set(ids).count == entries.count && !ids.contains(""), "entry ids are missing or repeated")
        for required in ["title", "id", "updated"] {
            #expect(feed.elementChildren.contains { $0.name == required }, "the feed has no <\(required)>")
        }
    }

    @Test func theRequestListingLinksToTheFeed() throws {
        let page = try Sample.site.page("requests/index.html")
        #expect(page.linkTargets.contains("requests/feed.xml"))
    }

    /// Text that needs escaping stays well-formed XML.
    @Test func escapingKeepsTheXMLWellFormed() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("docket.yml", "title: \"Fish & <Chips> \\\"Ltd\\\"\"\nbase_url: https://example.org/\n")
        site.write("content/requests/harden-network.yml", ValidContent.request.replacingOccurrences(
            of: "title: Harden the network of a small SaaS", with: "title: \"Harden <our> network & S3 \\\"now\\\"\""))
        let built = try site.build()
        let feedData = try #require(built.data("requests/feed.xml"))
        let feed = try #require(Markup.xml(feedData), "feed.xml is not well-formed")
        #expect(feed.elementChildren.first { $0.name == "entry" }?.elementChildren.first { $0.name == "title" }?.text == "Harden <our> network & S3 \"now\"")
        #expect(feed.elementChildren.first { $0.name == "title" }?.text.contains("Fish & <Chips> \"Ltd\"") == true)
        let sitemap = try #require(built.data("sitemap.xml"))
        #expect(Markup.xml(sitemap) != nil, "sitemap.xml is not well-formed")
    }
}
