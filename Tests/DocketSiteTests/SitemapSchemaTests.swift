import DocketContent
import DocketDomain
@testable import DocketSite
import DocketValidation
import Foundation
import Testing

/// The sitemap is valid against the sitemaps.org 0.9 schemas (Data/sitemap.xsd and
/// Data/siteindex.xsd, read by libxml2's XML Schema validator), and its `<lastmod>` values
/// are the content's dates (issue 18, point 5; docs/decisions.md "Feeds and sitemap").
@Suite struct SitemapSchemaTests {
    static func lastmods(_ data: Data) throws -> [String: String?] {
        let root = try #require(Markup.xml(data))
        return Dictionary(uniqueKeysWithValues: root.all("url").map { url in
            (url.elementChildren.first { $0.name == "loc" }?.text ?? "", url.elementChildren.first { $0.name == "lastmod" }?.text)
        })
    }

    /// `created` of every request file and the newest review `date` of every firm file, by
    /// slug, read from the sample's files with a pattern (not with Docket's reader).
    static func sampleDates(folder: String) -> [String: [String]] {
        let pattern = try! NSRegularExpression(pattern: #"^\s*"?(?:created|date)"?\s*:\s*"?([0-9T:.Z+-]+)"?"#, options: [.anchorsMatchLines])
        var dates: [String: [String]] = [:]
        for file in (try? FileManager.default.contentsOfDirectory(atPath: SiteFixture.repository + "/content/" + folder)) ?? [] {
            let text = try! String(contentsOfFile: SiteFixture.repository + "/content/" + folder + "/" + file, encoding: .utf8)
            let slug = (file as NSString).deletingPathExtension
            dates[slug] = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range(at: 1), in: text)!]) }
        }
        return dates
    }

    @Test func theSampleSitemapIsValidAndDatedByItsContent() throws {
        let data = try #require(Sample.site.data("sitemap.xml"))
        #expect(SitemapSchema.of(data) == .urlset)
        #expect(SitemapSchema.urlset.problems(in: data) == [])
        let lastmods = try Self.lastmods(data)
        let base = SitemapAndFeedTests.base
        let requests = Self.sampleDates(folder: "requests")
        #expect(requests.count == 10)
        for (slug, dates) in requests {
            #expect(lastmods[base + "requests/\(slug)/"] == dates.first, "requests/\(slug)/")
        }
        // Every date of the sample is a day or a UTC date-time, so the strings sort as the days.
        #expect(lastmods[base] == requests.values.compactMap(\.first).max(), "the home page lists the newest requests")
        #expect(lastmods[base + "requests/"] == requests.values.compactMap(\.first).max())
        for (slug, dates) in Self.sampleDates(folder: "firms") {
            #expect(lastmods[base + "firms/\(slug)/"] == dates.max(), "firms/\(slug)/ is dated by its newest review")
        }
        let experts = lastmods.filter { $0.key.hasPrefix(base + "experts/") }
        #expect(!experts.isEmpty && experts.values.allSatisfy { $0 == nil }, "an expert has no date: \(experts)")
    }

    /// The validator is not a pass-everything: what the schema forbids is reported.
    @Test(arguments: [
        "<url><loc>experts/</loc></url>",
        "<url><loc>https://example.org/</loc><lastmod>yesterday</lastmod></url>",
        "<url><loc>https://example.org/</loc><lastmod>2026-11-21T10:00</lastmod></url>",
        "<url><loc>https://example.org/</loc><priority>2</priority></url>",
        "<url><lastmod>2026-11-21</lastmod></url>",
        "<url><loc>https://example.org/</loc><updated>2026-11-21</updated></url>",
        "",
    ])
    func theValidatorRejectsWhatTheSchemaForbids(_ body: String) {
        let document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\(body)</urlset>\n"
        #expect(!SitemapSchema.urlset.problems(in: Data(document.utf8)).isEmpty, "\(body)")
    }

    @Test func aDateTimeWithAnOffsetIsWrittenInUTC() throws {
        let date = try ISODate.parse("2026-11-21T23:30:00-02:00").get()
        #expect(SitemapDates.w3cDatetime(date) == "2026-11-22T01:30:00Z")
        #expect(SitemapDates.w3cDatetime(try ISODate.parse("2026-11-21").get()) == "2026-11-21")
        // xsd:date has no year 0; content dates are years 1000–9999, so none reaches a sitemap.
        #expect((try? ISODate.parse("0000-03-01").get()) == nil)
    }

    /// A generated site split with a small limit: `sitemap.xml` is an index of valid parts
    /// that together list the site's pages once each, in order.
    @Test func aSplitSitemapIsAValidIndexOfValidParts() throws {
        let site = PaginationTests.site(requests: 13)
        defer { site.delete() }
        site.write("docket.yml", "base_url: https://example.org/market/\npage_size: 2\n")
        let model = try SiteResolver.build(try site.validate(), siteRoot: SiteRoot(site.root))
        let planner = PagePlanner(model: model)
        let pages = planner.pageKeys().filter(\.isInSitemap).map(planner.path(of:))
        let whole = SiteFeeds.sitemaps(of: pages, model: model)
        #expect(whole.keys.sorted() == ["sitemap.xml"])
        let wholeData = try #require(whole["sitemap.xml"])
        let all = try #require(Markup.xml(wholeData)).all("loc").map(\.text)
        #expect(all.count > 20)
        let split = SiteFeeds.sitemaps(of: pages, model: model, limit: 5)
        let partCount = (all.count + 4) / 5
        let names: [String] = ["sitemap.xml"] + (1...partCount).map { "sitemap-\($0).xml" }
        #expect(split.keys.sorted() == names.sorted())
        #expect(SiteFeeds.sitemapNames(pageCount: pages.count, limit: 5).sorted() == names.sorted(), "the catalog names the files the writer writes")
        let index = try #require(split["sitemap.xml"])
        #expect(SitemapSchema.of(index) == .index)
        #expect(SitemapSchema.index.problems(in: index) == [])
        let listed = try #require(Markup.xml(index)).all("sitemap")
        #expect(listed.map { $0.elementChildren.first { $0.name == "loc" }?.text } == (1...partCount).map { "https://example.org/market/sitemap-\($0).xml" })
        var joined: [String] = []
        for (number, entry) in listed.enumerated() {
            let part = try #require(split["sitemap-\(number + 1).xml"])
            #expect(SitemapSchema.urlset.problems(in: part) == [], "sitemap-\(number + 1).xml")
            let dates = try Self.lastmods(part)
            #expect(dates.count <= 5 && !dates.isEmpty)
            let newest = dates.values.compactMap { $0 }.max()
            #expect(entry.elementChildren.first { $0.name == "lastmod" }?.text == newest, "the index dates a part by its newest page")
            joined += try #require(Markup.xml(part)).all("loc").map(\.text)
        }
        #expect(joined == all, "the parts hold every URL once, in the order of the whole sitemap")
    }

    /// Past 50,000 URLs, the sitemaps.org limit, the real constant splits: 120,001
    /// synthetic pages give an index and three parts of 50,000, 50,000 and 20,001, each
    /// valid. Exactly 50,000 stay one file.
    @Test func pastFiftyThousandURLsTheSitemapIsSplit() throws {
        #expect(SitemapWriter.urlLimit == 50_000)
        let day = try ISODate.parse("2026-11-21").get()
        func entries(_ count: Int) -> [SitemapWriter.Entry] {
            (0..<count).map { SitemapWriter.Entry(path: SitePath("requests/r\(100_000 + $0)"), lastModified: $0 % 2 == 0 ? day : nil) }
        }
        let exact = SitemapWriter.files(entries(50_000), baseURL: "https://example.org/")
        #expect(exact.keys.sorted() == ["sitemap.xml"])
        let exactData = try #require(exact["sitemap.xml"])
        #expect(Markup.xml(exactData)?.name == "urlset")
        let files = SitemapWriter.files(entries(120_001), baseURL: "https://example.org/")
        #expect(files.keys.sorted() == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"])
        #expect(SitemapSchema.index.problems(in: files["sitemap.xml"]!) == [])
        for (name, count) in [("sitemap-1.xml", 50_000), ("sitemap-2.xml", 50_000), ("sitemap-3.xml", 20_001)] {
            let part = try #require(files[name])
            #expect(SitemapSchema.urlset.problems(in: part) == [], "\(name)")
            #expect(String(decoding: part, as: UTF8.self).components(separatedBy: "<url>").count - 1 == count, "\(name)")
        }
        let last = String(decoding: files["sitemap-3.xml"]!, as: UTF8.self)
        #expect(last.contains("https://example.org/requests/r220000/") && !last.contains("https://example.org/requests/r199999/"))
    }

    @Test func sitemapFileNames() {
        #expect(SiteFeeds.isSitemapFile("sitemap.xml") && SiteFeeds.isSitemapFile("sitemap-1.xml") && SiteFeeds.isSitemapFile("sitemap-12.xml"))
        #expect(!SiteFeeds.isSitemapFile("sitemap-0.xml") && !SiteFeeds.isSitemapFile("sitemap-01.xml") && !SiteFeeds.isSitemapFile("sitemap-x.xml")
                && !SiteFeeds.isSitemapFile("experts/sitemap.xml") && !SiteFeeds.isSitemapFile("sitemap-.xml"))
    }
}
