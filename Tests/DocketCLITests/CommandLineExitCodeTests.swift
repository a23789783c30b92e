import Foundation
import Testing

/// Exit codes of the command line itself (docs/spec.md §6, issue 14 point 8): a usage error
/// exits 64 as ArgumentParser's own do, a server that cannot run exits 2, never the 1 that
/// means "the content has errors".
@Suite struct CommandLineExitCodeTests {
    static let usageError: Int32 = 64

    /// A bad option value the parser itself rejects, for comparison: every usage error has this code.
    @Test func aBadOptionIsAUsageError() throws {
        let site = CLISite.valid()
        let outcome = try site.docket("validate", "--format", "nonsense")
        #expect(outcome.status == Self.usageError)
    }

    @Test(arguments: ["99999", "65536", "-1"])
    func aPortOutsideTheRangeIsAUsageError(port: String) throws {
        let site = CLISite.valid()
        // If the port were taken as given, serve would run until killed: bound it.
        let running = try DocketProcess.start(["serve", "--port=\(port)", "--now", "2026-11-22"], in: site.root)
        let deadline = Date().addingTimeInterval(20)
        while running.process.isRunning, Date() < deadline { usleep(20_000) }
        if running.process.isRunning { running.kill() }
        let outcome = try running.wait()
        #expect(!outcome.killed, "serve --port \(port) ran instead of refusing the port")
        #expect(outcome.status == Self.usageError)
        #expect(outcome.stderr.contains("--port must be from 1 to 65535"))
        #expect(!outcome.stderr.contains("serving on"))
    }

    @Test func aPortInUseExitsWithAMessageNamingTheAddress() throws {
        let site = CLISite.valid()
        let socket = try ListeningSocket()
        let outcome = try site.docket("serve", "--port", String(socket.port), "--now", "2026-11-22")
        #expect(outcome.status != 0 && outcome.status != 1 && outcome.status != Self.usageError,
                "exit \(outcome.status)\(outcome.killed ? " (signal)" : ""): \(outcome.stderr)")
        #expect(outcome.stderr.contains("cannot serve on 127.0.0.1 port \(socket.port)"))
        #expect(outcome.stderr.contains("Address already in use"))
    }

    @Test func helpForAnUnknownCommandIsAUsageError() throws {
        let site = CLISite.valid()
        let nonsense = try site.docket("help", "nonsense")
        #expect(nonsense.status == Self.usageError)
        #expect(nonsense.stderr.contains("'nonsense' is not a docket command"))
        let nested = try site.docket("help", "build", "nonsense")
        #expect(nested.status == Self.usageError)
        let known = try site.docket("help", "build")
        #expect(known.status == 0)
        #expect(known.stdout.contains("USAGE: docket build"))
    }

    @Test func versionPrintsTheVersion() throws {
        let site = CLISite.valid()
        let outcome = try site.docket("--version")
        #expect(outcome.status == 0)
        #expect(outcome.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }
}

/// A TCP socket listening on a free loopback port, closed when released.
final class ListeningSocket {
    let descriptor: Int32
    let port: Int

    init() throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socket >= 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        descriptor = socket
        port = Int(UInt16(bigEndian: address.sin_port))
        try #require(bound == 0 && Glibc.listen(socket, 1) == 0 && named == 0)
    }

    deinit { close(descriptor) }
}
