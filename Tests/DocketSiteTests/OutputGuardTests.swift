import DocketContent
import DocketSite
import DocketValidation
import Foundation
import Testing

/// Output folders a build must never replace, and the one `--force` allows (docs/spec.md §6).
@Suite struct OutputGuardTests {
    static func check(_ output: String, site: SiteFixture, force: Bool = false) throws(DocketError) {
        try OutputGuard.check(output: output, siteRoot: SiteRoot(site.root),
                              protected: [("the content folder", site.root + "/content"), ("the templates folder", site.root + "/templates")],
                              force: force)
    }

    /// Checked without building: a guard that failed here must not get the chance to
    /// replace `/` or the home folder.
    @Test func refusesTheRootAndTheHomeFolder() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        #expect(throws: DocketError.self) { try Self.check("/", site: site) }
        #expect(throws: DocketError.self) { try Self.check("/", site: site, force: true) }
        #expect(throws: DocketError.self) { try Self.check("/tmp/..", site: site) }
        let home = try #require(ProcessInfo.processInfo.environment["HOME"], "no HOME in the environment")
        #expect(throws: DocketError.self) { try Self.check(home, site: site, force: true) }
        #expect(throws: DocketError.self) { try Self.check(home + "/", site: site, force: true) }
    }

    /// The site root, its content and templates folders, a parent of the site, and anything
    /// inside content/ or templates/: refused before anything is written, even with --force.
    @Test(arguments: [".", "content", "content/media", "templates", "templates/assets", "..", "../.."])
    func refusesTheSiteAndItsSources(relative: String) throws {
        // Two folders deep in a folder of its own, so that even a broken guard could only
        // replace this test's own files.
        let container = SiteFixture.temporaryFolder("guard")
        defer { try? FileManager.default.removeItem(atPath: container) }
        let site = SiteFixture.valid(at: container + "/x/y/site")
        site.write("templates/assets/keep.txt", "kept\n")
        let before = Self.tree(container)
        let output = site.root + "/" + relative
        #expect(throws: BuildFailure.self) { try site.build(into: output, force: true) }
        #expect(Self.tree(container) == before, "the site changed")
        #expect(throws: DocketError.self) { try Self.check(output, site: site) }
    }

    @Test func refusesTheSiteRootThroughASymbolicLink() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        let link = site.root + "/link-to-site"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: site.root)
        #expect(throws: BuildFailure.self) { try site.build(into: link, force: true) }
        #expect(FileManager.default.fileExists(atPath: site.root + "/content/experts/ada.yml"))
    }

    /// A non-empty folder Docket did not create is refused, and `--force` replaces it.
    @Test func aForeignFolderNeedsForce() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        let output = site.root + "/elsewhere"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: output + "/notes.txt", contents: Data("mine\n".utf8)))
        #expect(throws: BuildFailure.self) { try site.build(into: output) }
        #expect(BuiltSite(root: output).files == ["notes.txt"], "the refused folder was changed")
        let built = try site.build(into: output, force: true)
        #expect(built.exists("index.html"))
        // Now Docket's own: the next build needs no --force.
        try site.build(into: output)
    }

    /// An existing file is never replaced by a folder, even with --force: the swap would
    /// delete it.
    @Test func aFileIsRefusedEvenWithForce() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        let file = site.root + "/notes.txt"
        site.write("notes.txt", "precious\n")
        #expect(throws: BuildFailure.self) { try site.build(into: file, force: true) }
        #expect(FileManager.default.contents(atPath: file) == Data("precious\n".utf8), "the file was replaced")
        #expect(throws: DocketError.self) { try Self.check(file, site: site) }
    }

    /// A folder Docket built is replaced without --force; a missing one is created.
    @Test func itsOwnOutputIsReplacedWithoutForce() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        let output = site.root + "/a/b/site"
        try site.build(into: output)
        try site.build(into: output)
        #expect(BuiltSite(root: output).exists("index.html"))
    }

    /// `.gitkeep` does not make a folder "not empty", and survives every build.
    @Test func gitkeepSurvives() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("public/.gitkeep", "")
        let first = try site.build()
        #expect(first.exists(".gitkeep"))
        let second = try site.build()
        #expect(second.exists(".gitkeep"))
        #expect(second.exists("index.html"))
        #expect(second.data(".gitkeep") == Data())
    }

    static func tree(_ root: String) -> [String: Data] {
        BuiltSite(root: root).snapshot()
    }
}
