import DocketContent
@testable import DocketServer
import Foundation
import Testing

/// A temporary site served by `PreviewServer` on a free port, for the length of a test.
final class RunningServer: @unchecked Sendable {
    let root: String
    private(set) var port = 0
    private var task: Task<Void, Error>?

    init(files: [(String, String)]) throws {
        root = NSTemporaryDirectory() + "docket-serve-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
        for (path, text) in files { write(path, text) }
    }

    func start(idleTimeout: Duration = .seconds(15)) async throws {
        let server = PreviewServer(siteRoot: SiteRoot(root), configFile: nil, now: "2026-11-22", host: "127.0.0.1", port: 0,
                                   idleTimeout: idleTimeout, log: { _ in })
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        task = Task { try await server.run { continuation.yield($0) } }
        for await port in ports {
            self.port = port
            break
        }
        #expect(port > 0, "the server did not report its port")
    }

    func stop() {
        task?.cancel()
        try? FileManager.default.removeItem(atPath: root)
    }

    func write(_ path: String, _ text: String) {
        let full = root + "/" + path
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        precondition(FileManager.default.createFile(atPath: full, contents: Data(text.utf8)))
    }

    func get(_ path: String) throws -> RawHTTP.Response {
        try RawHTTP.get(port: port, path: path)
    }

    /// Polls `path` until `body` holds `text`, for at most `limit`; the time it took.
    func waitFor(_ text: String, at path: String, limit: Duration = .seconds(1)) async throws -> Duration? {
        let start = ContinuousClock.now
        while ContinuousClock.now - start < limit {
            if try get(path).body.contains(text) { return ContinuousClock.now - start }
            try await Task.sleep(for: .milliseconds(10))
        }
        return nil
    }
}
