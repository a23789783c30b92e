import Foundation
import Testing

/// `docket check DIR` run from anywhere finds the site DIR was built from, as `docket build`
/// would have written it, and runs every check, the privacy check included; with no site to
/// be found it stops and says so (issue 13, docs/decisions.md).
@Suite struct CheckCommandTests {
    /// An address of the sample's content (content/experts/maya-okafor.yml).
    static let address = "maya.okafor@harborlight.example.com"

    /// The sample site built at `<site>/public`, and a folder outside it to run check from.
    static func builtSample() throws -> (site: String, elsewhere: String) {
        let site = try BuildCommandTests.sampleSite()
        let build = try BuildCommandTests.run(["build", "--now", "2026-11-22"], in: site)
        #expect(build.status == 0, "\(build.stderr)")
        return (site, BuildCommandTests.beside(site, "elsewhere"))
    }

    /// Puts a private address on a page, as a broken template could.
    static func leakAddress(into build: String) throws {
        let page = build + "/firms/index.html"
        let html = try String(contentsOfFile: page, encoding: .utf8)
        try html.replacingOccurrences(of: "</main>", with: "<p>\(address)</p></main>").write(toFile: page, atomically: true, encoding: .utf8)
    }

    @Test func fromOutsideTheSiteItFindsTheSiteAndReportsNoFalseError() throws {
        let (site, elsewhere) = try Self.builtSample()
        defer { BuildCommandTests.cleanUp(site) }
        let check = try BuildCommandTests.run(["check", site + "/public"], in: elsewhere)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(!check.stdout.contains("[check.sitemap]"), "the sitemap's absolute URLs are the site's own")
        #expect(check.stderr.contains("0 problems"))
        #expect(check.stderr.contains("against the site at \(site)"), "it says which site it read: \(check.stderr)")
    }

    @Test func fromOutsideTheSiteThePrivacyCheckRuns() throws {
        let (site, elsewhere) = try Self.builtSample()
        defer { BuildCommandTests.cleanUp(site) }
        try Self.leakAddress(into: site + "/public")
        // A relative DIR, climbing out of the folder check runs in.
        let relative = "../" + (site as NSString).lastPathComponent + "/public"
        let check = try BuildCommandTests.run(["check", relative], in: elsewhere)
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("firms/index.html: error: ") && check.stdout.contains("[check.private-data]"), "\(check.stdout)")
        #expect(!check.stdout.contains(Self.address) && !check.stderr.contains(Self.address), "the report does not publish the address")
    }

    /// Built with --output somewhere else: no docket.yml above the output names it, so the
    /// site is given with --site or --config.
    @Test(arguments: ["--site", "--config"])
    func aSiteGivenByOptionIsUsed(option: String) throws {
        let site = try BuildCommandTests.sampleSite()
        defer { BuildCommandTests.cleanUp(site) }
        let output = BuildCommandTests.beside(site, "out") + "/public"
        #expect(try BuildCommandTests.run(["build", "--now", "2026-11-22", "--output", output], in: site).status == 0)
        try Self.leakAddress(into: output)
        let elsewhere = BuildCommandTests.beside(site, "elsewhere")
        let value = option == "--site" ? site : site + "/docket.yml"
        let check = try BuildCommandTests.run(["check", option, value, output], in: elsewhere)
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("[check.private-data]"))
        #expect(!check.stdout.contains("[check.sitemap]"), "\(check.stdout)")
    }

    /// The privacy check cannot run without the content: check stops (exit 2, the command
    /// could not run) and says how to name the site, rather than pass without it.
    @Test func withNoSiteToBeFoundItStopsAndSaysWhy() throws {
        let site = try BuildCommandTests.sampleSite()
        defer { BuildCommandTests.cleanUp(site) }
        let output = BuildCommandTests.beside(site, "out") + "/public"
        #expect(try BuildCommandTests.run(["build", "--now", "2026-11-22", "--output", output], in: site).status == 0)
        let elsewhere = BuildCommandTests.beside(site, "elsewhere")
        let check = try BuildCommandTests.run(["check", output], in: elsewhere)
        #expect(check.status == 2, "\(check.stdout)\(check.stderr)")
        #expect(check.stderr.contains("no site found for \(output)") && check.stderr.contains("--site"), "\(check.stderr)")
        #expect(check.stderr.contains("private values"))
        #expect(check.stdout.isEmpty)
        // With no DIR either, in a folder that is not a site.
        let here = try BuildCommandTests.run(["check"], in: elsewhere)
        #expect(here.status == 2 && here.stderr.contains("no site here") && here.stderr.contains("--site"), "\(here.stderr)")
    }

    /// A site whose docket.yml moves its output: the walk up matches output_dir, not `public`.
    @Test func theSitesOutputDirIsHonoured() throws {
        let site = try BuildCommandTests.sampleSite()
        defer { BuildCommandTests.cleanUp(site) }
        let config = try String(contentsOfFile: site + "/docket.yml", encoding: .utf8)
        try (config + "output_dir: build/site\n").write(toFile: site + "/docket.yml", atomically: true, encoding: .utf8)
        #expect(try BuildCommandTests.run(["build", "--now", "2026-11-22"], in: site).status == 0)
        try Self.leakAddress(into: site + "/build/site")
        let check = try BuildCommandTests.run(["check", site + "/build/site"], in: BuildCommandTests.beside(site, "elsewhere"))
        #expect(check.status == 1 && check.stdout.contains("[check.private-data]"), "\(check.stdout)\(check.stderr)")
        #expect(!check.stdout.contains("[check.sitemap]"))
    }
}
