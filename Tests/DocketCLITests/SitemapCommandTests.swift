import Foundation
import Testing

/// The sitemap and the feeds through the real command (issues 13 and 18): only with
/// base_url, since their readers reject relative URLs.
@Suite struct SitemapCommandTests {
    /// Without base_url there is no sitemap and no feed (issues 13 and 18): the build warns
    /// on stderr, check does not miss them, and `validate --strict` is not failed by it.
    @Test func withoutBaseURLTheSitemapAndFeedsAreLeftOutWithAWarning() throws {
        let site = try BuildCommandTests.sampleSite()
        defer { BuildCommandTests.cleanUp(site) }
        let config = try String(contentsOfFile: site + "/docket.yml", encoding: .utf8)
        try config.replacingOccurrences(of: "base_url: https://experts.example.com\n", with: "")
            .write(toFile: site + "/docket.yml", atomically: true, encoding: .utf8)
        let build = try BuildCommandTests.run(["build", "--now", "2026-11-22", "--check"], in: site)
        #expect(build.status == 0, "\(build.stdout)\(build.stderr)")
        #expect(build.stderr.contains("warning: no base_url in docket.yml: sitemap.xml, requests/feed.xml and requests/feed.json were not written"),
                "\(build.stderr)")
        for file in ["sitemap.xml", "requests/feed.xml", "requests/feed.json"] {
            #expect(!FileManager.default.fileExists(atPath: site + "/public/" + file), "\(file)")
        }
        let listing = try String(contentsOfFile: site + "/public/requests/index.html", encoding: .utf8)
        #expect(!listing.contains("feed.xml") && !listing.contains("feed.json"))
        #expect(build.stderr.contains("0 problems"))
        let check = try BuildCommandTests.run(["check"], in: site)
        #expect(check.status == 0 && check.stdout.isEmpty, "\(check.stdout)\(check.stderr)")
        let validate = try BuildCommandTests.run(["validate", "--strict", "--now", "2026-11-22"], in: site)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        #expect(!validate.stdout.contains("base_url") && !validate.stderr.contains("base_url"))
    }

    @Test func withBaseURLTheBuildHasNoWarning() throws {
        let site = try BuildCommandTests.sampleSite()
        defer { BuildCommandTests.cleanUp(site) }
        let build = try BuildCommandTests.run(["build", "--now", "2026-11-22"], in: site)
        #expect(build.status == 0 && !build.stderr.contains("warning:"), "\(build.stderr)")
        for file in ["sitemap.xml", "requests/feed.xml", "requests/feed.json"] {
            #expect(FileManager.default.fileExists(atPath: site + "/public/" + file), "\(file)")
        }
    }
}
