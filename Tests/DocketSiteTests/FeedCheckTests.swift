import DocketSite
import Foundation
import Testing

/// `docket check` reads the JSON Feed and every sitemap file (index and parts) as it reads
/// the Atom feed: each must parse, and point only at pages of the site (issue 18).
@Suite struct FeedCheckTests {
    static func replace(_ old: String, with new: String, in file: String, of built: BuiltSite) throws {
        let path = built.root + "/" + file
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(old), "\(file) has no \(old)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func aJSONFeedItemThatPointsAtNoPageIsReportedOnItsLine() throws {
        let (site, built) = try SiteCheckTests.built()
        defer { site.delete() }
        #expect(try SiteCheckTests.check(site, built).isEmpty)
        let text = try #require(built.text("requests/feed.json"))
        let line = text[..<text.range(of: "\"url\": \"https://example.org/requests/harden-network/\"")!.lowerBound].count { $0 == "\n" } + 1
        try Self.replace("\"url\": \"https://example.org/requests/harden-network/\"", with: "\"url\": \"https://example.org/requests/gone/\"",
                         in: "requests/feed.json", of: built)
        let problems = try SiteCheckTests.check(site, built)
        #expect(problems.map(\.description) == ["requests/feed.json:\(line): error: points at https://example.org/requests/gone/, which is not a page of the site [check.sitemap]"])
    }

    @Test func aJSONFeedThatLinksElsewhereIsReported() throws {
        let (site, built) = try SiteCheckTests.built()
        defer { site.delete() }
        try Self.replace("\"home_page_url\": \"https://example.org/requests/\"", with: "\"home_page_url\": \"https://elsewhere.example/\"",
                         in: "requests/feed.json", of: built)
        let problems = try SiteCheckTests.check(site, built)
        #expect(problems.map(\.rule) == ["check.sitemap"] && problems.first?.message.contains("points outside the site") == true,
                "\(problems.map(\.description))")
    }

    @Test(arguments: ["{\"items\": [", "[]", "{\"items\": []}", "{\"version\": \"https://jsonfeed.org/version/1.1\"}"])
    func aJSONFeedThatIsNoJSONFeedIsReported(_ text: String) throws {
        let (site, built) = try SiteCheckTests.built()
        defer { site.delete() }
        try text.write(toFile: built.root + "/requests/feed.json", atomically: true, encoding: .utf8)
        let problems = try SiteCheckTests.check(site, built)
        #expect(problems.map(\.rule) == ["check.json"] && problems.allSatisfy { $0.file == "requests/feed.json" }, "\(problems.map(\.description))")
    }

    /// A sitemap index and its parts are checked like the sitemap: an index naming a part
    /// that is missing, and a part with a page that is missing, are both reported.
    @Test func sitemapPartsAreChecked() throws {
        let (site, built) = try SiteCheckTests.built()
        defer { site.delete() }
        let sitemap = try #require(built.text("sitemap.xml"))
        try sitemap.write(toFile: built.root + "/sitemap-1.xml", atomically: true, encoding: .utf8)
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>https://example.org/sitemap-1.xml</loc></sitemap>
          <sitemap><loc>https://example.org/sitemap-2.xml</loc></sitemap>
        </sitemapindex>
        """.write(toFile: built.root + "/sitemap.xml", atomically: true, encoding: .utf8)
        #expect(try SiteCheckTests.check(site, built).map(\.description)
                == ["sitemap.xml:4: error: points at https://example.org/sitemap-2.xml, which is not a page of the site [check.sitemap]"])
        try Self.replace("https://example.org/experts/ada/", with: "https://example.org/experts/nobody/", in: "sitemap-1.xml", of: built)
        try "not xml <".write(toFile: built.root + "/sitemap-2.xml", atomically: true, encoding: .utf8)
        let problems = try SiteCheckTests.check(site, built)
        #expect(problems.map(\.rule) == ["check.sitemap", "check.xml"], "\(problems.map(\.description))")
        #expect(problems.map(\.file) == ["sitemap-1.xml", "sitemap-2.xml"])
    }
}
