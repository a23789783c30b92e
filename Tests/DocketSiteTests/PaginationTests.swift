import Foundation
import Testing
import DocketTestSupport

/// Listings paginate by `page_size`: page 1 at `<listing>/index.html`, page N ≥ 2 at
/// `<listing>/page/N/index.html`, with previous and next links (docs/spec.md §5).
@Suite struct PaginationTests {
    /// A site with `count` requests (newest first: request-1 is the newest) and page size 2.
    static func site(requests count: Int, pageSize: Int = 2, prettyURLs: Bool = false) -> SiteFixture {
        let site = SiteFixture()
        site.write("docket.yml", "title: Paging\npage_size: \(pageSize)\npretty_urls: \(prettyURLs)\n")
        for number in 1...count {
            let (path, text) = ValidContent.request(number: number, day: 28 - number)
            site.write(path, text)
        }
        return site
    }

    @Test func exactlyAPageOfItemsIsOnePage() throws {
        let site = Self.site(requests: 2)
        defer { site.delete() }
        let built = try site.build()
        let page = try built.page("requests/index.html")
        #expect(page.linkedSlugs(under: "requests") == ["request-1", "request-2"])
        #expect(!built.exists("requests/page"))
        #expect(!page.document.all("a").contains { $0["rel"] == "next" || $0.text.localizedCaseInsensitiveContains("next") })
    }

    @Test func onePageMoreIsTwoPages() throws {
        let site = Self.site(requests: 3)
        defer { site.delete() }
        let built = try site.build()
        let first = try built.page("requests/index.html")
        let second = try built.page("requests/page/2/index.html")
        #expect(first.linkedSlugs(under: "requests") == ["request-1", "request-2"])
        #expect(second.linkedSlugs(under: "requests") == ["request-3"])
        #expect(!built.exists("requests/page/1"), "page 1 is the listing itself")
        #expect(!built.exists("requests/page/3"))
        #expect(Self.next(first) == "requests/page/2/index.html")
        #expect(Self.previous(first) == nil)
        #expect(Self.previous(second) == "requests/index.html")
        #expect(Self.next(second) == nil)
    }

    @Test func middlePagesLinkBothWays() throws {
        let site = Self.site(requests: 5)
        defer { site.delete() }
        let built = try site.build()
        let middle = try built.page("requests/page/2/index.html")
        #expect(middle.linkedSlugs(under: "requests") == ["request-3", "request-4"])
        #expect(Self.previous(middle) == "requests/index.html")
        #expect(Self.next(middle) == "requests/page/3/index.html")
        for file in ["requests/index.html", "requests/page/2/index.html", "requests/page/3/index.html"] {
            let page = try built.page(file)
            for target in [Self.previous(page), Self.next(page)].compactMap({ $0 }) {
                #expect(built.exists(target), "\(file) links to missing \(target)")
            }
        }
        #expect(try built.page("requests/page/3/index.html").linkedSlugs(under: "requests") == ["request-5"])
    }

    @Test func prettyURLsPaginateToFolders() throws {
        let site = Self.site(requests: 3, prettyURLs: true)
        defer { site.delete() }
        let built = try site.build()
        let first = try built.page("requests/index.html")
        #expect(Self.next(first) == "requests/page/2/")
        #expect(Self.previous(try built.page("requests/page/2/index.html")) == "requests/")
    }

    /// Every listing paginates: experts, level and country listings, and firms.
    @Test func everyListingPaginates() throws {
        let site = SiteFixture()
        defer { site.delete() }
        site.write("docket.yml", "page_size: 2\n")
        for number in 1...3 {
            for (path, text) in [ValidContent.expert(number: number, country: "FR", levels: ["specialty"]), ValidContent.firm(number: number)] {
                site.write(path, text)
            }
        }
        site.write(ValidContent.expert(number: 4, country: "US", levels: ["associate"]).0,
                   ValidContent.expert(number: 4, country: "US", levels: ["associate"]).1)
        let built = try site.build()
        #expect(try built.page("experts/index.html").linkedSlugs(under: "experts") == ["expert-1", "expert-2"])
        #expect(try built.page("experts/page/2/index.html").linkedSlugs(under: "experts") == ["expert-3", "expert-4"])
        #expect(try built.page("experts/level/specialty/page/2/index.html").linkedSlugs(under: "experts") == ["expert-3"])
        #expect(try built.page("experts/country/fr/page/2/index.html").linkedSlugs(under: "experts") == ["expert-3"])
        #expect(!built.exists("experts/level/associate/page"))
        #expect(!built.exists("experts/country/us/page"))
        #expect(try built.page("firms/page/2/index.html").linkedSlugs(under: "firms") == ["firm-3"])
        #expect(!built.exists("experts/page/3"))
    }

    /// A long listing links the first and last pages and two either side of the current
    /// one, with "…" where pages are left out: a page's size does not grow with the listing.
    @Test func longListingsLinkAWindowOfPages() throws {
        let site = Self.site(requests: 24, pageSize: 2)
        defer { site.delete() }
        let built = try site.build()
        func numbers(_ file: String) throws -> [String] {
            let nav = try #require(try built.page(file).document.all("nav").first { $0["class"] == "pagination" })
            return nav.all("li").map { $0.text.replacingOccurrences(of: "Page ", with: "") }
                .filter { !$0.contains("Previous") && !$0.contains("Next") }
        }
        #expect(try numbers("requests/index.html") == ["1", "2", "3", "…", "12"])
        #expect(try numbers("requests/page/6/index.html") == ["1", "…", "4", "5", "6", "7", "8", "…", "12"])
        #expect(try numbers("requests/page/4/index.html") == ["1", "2", "3", "4", "5", "6", "…", "12"])
        #expect(try numbers("requests/page/12/index.html") == ["1", "…", "10", "11", "12"])
        // Every page is still reachable from the first by following number links.
        var reached: Set<String> = ["requests/index.html"], queue = ["requests/index.html"]
        while let file = queue.popLast() {
            for case let target? in try built.page(file).links.map(\.target)
            where (target == "requests/index.html" || target.hasPrefix("requests/page/")) && !reached.contains(target) {
                reached.insert(target)
                queue.append(target)
            }
        }
        #expect(reached.count == 12)
    }

    /// Empty listings still have their first page.
    @Test func emptyListingsHaveOnePage() throws {
        let site = SiteFixture()
        defer { site.delete() }
        let built = try site.build()
        for listing in ["experts", "firms", "requests", "experts/level/associate", "experts/country/gb"] {
            #expect(built.exists(listing + "/index.html"), "no \(listing)/index.html")
            #expect(!built.exists(listing + "/page"))
        }
    }

    static func next(_ page: Page) -> String? { adjacent(page, rel: "next", words: ["next"]) }
    static func previous(_ page: Page) -> String? { adjacent(page, rel: "prev", words: ["previous", "prev"]) }

    /// The link to the adjacent page: `rel` says so, or failing that its text.
    static func adjacent(_ page: Page, rel: String, words: [String]) -> String? {
        let links = page.links
        if let link = links.first(where: { $0.node["rel"]?.split(separator: " ").contains(Substring(rel)) == true }) { return link.target }
        return links.first { link in words.contains { link.node.text.lowercased().hasPrefix($0) } }?.target
    }
}
