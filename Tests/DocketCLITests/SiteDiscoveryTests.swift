import Foundation
import Testing
import DocketTestSupport

/// Where the site is and how its files are named (issue 14, point 10): docket.yml is found
/// by walking up from the current folder as git does, `--site` names it, and diagnostics
/// name files from the current folder, so annotations from a monorepo subfolder land.
@Suite struct SiteDiscoveryTests {
    /// A repository with the site in `site/` and one bad request in it.
    static func monorepo() -> CLISite {
        let repository = CLISite()
        try? FileManager.default.removeItem(atPath: repository.root + "/content")
        for (path, text) in ValidContent.files { repository.write("site/" + path, text) }
        repository.write("site/docket.yml", "title: In a subfolder\n")
        repository.write("site/content/requests/short.yml", "title: Short\n")
        return repository
    }

    @Test func aSiteInASubfolderIsNamedWithSiteAndItsFilesFromHere() throws {
        let repository = Self.monorepo()
        let text = try repository.docket("validate", "--site", "site")
        #expect(text.status == 1)
        #expect(text.stdout.contains("site/content/requests/short.yml:1:1: error:"), "\(text.stdout)")
        let github = try repository.docket("validate", "--site", "site", "--format", "github")
        #expect(github.stdout.contains("::error file=site/content/requests/short.yml,line="), "\(github.stdout)")
        let sarif = try repository.docket("validate", "--site", "site", "--format", "sarif")
        #expect(sarif.stdout.contains("\"uri\": \"site/content/requests/short.yml\"") || sarif.stdout.contains("\"uri\":\"site/content/requests/short.yml\""))
        let junit = try repository.docket("validate", "--site", "site", "--format", "junit")
        #expect(junit.stdout.contains("file=\"site/content/requests/short.yml\""))
        #expect(junit.stdout.contains("file=\"site/content/experts/ada.yml\""), "passing files are named from here too")
    }

    @Test func theSiteIsFoundByWalkingUpFromASubfolderOfIt() throws {
        let repository = Self.monorepo()
        let deep = repository.root + "/site/content/requests"
        let outcome = try DocketProcess.run(["validate"], in: deep)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("../../content/requests/short.yml:1:1: error:"), "\(outcome.stdout)")
        #expect(outcome.stderr.contains("content files"))
    }

    @Test func withoutASiteAtOrAboveTheFolderNothingIsFound() throws {
        let repository = Self.monorepo()
        let outcome = try DocketProcess.run(["validate"], in: repository.root)
        #expect(outcome.status == 2, "the repository root holds no site: \(outcome.stderr)")
    }

    @Test func buildFromASubfolderWritesIntoTheSitesOutput() throws {
        let repository = Self.monorepo()
        repository.write("site/content/requests/short.yml", "")
        try FileManager.default.removeItem(atPath: repository.root + "/site/content/requests/short.yml")
        let outcome = try DocketProcess.run(["build", "--now", "2026-11-22"], in: repository.root + "/site/content")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(FileManager.default.fileExists(atPath: repository.root + "/site/public/index.html"))
        #expect(!FileManager.default.fileExists(atPath: repository.root + "/site/content/public"))
    }
}
