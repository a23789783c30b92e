import DocketContent
import Foundation
import Testing

/// The site root joins paths and keeps walks inside it (docs/architecture.md, "SiteRoot").
@Suite struct SiteRootTests {
    @Test func joinsWithOneSlashWhateverTheRootWasWrittenWith() {
        #expect(SiteRoot("site").appending("content/a.yml") == "site/content/a.yml")
        #expect(SiteRoot("site/").appending("content") == "site/content")
        #expect(SiteRoot("site//").path == "site")
        #expect(SiteRoot("/").appending("content") == "/content")
        #expect(SiteRoot("site").appending("") == "site")
    }

    @Test func aFileIsRelativeToTheRootOnlyWhenInsideIt() {
        let root = SiteRoot("/srv/site")
        #expect(root.relativePath(of: "/srv/site/content/a.yml") == "content/a.yml")
        #expect(root.relativePath(of: "/srv/site-other/content/a.yml") == nil)
        #expect(root.relativePath(of: "/srv/site") == nil)
        #expect(SiteRoot("/").relativePath(of: "/etc/passwd") == "etc/passwd")
    }

    @Test func aWalkStopsAtTheFirstLinkOrMissingPart() throws {
        let folder = NSTemporaryDirectory() + "docket-site-root-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = FileManager.default
        try files.createDirectory(atPath: folder + "/content/media/people", withIntermediateDirectories: true)
        #expect(files.createFile(atPath: folder + "/content/media/people/a.png", contents: Data()))
        try files.createSymbolicLink(atPath: folder + "/content/media/out", withDestinationPath: "/etc")
        let root = SiteRoot(folder)
        #expect(root.walk("people/a.png", from: "content/media") == .reached(folder + "/content/media/people/a.png"))
        #expect(root.walk("out/passwd", from: "content/media") == .link("out"))
        #expect(root.walk("people/b.png", from: "content/media") == .missing("people/b.png"))
        #expect(root.walk("content/media/out/x") == .link("content/media/out"))
        #expect(root.walk("./content") == .reached(folder + "/content"))
    }
}
