import DocketTestSupport
import Foundation
import Testing

/// docket.yml's `output_dir` through a symbolic link (review finding on issue 13, points 5
/// and 11): the build refuses, writes nothing where the link points, and `--force` deletes
/// nothing there.
@Suite struct OutputDirLinkTests {
    @Test(arguments: [("public-link", false), ("public-link", true), ("public-link/site", false)])
    func aLinkedOutputFolderIsRefused(outputDir: String, force: Bool) throws {
        let site = CLISite.valid()
        let outside = NSTemporaryDirectory() + "docket-outside-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: outside + "/site", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        #expect(FileManager.default.createFile(atPath: outside + "/keep", contents: Data("mine".utf8)))
        try FileManager.default.createSymbolicLink(atPath: site.root + "/public-link", withDestinationPath: outside)
        site.write("docket.yml", "output_dir: \(outputDir)\n")
        let outcome = try site.docket(["build", "--now", "2026-11-22"] + (force ? ["--force"] : []))
        #expect(outcome.status == 2, "exit \(outcome.status): \(outcome.stderr)")
        #expect(outcome.stderr.contains("is a symbolic link"), "\(outcome.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: outside).sorted()
        #expect(left == ["keep", "site"], "the build wrote where the link points: \(left)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside + "/site") == [])
        let parent = (outside as NSString).deletingLastPathComponent
        let name = (outside as NSString).lastPathComponent
        let strays = try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.hasPrefix("." + name) }
        #expect(strays == [], "lock or staging folders beside the link's target: \(strays)")
    }

    @Test func anOutputFolderNamedOnTheCommandLineMayBeALink() throws {
        let site = CLISite.valid()
        let outside = NSTemporaryDirectory() + "docket-outside-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try FileManager.default.createSymbolicLink(atPath: site.root + "/chosen", withDestinationPath: outside)
        let outcome = try site.docket("build", "--now", "2026-11-22", "--output", site.root + "/chosen")
        #expect(outcome.status == 0, "\(outcome.stderr)")
    }
}
