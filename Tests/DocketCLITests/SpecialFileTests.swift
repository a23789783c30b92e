import Foundation
import Testing
import DocketTestSupport

/// Files that are not regular files, and names that are not UTF-8 (docs/decisions.md,
/// "special files"): each is a located diagnostic, reported at once, never a hang or a silent skip.
/// Every run goes through `timeout`, so a regression fails the test instead of hanging it.
@Suite struct SpecialFileTests {
    static let now = "2026-11-22"
    /// Far above the second a report takes, far below a hang.
    static let limit = 20

    static func run(_ site: CLISite, _ arguments: String...) throws -> DocketProcess.Outcome {
        let start = ContinuousClock.now
        let outcome = try withExtendedLifetime(site) {
            try site.start(arguments, through: ["/usr/bin/timeout", "-s", "KILL", "\(limit)"]).wait()
        }
        #expect(!outcome.killed && outcome.status != 137, "docket \(arguments.joined(separator: " ")) hung and was killed after \(limit) s")
        // A report takes well under a second; five leave room for a loaded machine.
        #expect(ContinuousClock.now - start < .seconds(5), "took \(ContinuousClock.now - start)")
        return outcome
    }

    static func makeFIFO(_ path: String) {
        precondition(mkfifo(path, 0o644) == 0, "mkfifo \(path): \(String(cString: strerror(errno)))")
    }

    /// The valid site with Ada's photo field naming `content/media/x.png`; the line and
    /// column of that field's value.
    static func siteWithPhoto() -> (CLISite, String) {
        let site = CLISite.valid()
        site.write("content/experts/ada.yml", ValidContent.expert + "\nphoto: x.png\n")
        let line = ValidContent.expert.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        try! FileManager.default.createDirectory(atPath: site.root + "/content/media", withIntermediateDirectories: true)
        return (site, "content/experts/ada.yml:\(line):8: error:")
    }

    @Test(arguments: ["fifo", "folder"])
    func aPhotoThatIsNotARegularFileIsALocatedError(kind: String) throws {
        let (site, location) = Self.siteWithPhoto()
        let photo = site.root + "/content/media/x.png"
        if kind == "fifo" { Self.makeFIFO(photo) } else { try FileManager.default.createDirectory(atPath: photo, withIntermediateDirectories: false) }
        for command in ["validate", "build"] {
            let run = try Self.run(site, command, "--now", Self.now)
            let report = run.stdout + run.stderr
            #expect(run.status == 1, "\(command): exit \(run.status): \(report)")
            #expect(report.contains(location) && report.contains("[expert.photo]"), "\(command): \(report)")
            #expect(report.contains("not a regular file"), "\(command): the cause is not named: \(report)")
        }
    }

    @Test func aContentFileThatIsAFIFOIsALocatedError() throws {
        let site = CLISite.valid()
        Self.makeFIFO(site.root + "/content/experts/bob.yml")
        let run = try Self.run(site, "validate", "--now", Self.now)
        let report = run.stdout + run.stderr
        #expect(run.status == 1, "exit \(run.status): \(report)")
        #expect(report.contains("content/experts/bob.yml:1:1: error:") && report.contains("[file.not-regular]"), "\(report)")
    }

    @Test func aTemplateThatIsAFIFOCannotRun() throws {
        let site = CLISite.valid()
        try FileManager.default.createDirectory(atPath: site.root + "/templates", withIntermediateDirectories: true)
        Self.makeFIFO(site.root + "/templates/home.mustache")
        let run = try Self.run(site, "build", "--now", Self.now)
        #expect(run.status == 2, "exit \(run.status): \(run.stderr)")
        #expect(run.stderr.contains("templates/home.mustache") && run.stderr.contains("not a regular file"), "\(run.stderr)")
    }

    @Test func aConfigurationThatIsAFIFOCannotRun() throws {
        let site = CLISite.valid()
        Self.makeFIFO(site.root + "/docket.yml")
        let run = try Self.run(site, "validate", "--now", Self.now)
        #expect(run.status == 2, "exit \(run.status): \(run.stderr)")
        #expect(run.stderr.contains("docket.yml") && run.stderr.contains("not a regular file"), "\(run.stderr)")
    }

    /// `caf\xE9.yml`: Latin-1, not UTF-8. Reported with the byte escaped.
    @Test func aFileNameThatIsNotUTF8IsReported() throws {
        let site = CLISite.valid()
        let name = Array((site.root + "/content/experts/caf").utf8) + [0xE9] + Array(".yml".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        try #require(descriptor >= 0, "cannot create the file: \(String(cString: strerror(errno)))")
        close(descriptor)
        let run = try Self.run(site, "validate", "--now", Self.now)
        let report = run.stdout + run.stderr
        #expect(run.status == 1, "exit \(run.status): \(report)")
        #expect(report.contains("content/experts/caf\\xE9.yml:1:1: error:") && report.contains("[file.name-encoding]"), "\(report)")
    }
}

/// The wording of a file-system failure names its cause (docs/decisions.md), shown here
/// with the real command where a test can cause the failure: EACCES by running docket as
/// `nobody` on a site only root may write (root itself ignores permissions).
@Suite struct FileSystemFailureWordingTests {
    static let setpriv = "/usr/bin/setpriv"

    @Test(.enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: setpriv), "needs root and setpriv to run docket as another user"))
    func permissionDeniedIsNamed() throws {
        let site = CLISite.valid()
        let build = try site.start(["build", "--now", "2026-11-22"],
                                   through: [Self.setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"])
        let run = try build.wait()
        #expect(run.status == 2, "exit \(run.status): \(run.stderr)")
        #expect(run.stderr.contains("the user running docket may not write or read there"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public"))
    }
}

extension SpecialFileTests {
    /// Under media/ too: no photo field can name such a file.
    @Test func aMediaFileNameThatIsNotUTF8IsReported() throws {
        let site = CLISite.valid()
        try FileManager.default.createDirectory(atPath: site.root + "/content/media/team", withIntermediateDirectories: true)
        let name = Array((site.root + "/content/media/team/\u{FF}").utf8) + [0xFF, 0]
        let descriptor = name.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        try #require(descriptor >= 0, "cannot create the file: \(String(cString: strerror(errno)))")
        close(descriptor)
        let run = try Self.run(site, "validate", "--now", Self.now)
        let report = run.stdout + run.stderr
        #expect(run.status == 1, "exit \(run.status): \(report)")
        #expect(report.contains("content/media/team/\u{FF}\\xFF:1:1: error:") && report.contains("[file.name-encoding]"), "\(report)")
    }
}
