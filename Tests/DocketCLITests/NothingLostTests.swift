import DocketDomain
import DocketTestSupport
import Foundation
import Testing

/// A build that cannot finish leaves the previous `public/` byte for byte and nothing
/// beside it (docs/spec.md §5, issue 8), shown with the real command: a full disk, an unwritable
/// output folder, a killed build, and two builds at once.
@Suite struct NothingLostTests {
    static let now = "2026-11-22"

    /// Builds `site` and returns what it published; then adds an expert, so that a build
    /// that went through would change `public/`.
    static func published(_ site: CLISite) throws -> [String: Data] {
        let first = try site.docket("build", "--now", now)
        try #require(first.status == 0, "\(first.stderr)")
        let previous = site.published
        try #require(previous["experts/ada/index.html"] != nil)
        let (path, text) = ValidContent.expert(number: 9999)
        site.write(path, text)
        return previous
    }

    /// Waits until a build's staging folder is beside `public/`, or the build is over.
    static func stagingFolder(of build: DocketProcess.Running, in site: CLISite) -> String? {
        let deadline = ContinuousClock.now + .seconds(300)
        while build.process.isRunning && ContinuousClock.now < deadline {
            if let staging = site.leftovers.first(where: { $0.contains(".docket-staging-") }) { return staging }
            usleep(1000)
        }
        return nil
    }

    /// The tests and docket are built with ThreadSanitizer (scripts/test-sanitized thread).
    static let underThreadSanitizer = dlsym(nil, "__tsan_init") != nil

    /// Every file the site writes must fit in 4 KiB (dash counts `ulimit -f` in 512-byte
    /// blocks), and the stylesheet alone is about 24 KiB: writing it fails with EFBIG, as
    /// on a full disk, once SIGXFSZ is ignored (it would kill the build instead). The
    /// limit is far above the few lines docket prints, so its messages get out.
    @Test(.disabled(if: underThreadSanitizer, "the ThreadSanitizer runtime dies of SIGBUS under a small file size limit; the ordinary and ASan runs cover this"))
    func aFullDiskFailsAndKeepsThePreviousSite() throws {
        let site = CLISite.valid()
        let previous = try Self.published(site)
        let build = try site.start(["build", "--now", Self.now],
                                   through: ["/bin/sh", "-c", "trap '' XFSZ; ulimit -f 8; exec \"$@\"", "sh"])
        let outcome = try build.wait()
        #expect(outcome.status == 2, "exit \(outcome.status): \(outcome.stderr)")
        #expect(outcome.stderr.contains("cannot write"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("File too large"), "the reason is not given: \(outcome.stderr)")
        #expect(outcome.stderr.contains("the previous site was left as it was"), "\(outcome.stderr)")
        #expect(site.published == previous, "the previous site changed")
        #expect(site.leftovers.isEmpty, "left behind: \(site.leftovers)")
        #expect(site.published["experts/expert-9999/index.html"] == nil)
    }

    /// The folder holding `public/` is made immutable (root ignores permissions, not the
    /// immutable attribute): the staging folder cannot be made beside the output.
    @Test(.enabled(if: Unwritable.isAvailable, "cannot make a folder unwritable here (needs chattr +i as root, or a non-root user)"))
    func anUnwritableOutputFolderFailsAndKeepsThePreviousSite() throws {
        let site = CLISite.valid()
        let previous = try Self.published(site)
        try Unwritable.make(site.root)
        defer { Unwritable.undo(site.root) }
        let outcome = try site.docket("build", "--now", Self.now)
        #expect(outcome.status == 2, "exit \(outcome.status): \(outcome.stderr)")
        #expect(outcome.stderr.contains("cannot create the staging folder"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("Operation not permitted") || outcome.stderr.contains("Permission denied"), "\(outcome.stderr)")
        #expect(site.published == previous, "the previous site changed")
        #expect(site.leftovers.isEmpty, "left behind: \(site.leftovers)")
    }

    /// SIGKILL while the pages are being written: nothing runs to clean up, so the staging
    /// folder stays, and the next build must clear it and still succeed.
    @Test func aKilledBuildKeepsThePreviousSiteAndTheNextBuildClearsUp() throws {
        let site = CLISite.large(experts: 400)
        let previous = try Self.published(site)
        let build = try site.start(["build", "--now", Self.now])
        let staging = try #require(Self.stagingFolder(of: build, in: site), "the build ended before writing")
        build.kill()
        let killed = try build.wait()
        try #require(killed.killed, "the build finished before it was killed (exit \(killed.status)): make the site larger")
        #expect(site.published == previous, "the previous site changed")
        #expect(site.leftovers == [staging], "a killed build leaves its staging folder, and only that")
        let next = try site.docket("build", "--now", Self.now)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(site.published["experts/expert-9999/index.html"] != nil, "the next build did not replace the site")
        #expect(site.leftovers.isEmpty, "the dead build's staging folder was not cleared: \(site.leftovers)")
    }

    /// A second build (of another, small site) into the same `public/` starts while the
    /// first is writing: it is refused at once with a message saying why, and `public/` is
    /// the first build's whole site.
    @Test func aSecondBuildOnTheSameOutputIsRefusedWhileTheFirstWrites() throws {
        let large = CLISite.large(experts: 400)
        let build = try large.start(["build", "--now", Self.now])
        _ = try #require(Self.stagingFolder(of: build, in: large), "the first build ended before writing")
        let small = CLISite.valid()
        let (path, text) = ValidContent.expert(number: 9999)
        small.write(path, text)
        let second = try small.docket("build", "--now", Self.now, "--output", large.root + "/public")
        let first = try build.wait()
        #expect(second.status == 2, "exit \(second.status): \(second.stderr)")
        #expect(second.stderr.contains("another docket build is writing this output folder"), "\(second.stderr)")
        #expect(first.status == 0, "\(first.stderr)")
        let files = large.published
        #expect(first.stderr.contains(" pages (\(files.count) files) into public"), "not one whole site: \(files.count) files; \(first.stderr)")
        #expect(files["experts/expert-399/index.html"] != nil)
        #expect(files["experts/expert-9999/index.html"] == nil, "the refused build wrote into the output")
        #expect(large.leftovers.isEmpty, "left behind: \(large.leftovers)")
        #expect(small.leftovers.isEmpty)
    }
}
