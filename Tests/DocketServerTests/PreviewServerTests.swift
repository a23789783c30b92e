import DocketContent
@testable import DocketServer
import Foundation
import Testing
import DocketTestSupport

/// `docket serve` as a browser sees it: pages with the reload script, the site's 404,
/// content types, rebuilds within a second of an edit, errors in the browser, and no way
/// out of the site.
@Suite(.serialized) struct PreviewServerTests {
    static let photo: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 24)

    static func server() async throws -> RunningServer {
        var files = ValidContent.files
        files[1].1 = files[1].1.replacingOccurrences(of: "hourly_rate: 120", with: "hourly_rate: 120\nphoto: ada.png")
        let server = try RunningServer(files: files)
        try FileManager.default.createDirectory(atPath: server.root + "/content/media", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: server.root + "/content/media/ada.png", contents: Data(photo)))
        try await server.start()
        return server
    }

    @Test func pagesCarryTheReloadScript() async throws {
        let server = try await Self.server()
        defer { server.stop() }
        let home = try server.get("/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.body.contains("__docket/reload.js"))
        let expert = try server.get("/experts/ada/")
        #expect(expert.status == 200 && expert.body.contains("Ada Byron"))
        let script = try server.get("/__docket/reload.js")
        #expect(script.status == 200 && script.headers["content-type"] == "text/javascript; charset=utf-8")
        #expect(script.body.contains("location.reload()"))
    }

    /// Each page carries the generation it was served from; the wait answers at once for
    /// an older one, and without `since` (issue 14, point 1).
    @Test func pagesCarryTheirGenerationAndTheWaitComparesWithIt() async throws {
        let server = try await Self.server()
        defer { server.stop() }
        let first = try server.get("/experts/ada/")
        #expect(first.body.contains("<script src=\"/__docket/reload.js\" data-version=\"0\"></script>"))
        #expect(try server.get("/__docket/wait").body == "0")
        server.write("content/experts/ada.yml", ValidContent.files[1].1.replacingOccurrences(of: "Ada Byron", with: "Ada Lovelace"))
        #expect(try await server.waitFor("Ada Lovelace", at: "/experts/ada/", limit: .seconds(10)) != nil)
        let generation = try #require(Int(try server.get("/__docket/wait").body))
        #expect(generation >= 1)
        #expect(try server.get("/__docket/wait?since=0").body == String(generation))
        #expect(try server.get("/experts/ada/").body.contains("data-version=\"\(generation)\""))
        #expect(try server.get("/__docket/reload.js").body.contains("getAttribute(\"data-version\")"))
    }

    @Test func contentTypesAndTheSites404() async throws {
        let server = try await Self.server()
        defer { server.stop() }
        #expect(try server.get("/assets/docket.css").headers["content-type"] == "text/css; charset=utf-8")
        let expert = try server.get("/experts/ada/").body
        let photo = try #require(expert.range(of: "media/ada-[0-9a-f]{16}\\.png", options: .regularExpression).map { String(expert[$0]) })
        let image = try server.get("/" + photo)
        #expect(image.status == 200 && image.headers["content-type"] == "image/png")
        let missing = try server.get("/experts/nobody/")
        #expect(missing.status == 404)
        #expect(missing.body.contains("Page not found"), "the site's own 404 page")
        let folder = try server.get("/experts")
        #expect(folder.status == 301 && folder.headers["location"] == "/experts/")
    }

    /// As in the build, there is a sitemap and there are feeds only with base_url.
    @Test func theSitemapAndFeedsAreServedOnlyWithABaseURL() async throws {
        let server = try await Self.server()
        defer { server.stop() }
        for path in ["/sitemap.xml", "/requests/feed.xml", "/requests/feed.json", "/sitemap-1.xml"] {
            let without = try server.get(path)
            #expect(without.status == 404 && without.body.contains("Page not found"), "\(path): \(without.status)")
        }
        server.write("docket.yml", "base_url: https://example.org/\n")
        let shown = try await server.waitFor("https://example.org/experts/ada/", at: "/sitemap.xml")
        #expect(shown != nil, "the sitemap appears once base_url is set")
        #expect(try server.get("/sitemap.xml").headers["content-type"] == "application/xml")
        let atom = try server.get("/requests/feed.xml")
        #expect(atom.status == 200 && atom.headers["content-type"] == "application/atom+xml")
        #expect(atom.body.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/requests/feed.xml\"/>"))
        let json = try server.get("/requests/feed.json")
        #expect(json.status == 200 && json.headers["content-type"] == "application/feed+json")
        #expect(json.body.contains("\"feed_url\": \"https://example.org/requests/feed.json\""))
        // One sitemap file for a small site: no part to serve, as the build writes none.
        #expect(try server.get("/sitemap-1.xml").status == 404)
    }

    /// A user template including a partial that does not exist shows as an error, at its tag.
    @Test func aMissingPartialShowsInTheBrowser() async throws {
        let server = try await Self.server()
        defer { server.stop() }
        server.write("templates/expert.mustache", "{{<layout}}{{$main}}\n<h1>{{name}}</h1>{{> nope}}\n{{/main}}{{/layout}}\n")
        let shown = try await server.waitFor("templates/expert.mustache:2:18", at: "/experts/ada/")
        #expect(shown != nil, "the page shows the template's diagnostic")
        let page = try server.get("/experts/ada/")
        #expect(page.status == 500 && page.body.contains("[template.partial]"))
    }

    @Test(arguments: ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
                      "/%2E%2E/", "/experts/./ada/", "/experts/%00.html", "/..%5c..%5cetc%5cpasswd", "/assets/..%2F..%2Fdocket.yml"])
    func pathsThatClimbOutAreRefused(path: String) async throws {
        let server = try await Self.server()
        defer { server.stop() }
        let response = try server.get(path)
        #expect(response.status == 400, "\(path) answered \(response.status)")
        #expect(!response.body.contains("root:"))
    }

    @Test func aSymlinkOutOfTheSiteIsNotFollowed() async throws {
        let outside = NSTemporaryDirectory() + "docket-outside-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        #expect(FileManager.default.createFile(atPath: outside + "/secret.png", contents: Data(Self.photo + Array("TOP-SECRET".utf8))))
        let server = try await Self.server()
        defer { server.stop() }
        try FileManager.default.createSymbolicLink(atPath: server.root + "/content/media/linked.png", withDestinationPath: outside + "/secret.png")
        let expert = try #require(ValidContent.files.first { $0.0.hasSuffix("ada.yml") }).1
        server.write("content/experts/ada.yml", expert.replacingOccurrences(of: "hourly_rate: 120", with: "hourly_rate: 120\nphoto: linked.png"))
        let shown = try await server.waitFor("symbolic link", at: "/")
        #expect(shown != nil, "the browser shows why the photo is refused")
        for path in ["/media/linked.png", "/content/media/linked.png"] {
            #expect(!(try server.get(path).body.contains("TOP-SECRET")))
        }
    }

    @Test func anEditIsServedWithinASecond() async throws {
        let server = try await Self.server()
        defer { server.stop() }
        let before = try server.get("/__docket/wait?since=-1").body
        let expert = try #require(ValidContent.files.first { $0.0.hasSuffix("ada.yml") }).1
        server.write("content/experts/ada.yml", expert.replacingOccurrences(of: "name: Ada Byron", with: "name: Ada Lovelace"))
        let took = try await server.waitFor("Ada Lovelace", at: "/experts/ada/")
        #expect(took != nil, "the edit was not served within a second")
        let after = try server.get("/__docket/wait?since=\(before)").body
        #expect(after != before, "the reload script sees a new version")
    }

    @Test func contentErrorsShowInTheBrowserUntilFixed() async throws {
        let server = try await Self.server()
        defer { server.stop() }
        server.write("content/requests/vpc.yml", "title: Short\n")
        let shown = try await server.waitFor("content/requests/vpc.yml:1:8", at: "/experts/ada/")
        #expect(shown != nil, "the page shows the diagnostic with its position")
        let page = try server.get("/experts/ada/")
        #expect(page.status == 500)
        #expect(page.body.contains("title must be at least 10 characters (has 5)") && page.body.contains("[request.title]"))
        #expect(page.body.contains("__docket/reload.js"), "the error page reloads once fixed")
        try FileManager.default.removeItem(atPath: server.root + "/content/requests/vpc.yml")
        let fixed = try await server.waitFor("Ada Byron", at: "/experts/ada/")
        #expect(fixed != nil)
    }

    /// The library's defaults; the command's own defaults are checked in the CLI tests.
    @Test func defaultsToLoopbackOnPort1313() {
        let server = PreviewServer(siteRoot: SiteRoot("/tmp"), configFile: nil, now: nil, log: { _ in })
        #expect(server.host == "127.0.0.1")
        #expect(server.port == 1313)
    }

    @Test func everyBuiltPageIsWhatThePreviewServes() async throws {
        let server = try await Self.server()
        defer { server.stop() }
        for path in ["/", "/experts/", "/experts/level/professional/", "/experts/country/gb/", "/firms/", "/firms/analytical/",
                     "/requests/", "/requests/harden-network/", "/proposals/network-review/"] {
            let response = try server.get(path)
            #expect(response.status == 200, "\(path) answered \(response.status)")
        }
    }
}
