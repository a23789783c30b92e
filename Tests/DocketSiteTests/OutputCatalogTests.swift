import DocketContent
import DocketSite
import Foundation
import Testing
import DocketTestSupport

/// The output catalog is the one list of the site's files (docs/architecture.md): the
/// build writes exactly its files, and each page it names is where planning puts it.
@Suite struct OutputCatalogTests {
    static func catalog(of site: SiteFixture) throws -> OutputCatalog {
        let result = try site.validate()
        let model = try SiteResolver.build(result, siteRoot: SiteRoot(site.root))
        return OutputCatalog(site: model, templates: try TemplateSet.load(overrides: nil), siteRoot: SiteRoot(site.root), config: result.config)
    }

    @Test(arguments: ["page_size: 2\n", "page_size: 2\nbase_url: https://example.org/\npretty_urls: true\n"])
    func theBuildWritesExactlyTheCatalogsFiles(config: String) throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("docket.yml", config)
        for number in 1...5 {
            let (path, text) = ValidContent.request(number: number, day: 20 - number)
            site.write(path, text)
        }
        let png = try #require(FileManager.default.contents(atPath: SiteFixture.repository + "/content/media/experts/maya-okafor.png"))
        site.write("content/media/ada.png", bytes: png)
        site.write("content/experts/ada.yml", ValidContent.expert + "\nphoto: ada.png\n")
        let catalog = try Self.catalog(of: site)
        let built = try site.build()
        #expect(catalog.files == built.files, "\(Set(catalog.files).symmetricDifference(built.files).sorted())")
        #expect(catalog.files.contains("requests/page/3/index.html"))
        #expect(catalog.files.contains { $0.hasPrefix("media/") }, "the photo is in the catalog")
        #expect(catalog.files.contains("sitemap.xml") == config.contains("base_url"))
        for file in catalog.files where catalog.product(at: file).map({ if case .page = $0 { false } else { true } }) ?? false {
            #expect(try catalog.contents(of: file) == built.data(file), "\(file)")
        }
    }

    /// A page's file is known without planning it, and it is the file the planned page is
    /// written to; no two pages share a file.
    @Test func everyPageKeyNamesThePlannedPagesFile() throws {
        let site = PaginationTests.site(requests: 5)
        defer { site.delete() }
        let planner = try Self.catalog(of: site).planner
        let keys = planner.pageKeys()
        #expect(Set(keys.map(planner.file(of:))).count == keys.count)
        for key in keys {
            #expect(planner.page(for: key).file == planner.file(of: key), "\(key)")
        }
        #expect(planner.plan().map(\.file) == keys.map(planner.file(of:)), "the build plans the pages in the catalog's order")
    }

    @Test func aPathThatIsNoFileOfTheSiteHasNoProduct() throws {
        let site = PaginationTests.site(requests: 5)
        defer { site.delete() }
        let catalog = try Self.catalog(of: site)
        for file in ["requests/page/1/index.html", "requests/page/01/index.html", "requests/page/9/index.html", "experts/nobody/index.html",
                     "sitemap.xml", "requests/feed.xml", "index.htm", "../index.html"] {
            #expect(catalog.product(at: file) == nil, "\(file)")
            #expect(try catalog.contents(of: file) == nil, "\(file)")
        }
    }
}
