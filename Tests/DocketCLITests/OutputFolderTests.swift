import Foundation
import Testing
import DocketTestSupport

/// What a build may touch around `public/` (docs/decisions.md, "Output folder ownership"): `--check`
/// runs before the swap, links named like leftovers are never followed, the lock is never
/// a link, and the output holds only the site.
@Suite struct OutputFolderTests {
    static let now = "2026-11-22"

    /// A user template whose page loads a script from elsewhere: `docket check` fails on it.
    static let externalScriptPage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Not found</title>
        <script src="https://cdn.example.com/tracker.js"></script></head>
        <body><p>Not found.</p></body></html>

        """

    @Test func aFailingCheckLeavesThePreviousSiteAsItWas() throws {
        let site = CLISite.valid()
        let first = try site.docket("build", "--now", Self.now, "--check")
        try #require(first.status == 0, "\(first.stdout)\(first.stderr)")
        let previous = site.published
        site.write("templates/404.mustache", Self.externalScriptPage)
        let (path, text) = ValidContent.expert(number: 9999)
        site.write(path, text)
        let run = try site.docket("build", "--now", Self.now, "--check")
        #expect(run.status == 1, "exit \(run.status): \(run.stderr)")
        #expect(run.stdout.contains("404.html"), "the problem is not shown: \(run.stdout)")
        #expect(run.stderr.contains("the previous site was left as it was"), "\(run.stderr)")
        #expect(site.published == previous, "the output was replaced by a site that failed its check")
        #expect(site.leftovers.isEmpty, "left behind: \(site.leftovers)")
    }

    /// A folder outside the site, which links committed in the site root point at.
    static func victim(of site: CLISite) -> String {
        let folder = site.root + "-victim"
        try! FileManager.default.createDirectory(atPath: folder + "/inner", withIntermediateDirectories: true)
        precondition(FileManager.default.createFile(atPath: folder + "/inner/precious.txt", contents: Data("mine\n".utf8)))
        return folder
    }

    static func tree(_ folder: String) -> [String: Data] {
        BuildCommandTests.snapshot(folder)
    }

    @Test(arguments: [".public.docket-old-1", ".public.docket-staging-1"])
    func aLinkNamedLikeALeftoverIsNeverFollowed(name: String) throws {
        let site = CLISite.valid()
        let victim = Self.victim(of: site)
        defer { try? FileManager.default.removeItem(atPath: victim) }
        let before = Self.tree(victim)
        let link = site.root + "/" + name
        // With and without a previous output: recovery puts an "old" folder back when
        // the output is missing, and removes it when the output is there.
        for round in 0..<2 {
            try? FileManager.default.removeItem(atPath: link)
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
            let run = try site.docket("build", "--now", Self.now)
            #expect(run.status == 0, "round \(round): \(run.stderr)")
            #expect(Self.tree(victim) == before, "round \(round): the folder the link points to changed")
            #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == victim, "round \(round): the link was moved or removed")
            #expect(site.published["index.html"] != nil, "round \(round)")
            #expect(site.published["inner/precious.txt"] == nil, "round \(round): the linked folder became the output")
        }
    }

    /// A real folder with a leftover's name that Docket did not make is somebody's: kept.
    @Test func aForeignFolderNamedLikeALeftoverIsKept() throws {
        let site = CLISite.valid()
        site.write(".public.docket-staging-7/notes.txt", "mine\n")
        site.write(".public.docket-old-7/notes.txt", "mine too\n")
        let run = try site.docket("build", "--now", Self.now)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.contents(atPath: site.root + "/.public.docket-staging-7/notes.txt") == Data("mine\n".utf8))
        #expect(FileManager.default.contents(atPath: site.root + "/.public.docket-old-7/notes.txt") == Data("mine too\n".utf8))
    }

    @Test func aSymbolicLinkAsTheLockIsAnError() throws {
        let site = CLISite.valid()
        let elsewhere = site.root + "-lock-target"
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.root + "/.public.docket-lock", withDestinationPath: elsewhere + "/lock")
        let run = try site.docket("build", "--now", Self.now)
        #expect(run.status == 2, "exit \(run.status): \(run.stderr)")
        #expect(run.stderr.contains("lock"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty, "a lock was created where the link points")
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public"), "built without the lock")
    }

    /// Nothing of Docket's bookkeeping is published, and a folder Docket built is still
    /// recognised as its own: the next build needs no --force.
    @Test func theOutputHoldsOnlyTheSite() throws {
        let site = CLISite.valid()
        for round in 0..<2 {
            let run = try site.docket("build", "--now", Self.now)
            #expect(run.status == 0, "round \(round): \(run.stderr)")
            let hidden = site.published.keys.filter { $0.hasPrefix(".") || $0.contains("/.") }
            #expect(hidden.isEmpty, "round \(round): bookkeeping in the output: \(hidden)")
        }
    }

    /// A site built by an earlier Docket carries the old `.docket-output` marker: it is
    /// still Docket's (no --force), and the new output no longer holds the marker.
    @Test func anOutputWithTheOldMarkerIsRecognisedAndTheMarkerGoes() throws {
        let site = CLISite.valid()
        site.write("public/.docket-output", "Built by docket; the next build replaces this folder.\n")
        site.write("public/index.html", "<!DOCTYPE html><title>old</title>\n")
        let run = try site.docket("build", "--now", Self.now)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(site.published[".docket-output"] == nil, "the old marker was carried over")
        #expect(site.published["experts/ada/index.html"] != nil)
        let again = try site.docket("build", "--now", Self.now)
        #expect(again.status == 0, "not recognised after the migration: \(again.stderr)")
    }

    /// The record of Docket's output names that folder, not its path: a folder made in
    /// its place (which may get the same inode number) is refused.
    @Test func aForeignFolderMadeInPlaceOfTheOutputNeedsForce() throws {
        let site = CLISite.valid()
        #expect(try site.docket("build", "--now", Self.now).status == 0)
        try FileManager.default.removeItem(atPath: site.root + "/public")
        site.write("public/notes.txt", "mine\n")
        let run = try site.docket("build", "--now", Self.now)
        #expect(run.status == 2, "exit \(run.status): \(run.stderr)")
        #expect(run.stderr.contains("--force"), "\(run.stderr)")
        #expect(site.published == ["notes.txt": Data("mine\n".utf8)])
    }
}
