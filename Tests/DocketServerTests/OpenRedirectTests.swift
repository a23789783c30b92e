@testable import DocketServer
import Foundation
import Testing
import DocketTestSupport

/// No request path makes `docket serve` redirect off the site (issue 14, point 6): every
/// Location is a path with one leading slash, on the same host.
@Suite struct OpenRedirectTests {
    static let hostile = [
        "//evil%E3%80%82example", "/%2F%2Fevil.example", "/%2F%2Fevil", "/\\evil.example", "/%5Cevil.example",
        "///evil.example", "//evil", "/%2f/evil", "/.%2F%2Fevil", "/%09/evil", "/%E3%80%82%E3%80%82/evil",
        "//evil%E3%80%82example?x=1", "/%0D%0ALocation:%20http://evil", "/experts%2F%2Fevil",
    ]

    /// What a browser makes of a Location on this site: it must stay on it.
    static func staysOnTheSite(_ location: String) -> Bool {
        guard location.hasPrefix("/"), !location.dropFirst().hasPrefix("/"), !location.dropFirst().hasPrefix("\\"),
              !location.contains("\r"), !location.contains("\n"),
              let resolved = URL(string: location, relativeTo: URL(string: "http://127.0.0.1:1313/")) else { return false }
        return resolved.absoluteURL.host == "127.0.0.1" && resolved.absoluteURL.port == 1313
    }

    @Test(arguments: hostile)
    func noPathRedirectsOffTheSite(path: String) {
        if case .redirect(let location) = RequestPath(path) {
            #expect(Self.staysOnTheSite(location), "\(path) → \(location)")
        }
    }

    @Test func aFolderWithoutItsSlashIsStillRedirectedToItself() {
        #expect(RequestPath("/experts/ada") == .redirect("/experts/ada/"))
        #expect(RequestPath("/experts/ada?x=1") == .redirect("/experts/ada/"))
        #expect(RequestPath("/skills/c%23") == .redirect("/skills/c%23/"))
    }
}

/// The live check belongs to the serialized server suite: its blocking socket reads would
/// otherwise hold the cooperative threads another running server needs to answer.
extension PreviewServerTests {
    @Test func theRunningServerSendsNoLocationOffTheSite() async throws {
        let server = try RunningServer(files: ValidContent.files)
        try await server.start()
        defer { server.stop() }
        for path in ["//evil%E3%80%82example", "/%2F%2Fevil.example", "/\\evil.example", "//evil"] {
            let response = try server.get(path)
            if let location = response.headers["location"] {
                #expect(OpenRedirectTests.staysOnTheSite(location), "\(path) → \(location)")
            }
        }
        #expect(try server.get("/experts/ada").headers["location"] == "/experts/ada/")
    }
}
