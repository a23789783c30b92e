import DocketContent
import DocketDomain
@testable import DocketServer
import DocketSite
import DocketValidation
import Foundation
import Testing
import DocketTestSupport

/// The preview answers a page by planning that page alone (issue 14, point 7): each must
/// be exactly the page the whole plan has, listing pages after the first included; and a
/// page is rendered once per build.
@Suite struct PreviewPagesTests {
    static func site(config: String = "page_size: 1\n") throws -> (site: PreviewSite, root: String) {
        let root = NSTemporaryDirectory() + "docket-preview-pages-" + UUID().uuidString
        // Two more experts and requests, so that with one item a page every listing has a page 2.
        let more = (2...3).flatMap { number in [
            ("content/experts/ada\(number).yml", ValidContent.expert.replacingOccurrences(of: "Ada Byron", with: "Ada Byron \(number)")
                .replacingOccurrences(of: "ada@example.com", with: "ada\(number)@example.com")),
            ("content/requests/harden-network-\(number).yml", ValidContent.request.replacingOccurrences(of: "jeanne@example.com", with: "jeanne\(number)@example.com")),
        ] }
        for (path, text) in ValidContent.files + more + [("docket.yml", config)] {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: full, contents: Data(text.utf8)))
        }
        let built = PreviewBuilder(siteRoot: SiteRoot(root), configFile: nil, now: "2026-11-22", environment: [:]).build()
        guard case .site(let site) = built.state else {
            Issue.record("the site did not build: \(built.diagnostics)")
            throw CancellationError()
        }
        return (site, root)
    }

    @Test func everyPlannedPageIsServedExactly() throws {
        let (site, root) = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let plan = site.catalog.planner.plan()
        let files = plan.map { $0.fileOverride ?? $0.path.file }
        #expect(files.contains("experts/page/2/index.html"), "the listings are paginated: \(files)")
        #expect(files.contains("experts/level/professional/page/3/index.html"))
        #expect(files.contains("experts/country/gb/page/2/index.html"))
        #expect(files.contains("requests/page/3/index.html"))
        for page in plan {
            let file = page.fileOverride ?? page.path.file
            let expected = LiveReload.inject(into: try site.templates.render(page), version: 3)
            #expect(String(decoding: site.resource(at: file, version: 3).body, as: UTF8.self) == expected, "\(file)")
        }
        #expect(site.resource(at: "experts/page/99/index.html").status == 404)
        #expect(site.resource(at: "experts/page/01/index.html").status == 404)
        #expect(site.resource(at: "experts/page/1/index.html").status == 404)
    }

    /// The sitemap and both feeds are the bytes the build writes (issue 18): serve and build
    /// ask the same functions.
    @Test func theSitemapAndFeedsAreServedAsBuilt() throws {
        let (site, root) = try Self.site(config: "page_size: 1\nbase_url: https://example.org/\n")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = try SiteValidation.run(siteRoot: SiteRoot(root), buildTime: ISODate.parse("2026-11-22").get())
        let built = try SiteBuilder(result: result, siteRoot: SiteRoot(root), templates: TemplateSet.load(overrides: nil)).files().files
        let special = built.keys.filter { !$0.hasSuffix(".html") && !$0.hasPrefix("assets/") && !$0.hasPrefix("media/") }.sorted()
        #expect(special == (["requests/feed.json", "requests/feed.xml", "sitemap.xml"] + SiteExport.paths).sorted())
        for file in special {
            let served = site.resource(at: file)
            #expect(served.status == 200 && served.body == built[file], "\(file)")
        }
    }

    /// Serve answers from the build's own catalog: every file of it, and nothing else.
    @Test func everyFileOfTheCatalogIsServed() throws {
        let (site, root) = try Self.site(config: "page_size: 1\nbase_url: https://example.org/\n")
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(site.catalog.files.count > 20)
        for file in site.catalog.files {
            #expect(site.resource(at: file).status == 200, "\(file)")
        }
        #expect(site.resource(at: "data/other.json").status == 404)
    }

    @Test func aPageIsRenderedOncePerBuild() throws {
        let (site, root) = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let first = site.resource(at: "experts/index.html", version: 1)
        let kept = site.rendered.count
        let again = site.resource(at: "experts/index.html", version: 2)
        #expect(site.rendered.count == kept)
        #expect(String(decoding: again.body, as: UTF8.self)
            == String(decoding: first.body, as: UTF8.self).replacingOccurrences(of: "data-version=\"1\"", with: "data-version=\"2\""))
    }
}
