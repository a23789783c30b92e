@testable import DocketServer
import Foundation
import Testing

/// A photo replaced by a FIFO never blocks `docket serve`'s rebuild (docs/decisions.md):
/// the browser shows the located error within seconds, and the fixed photo is served again.
/// In the serialized suite: its servers run one at a time.
extension PreviewServerTests {
    @Test func aFIFOPhotoIsAnErrorInTheBrowserNotAHang() async throws {
        let server = try await Self.server()
        defer { server.stop() }
        let photo = server.root + "/content/media/ada.png"
        try FileManager.default.removeItem(atPath: photo)
        try #require(mkfifo(photo, 0o644) == 0)
        // Should a rebuild block on the FIFO all the same, opening its other end lets it
        // go once the test has failed, so the run is not left hanging.
        defer {
            let writer = open(photo, O_WRONLY | O_NONBLOCK)
            if writer >= 0 { close(writer) }
        }
        let shown = try await server.waitFor("[expert.photo]", at: "/experts/ada/", limit: .seconds(10))
        #expect(shown != nil, "the rebuild did not report the FIFO photo")
        #expect(try server.get("/experts/ada/").body.contains("not a regular file"))
        try FileManager.default.removeItem(atPath: photo)
        #expect(FileManager.default.createFile(atPath: photo, contents: Data(PreviewServerTests.photo)))
        let fixed = try await server.waitFor("Ada Byron", at: "/experts/ada/", limit: .seconds(10))
        #expect(fixed != nil, "the fixed photo did not bring the page back")
    }
}

extension PreviewServerTests {
    /// inotify names a file whose name is not UTF-8; the rebuild lists the folder again and
    /// reports it, instead of looking up a mangled name and missing it.
    @Test func aFileNameThatIsNotUTF8IsReportedByTheRebuild() async throws {
        let server = try await Self.server()
        defer { server.stop() }
        let name = Array((server.root + "/content/experts/caf").utf8) + [0xE9] + Array(".yml".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        try #require(descriptor >= 0)
        close(descriptor)
        let shown = try await server.waitFor("[file.name-encoding]", at: "/experts/ada/", limit: .seconds(10))
        #expect(shown != nil, "the rebuild did not report the file")
    }
}
