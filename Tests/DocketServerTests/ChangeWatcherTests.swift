@testable import DocketServer
import DocketValidation
import Foundation
import Synchronization
import Testing

/// The watcher reports only what a build reads (issue 14, point 3): docket.yml, the content
/// and templates folders; never other files of the site root, the output or staging folders.
@Suite struct ChangeWatcherTests {
    final class Recorder: Sendable {
        let seen = Mutex<[ContentChanges]>([])
        func add(_ changes: ContentChanges) { seen.withLock { $0.append(changes) } }
        var count: Int { seen.withLock { $0.count } }

        /// Waits (bounded) for a report after the first `after` ones; whether one came.
        func waitForReport(after: Int) async -> Bool {
            for _ in 0..<500 where count <= after { try? await Task.sleep(for: .milliseconds(10)) }
            return count > after
        }
    }

    static func write(_ path: String, _ text: String = "x") {
        try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        precondition(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
    }

    @Test func filesBesideDocketYmlAreNotChangesButWhatTheBuildReadsIs() async throws {
        let root = NSTemporaryDirectory() + "docket-watch-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        Self.write(root + "/content/experts/ada.yml")
        Self.write(root + "/docket.yml", "title: A\n")
        let recorder = Recorder()
        let watcher = try ChangeWatcher(roots: [root + "/content", root + "/templates", root + "/docket.yml"]) { recorder.add($0) }
        watcher.start()
        defer { watcher.stop() }

        // What serve itself, a build or an editor leave in the site root.
        for line in 0..<10 {
            Self.write(root + "/serve.log", String(repeating: "built in 12 ms\n", count: line + 1))
            try await Task.sleep(for: .milliseconds(20))
        }
        try FileManager.default.createDirectory(atPath: root + "/.public.docket-staging-1/experts", withIntermediateDirectories: true)
        Self.write(root + "/public/index.html")
        try FileManager.default.removeItem(atPath: root + "/.public.docket-staging-1")
        Self.write(root + "/.docket.yml.swp")
        try await Task.sleep(for: .milliseconds(600))
        #expect(recorder.count == 0, "reported \(recorder.seen.withLock { $0 })")

        Self.write(root + "/docket.yml", "title: B\n")
        #expect(await recorder.waitForReport(after: 0))
        let afterConfig = recorder.count

        Self.write(root + "/templates/home.mustache")
        #expect(await recorder.waitForReport(after: afterConfig))
        let afterTemplates = recorder.count

        Self.write(root + "/content/experts/ada.yml", "changed")
        #expect(await recorder.waitForReport(after: afterTemplates))
    }
}
