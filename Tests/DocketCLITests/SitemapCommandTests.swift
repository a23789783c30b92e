import Foundation
import Testing

/// The sitemap through the real command (issue 13): only with base_url, since sitemap
/// readers reject relative `<loc>` values.
@Suite struct SitemapCommandTests {
    /// Without base_url there is no sitemap (issue 13): the build says so on stderr, check
    /// does not miss it, and `validate --strict` is not failed by it.
    @Test func withoutBaseURLTheSitemapIsLeftOutWithANote() throws {
        let site = try BuildCommandTests.sampleSite()
        defer { BuildCommandTests.cleanUp(site) }
        let config = try String(contentsOfFile: site + "/docket.yml", encoding: .utf8)
        try config.replacingOccurrences(of: "base_url: https://experts.example.com\n", with: "")
            .write(toFile: site + "/docket.yml", atomically: true, encoding: .utf8)
        let build = try BuildCommandTests.run(["build", "--now", "2026-11-22", "--check"], in: site)
        #expect(build.status == 0, "\(build.stdout)\(build.stderr)")
        #expect(build.stderr.contains("note: no base_url in docket.yml: sitemap.xml was not written"), "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site + "/public/sitemap.xml"))
        #expect(build.stderr.contains("0 problems"))
        let check = try BuildCommandTests.run(["check"], in: site)
        #expect(check.status == 0 && check.stdout.isEmpty, "\(check.stdout)\(check.stderr)")
        let validate = try BuildCommandTests.run(["validate", "--strict", "--now", "2026-11-22"], in: site)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        #expect(!validate.stdout.contains("base_url") && !validate.stderr.contains("base_url"))
    }

    @Test func withBaseURLTheBuildHasNoNote() throws {
        let site = try BuildCommandTests.sampleSite()
        defer { BuildCommandTests.cleanUp(site) }
        let build = try BuildCommandTests.run(["build", "--now", "2026-11-22"], in: site)
        #expect(build.status == 0 && !build.stderr.contains("note:"), "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: site + "/public/sitemap.xml"))
    }
}
