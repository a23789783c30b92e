import DocketContent
import DocketSite
import Foundation
import Testing
import DocketTestSupport

/// The Atom feed and the JSON Feed of requests, as feed readers need them (issue 18,
/// point 4): `rel="self"`, ids from the content and `base_url` alone, the same entries in
/// both, and neither feed without `base_url`. tests/site/test_feeds.py reads them with
/// feedparser and jsonschema too.
@Suite struct FeedReaderTests {
    static let base = SitemapAndFeedTests.base

    static func child(_ node: Node, _ name: String) -> Node? { node.elementChildren.first { $0.name == name } }

    static func atomFeed(_ site: BuiltSite) throws -> Node {
        let data = try #require(site.data("requests/feed.xml"), "no requests/feed.xml")
        return try #require(Markup.xml(data), "feed.xml is not well-formed XML")
    }

    static func jsonFeed(_ site: BuiltSite) throws -> [String: Any] {
        let data = try #require(site.data("requests/feed.json"), "no requests/feed.json")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "feed.json is not a JSON object")
    }

    @Test func theAtomFeedLinksToItselfAndToTheListing() throws {
        let feed = try Self.atomFeed(Sample.site)
        let links = feed.elementChildren.filter { $0.name == "link" }
        #expect(links.contains { $0["rel"] == "self" && $0["href"] == Self.base + "requests/feed.xml" && $0["type"] == "application/atom+xml" },
                "\(links.map(\.attributes))")
        #expect(links.contains { $0["rel"] == "alternate" && $0["href"] == Self.base + "requests/" })
        #expect(Self.child(feed, "id")?.text == Self.base + "requests/feed.xml")
        #expect(feed["xml:lang"] == "en" || feed["lang"] == "en")
        for entry in feed.elementChildren.filter({ $0.name == "entry" }) {
            let link = try #require(Self.child(entry, "link")?["href"])
            #expect(Self.child(entry, "id")?.text == link, "an entry's id is its page's absolute URL")
            #expect(Self.child(entry, "published")?.text == Self.child(entry, "updated")?.text)
        }
    }

    /// `updated` comes from the content: the newest request's date, whatever the build time.
    @Test func theFeedIsDatedByTheNewestRequest() throws {
        let feed = try Self.atomFeed(Sample.site)
        let entries = feed.elementChildren.filter { $0.name == "entry" }
        #expect(Self.child(feed, "updated")?.text == "2026-11-12T19:05:00Z")
        #expect(entries.compactMap { Self.child($0, "updated")?.text }.max() == "2026-11-12T19:05:00Z")
    }

    @Test func theJSONFeedHoldsTheAtomFeedsEntries() throws {
        let json = try Self.jsonFeed(Sample.site)
        #expect(json["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(json["title"] as? String == "Cloudwright Experts: requests")
        #expect(json["home_page_url"] as? String == Self.base + "requests/")
        #expect(json["feed_url"] as? String == Self.base + "requests/feed.json")
        let items = try #require(json["items"] as? [[String: Any]])
        let atom = try Self.atomFeed(Sample.site).elementChildren.filter { $0.name == "entry" }
        #expect(items.count == atom.count && items.count == 10)
        for (item, entry) in zip(items, atom) {
            #expect(item["id"] as? String == Self.child(entry, "id")?.text)
            #expect(item["url"] as? String == item["id"] as? String)
            #expect(item["title"] as? String == Self.child(entry, "title")?.text)
            #expect(item["content_text"] as? String == Self.child(entry, "summary")?.text)
            #expect(item["date_published"] as? String == Self.child(entry, "published")?.text)
        }
        let first = try #require(items.first)
        #expect(first["url"] as? String == Self.base + "requests/s3-bucket-policy-review/")
        let page = try Sample.site.page("requests/s3-bucket-policy-review/index.html")
        #expect(page.main.text.contains(try #require(first["content_text"] as? String)), "content_text is the description as the page shows it")
    }

    /// Quotes, backslashes, markup and control characters stay JSON, and read back as written
    /// (control characters as U+FFFD, as on the pages).
    @Test func escapingKeepsTheJSONFeedValid() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("docket.yml", "title: \"Fish & <Chips> \\\"Ltd\\\"\"\nbase_url: https://example.org/\n")
        site.write("content/requests/harden-network.yml", ValidContent.request.replacingOccurrences(
            of: "title: Harden the network of a small SaaS", with: "title: \"Harden <our> \\\\network\\\\ & S3 \\\"now\\\"\\u0001\""))
        let built = try site.build()
        let json = try Self.jsonFeed(built)
        #expect(json["title"] as? String == "Fish & <Chips> \"Ltd\": requests")
        let item = try #require((json["items"] as? [[String: Any]])?.first)
        #expect(item["title"] as? String == "Harden <our> \\network\\ & S3 \"now\"\u{FFFD}")
    }

    /// Ids and bytes depend on the content and base_url, not on the build: two builds at
    /// different times and into different folders give the same feeds and sitemap.
    @Test func feedsAreTheSameOnEveryBuild() throws {
        let site = SiteFixture.sample()
        defer { site.delete() }
        let first = try site.build(now: "2026-11-22", into: site.root + "/first")
        let second = try site.build(now: "2027-03-01T12:00:00Z", into: site.root + "/elsewhere/second")
        for file in ["requests/feed.xml", "requests/feed.json", "sitemap.xml"] {
            #expect(first.data(file) != nil && first.data(file) == second.data(file), "\(file) changed between builds")
        }
    }

    /// Without base_url there are no feeds and no sitemap, the build warns, and no page links
    /// to a missing feed.
    @Test func withoutBaseURLNoFeedIsWrittenNorLinked() throws {
        let site = PaginationTests.site(requests: 3)
        defer { site.delete() }
        let built = try site.build()
        for file in ["requests/feed.xml", "requests/feed.json", "sitemap.xml"] {
            #expect(!built.exists(file), "\(file) written without base_url")
        }
        for file in ["requests/index.html", "requests/page/2/index.html"] {
            let page = try built.page(file)
            #expect(!page.linkTargets.contains { $0.hasSuffix("feed.xml") || $0.hasSuffix("feed.json") }, "\(file)")
            #expect(!page.document.all("link").contains { $0["rel"] == "alternate" }, "\(file)")
        }
        let result = try site.validate()
        let summary = try SiteBuilder(result: result, siteRoot: SiteRoot(site.root), templates: TemplateSet.load(overrides: nil))
            .build(into: site.root + "/again", force: false)
        #expect(summary.notes == [SiteBuilder.noBaseURLWarning])
        for name in ["base_url", "sitemap.xml", "requests/feed.xml", "requests/feed.json"] {
            #expect(SiteBuilder.noBaseURLWarning.contains(name))
        }
    }

    /// With base_url every page of the requests listing points readers at both feeds, in
    /// `<head>` for feed discovery and in the text.
    @Test func theRequestListingAdvertisesBothFeeds() throws {
        let site = PaginationTests.site(requests: 3)
        defer { site.delete() }
        site.write("docket.yml", "base_url: https://example.org/\npage_size: 2\n")
        let built = try site.build()
        for file in ["requests/index.html", "requests/page/2/index.html"] {
            let page = try built.page(file)
            let alternates = page.document.all("link").filter { $0["rel"] == "alternate" }
            #expect(Set(alternates.compactMap { $0["type"] }) == ["application/atom+xml", "application/feed+json"], "\(file)")
            for link in alternates {
                let target = try #require(SitePaths.resolve(link["href"] ?? "", from: file))
                #expect(built.exists(target) && target.hasPrefix("requests/feed."), "\(file): \(target)")
            }
            #expect(page.linkTargets.contains("requests/feed.xml") && page.linkTargets.contains("requests/feed.json"), "\(file)")
        }
    }
}
