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
