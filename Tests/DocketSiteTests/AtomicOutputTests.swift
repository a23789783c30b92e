import DocketContent
import DocketTestSupport
import DocketSite
import DocketValidation
import Foundation
import Testing

/// A failed build leaves the previous output exactly as it was and no staging folder
/// behind (docs/spec.md §5: output is written atomically).
@Suite struct AtomicOutputTests {
    /// Files beside the output that a build leaves: anything but the build lock is a leftover.
    static func leftovers(beside output: String) -> [String] {
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        return ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [])
            .filter { $0 != name && $0.contains(name) && !$0.hasSuffix(".docket-lock") }
    }

    /// Builds the valid site, runs `breakIt`, and checks that the next build fails and
    /// changes nothing.
    static func expectFailedBuildLeavesOutput(_ breakIt: (SiteFixture) throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        let previous = try site.build().snapshot()
        #expect(!previous.isEmpty)
        try breakIt(site)
        #expect(throws: BuildFailure.self, sourceLocation: sourceLocation) { try site.build(now: "2026-11-23") }
        let now = BuiltSite(root: site.output).snapshot()
        #expect(now == previous, "the previous output changed", sourceLocation: sourceLocation)
        #expect(leftovers(beside: site.output).isEmpty, "left behind: \(leftovers(beside: site.output))", sourceLocation: sourceLocation)
    }

    @Test func aBrokenTemplateOverrideLeavesThePreviousOutput() throws {
        try Self.expectFailedBuildLeavesOutput { site in
            site.write("templates/expert.mustache", "{{<layout}}{{$main}}\n{{#name}}\n{{/main}}{{/layout}}\n")
        }
    }

    @Test func contentWithAnErrorLeavesThePreviousOutput() throws {
        try Self.expectFailedBuildLeavesOutput { site in
            site.write("content/requests/harden-network.yml", ValidContent.request.replacingOccurrences(of: "budget: 1000-10000", with: "budget: lots"))
        }
    }

    /// A photo that goes missing after validation: the build fails while assembling files.
    @Test func aFailureWhileAssemblingLeavesThePreviousOutput() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        let png = try #require(FileManager.default.contents(atPath: SiteFixture.repository + "/content/media/experts/maya-okafor.png"))
        site.write("content/media/ada.png", bytes: png)
        site.write("content/experts/ada.yml", ValidContent.expert + "\nphoto: ada.png\n")
        let previous = try site.build().snapshot()
        let result = try site.validate()
        site.remove("content/media/ada.png")
        let builder = SiteBuilder(result: result, siteRoot: SiteRoot(site.root), templates: try TemplateSet.load(overrides: nil))
        let error = try #require(throws: DocketError.self) { try builder.build(into: site.output, force: false) }
        #expect(error.stage == .site, "\(error)")
        #expect(BuiltSite(root: site.output).snapshot() == previous)
        #expect(Self.leftovers(beside: site.output).isEmpty)
    }

    /// A file that cannot be written into the staging folder (a template asset folder where
    /// the stylesheet file must go): the staging folder is removed, the output kept.
    @Test func aFailureWhileWritingLeavesThePreviousOutput() throws {
        try Self.expectFailedBuildLeavesOutput { site in
            site.write("templates/assets/docket.css/extra.txt", "a folder where a file must go\n")
        }
    }

    /// Another build holds the output's lock: this one fails and writes nothing.
    @Test func aLockedOutputIsLeftAlone() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        let previous = try site.build().snapshot()
        let lockPath = site.root + "/.public.docket-lock"
        let descriptor = open(lockPath, O_CREAT | O_RDWR, 0o644)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        site.write("content/requests/other-request.yml", ValidContent.request(number: 1, day: 3).1)
        #expect(throws: BuildFailure.self) { try site.build() }
        #expect(BuiltSite(root: site.output).snapshot() == previous)
        flock(descriptor, LOCK_UN)
        let rebuilt = try site.build()
        #expect(rebuilt.exists("requests/other-request/index.html"))
    }

    /// The folder the staging folder goes in cannot be written (immutable for root,
    /// read-only for anyone else): the build fails and the output is as it was.
    @Test(.enabled(if: Unwritable.isAvailable, "cannot make a folder unwritable here (needs chattr as root, or a non-root user)"))
    func anUnwritableStagingFolderLeavesThePreviousOutput() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        let parent = site.root + "/out"
        let output = parent + "/site"
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let previous = try site.build(into: output).snapshot()
        try Unwritable.make(parent)
        defer { Unwritable.undo(parent) }
        site.write("content/requests/other-request.yml", ValidContent.request(number: 1, day: 3).1)
        #expect(throws: BuildFailure.self) { try site.build(into: output) }
        #expect(BuiltSite(root: output).snapshot() == previous)
        #expect(Self.leftovers(beside: output).isEmpty)
    }

    /// Where the file system cannot exchange two folders, the output is renamed aside and
    /// the staging folder renamed in: a build killed between the two left the previous site
    /// under its "old" name and no output. The next build puts it back as soon as it holds
    /// the lock, so even a failing build leaves the previous site in place.
    @Test func aPreviousSiteLeftAsideByAKilledBuildIsPutBack() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        let previous = try site.build().snapshot()
        #expect(rename(site.output, site.root + "/.public.docket-old-999999") == 0)
        site.write("templates/assets/docket.css/extra.txt", "a folder where a file must go\n")
        let failure = try #require(throws: BuildFailure.self) { try site.build(now: "2026-11-23") }
        #expect(failure.stage == .builder, "\(failure)")
        #expect(BuiltSite(root: site.output).snapshot() == previous)
        #expect(Self.leftovers(beside: site.output).isEmpty, "left behind: \(Self.leftovers(beside: site.output))")
    }

    /// A killed build's staging folder (its pid is in the name) is removed by the next
    /// build, whose own staging folder has another name. The dead build is played by one
    /// whose staging folder moves under another pid's name before it fails: Docket
    /// recorded that folder as its own, and nothing cleared it up.
    @Test func aDeadBuildsStagingFolderIsRemovedByTheNextBuild() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        try site.build()
        let stale = site.root + "/.public.docket-staging-999999"
        #expect(throws: DocketError.self) {
            try AtomicOutput(output: site.output).write(paths: ["experts/x.html"]) { staging throws(DocketError) in
                guard rename(staging.root, stale) == 0 else { return }
                throw DocketError(.output, message: "killed")
            }
        }
        #expect(FileManager.default.fileExists(atPath: stale + "/experts"), "the dead build left no staging folder")
        let rebuilt = try site.build(now: "2026-11-23")
        #expect(rebuilt.exists("index.html"))
        #expect(Self.leftovers(beside: site.output).isEmpty, "left behind: \(Self.leftovers(beside: site.output))")
    }

    /// `build --check` reads the complete staging folder before the swap; when it
    /// refuses, the previous output stays and the staging folder goes.
    @Test func aRefusedVerificationLeavesThePreviousOutput() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        let previous = try site.build().snapshot()
        let result = try site.validate()
        let builder = SiteBuilder(result: result, siteRoot: SiteRoot(site.root), templates: try TemplateSet.load(overrides: nil))
        var seen: [String] = []
        let failure = try #require(throws: DocketError.self) {
            try builder.build(into: site.output, force: false, verify: { staging in
                seen = BuiltSite(root: staging).files
                return "refused by the check"
            })
        }
        #expect(failure.description.contains("refused by the check"))
        #expect(seen.contains("index.html") && seen.contains("assets/docket.css"), "the check did not see the whole new site: \(seen)")
        #expect(BuiltSite(root: site.output).snapshot() == previous)
        #expect(Self.leftovers(beside: site.output).isEmpty, "left behind: \(Self.leftovers(beside: site.output))")
    }

    @Test func aSuccessfulBuildReplacesEverythingAndLeavesNoStaging() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        try site.build()
        site.remove("content/firms/analytical.yml")
        site.write("content/experts/ada.yml", ValidContent.expert.replacingOccurrences(of: "firm: analytical\n", with: ""))
        let built = try site.build()
        #expect(!built.exists("firms/analytical"), "a page of the previous build survived")
        #expect(built.exists("firms/index.html"))
        #expect(Self.leftovers(beside: site.output).isEmpty)
    }
}
