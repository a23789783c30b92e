@testable import DocketServer
import DocketTestSupport
import Foundation
import Testing

/// One request on a raw connection, and whether the server then closed it.
struct RawExchange {
    let response: String
    /// The server closed the connection within the wait.
    let closed: Bool

    static func send(_ request: String, port: Int, wait: Double) throws -> RawExchange {
        let socketDescriptor = try #require(LoopbackSocket.connect(port: port))
        defer { close(socketDescriptor) }
        LoopbackSocket.send(request, on: socketDescriptor)
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        let deadline = Date().addingTimeInterval(wait)
        while Date() < deadline {
            var poller = pollfd(fd: socketDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let count = recv(socketDescriptor, &buffer, buffer.count, 0)
            if count <= 0 { return RawExchange(response: String(decoding: data, as: UTF8.self), closed: true) }
            data.append(contentsOf: buffer[0..<count])
        }
        return RawExchange(response: String(decoding: data, as: UTF8.self), closed: false)
    }
}

/// Connections of `docket serve` under real use (issue 14, point 5).
extension PreviewServerTests {
    @Test func anIdleKeptAliveConnectionIsClosedAfterTheTimeout() async throws {
        let server = try RunningServer(files: ValidContent.files)
        try await server.start(idleTimeout: .milliseconds(300))
        defer { server.stop() }
        let exchange = try RawExchange.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", port: server.port, wait: 10)
        #expect(exchange.response.hasPrefix("HTTP/1.1 200"))
        #expect(exchange.closed, "an idle kept-alive connection stayed open")
    }

    @Test func aKeptAliveConnectionStaysOpenWithinTheTimeout() async throws {
        let server = try RunningServer(files: ValidContent.files)
        try await server.start(idleTimeout: .seconds(30))
        defer { server.stop() }
        let exchange = try RawExchange.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", port: server.port, wait: 1)
        #expect(exchange.response.hasPrefix("HTTP/1.1 200"))
        #expect(!exchange.closed)
    }

    @Test func anHTTP10RequestWithoutKeepAliveIsClosedAfterTheReply() async throws {
        let server = try RunningServer(files: ValidContent.files)
        try await server.start(idleTimeout: .seconds(30))
        defer { server.stop() }
        let plain = try RawExchange.send("GET / HTTP/1.0\r\n\r\n", port: server.port, wait: 5)
        #expect(plain.response.contains("200 OK") && plain.response.contains("</html>"))
        #expect(plain.closed, "an HTTP/1.0 connection stayed open after the reply")
        let kept = try RawExchange.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", port: server.port, wait: 1)
        #expect(kept.response.contains("200 OK"))
        #expect(!kept.closed)
    }

    @Test func theConnectionLimitLeavesDescriptorsForTheBuild() {
        var limit = rlimit()
        #expect(getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0)
        let connections = PreviewServer.connectionLimit(reserve: 48)
        #expect(connections >= 4 && connections <= 4096)
        if limit.rlim_cur < 1 << 20 { #expect(connections <= max(4, Int(limit.rlim_cur) - 48)) }
    }
}

/// A long-poll whose client is gone stops waiting (issue 14, point 4): a browser tab that
/// closes sends FIN, and the server answers at once and lets go of the connection instead
/// of holding it for the 25 s the wait would last.
extension PreviewServerTests {
    @Test func aLongPollEndsWhenItsClientHasGone() async throws {
        let server = try RunningServer(files: ValidContent.files)
        try await server.start()
        defer { server.stop() }
        let current = try server.get("/__docket/wait").body
        let socketDescriptor = try #require(LoopbackSocket.connect(port: server.port))
        defer { close(socketDescriptor) }
        LoopbackSocket.send("GET /__docket/wait?since=\(current) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", on: socketDescriptor)
        try await Task.sleep(for: .milliseconds(200))
        shutdown(socketDescriptor, Int32(SHUT_WR))
        LoopbackSocket.setReceiveTimeout(10, on: socketDescriptor)
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(socketDescriptor, &buffer, buffer.count, 0)
        // Without the end of the client noticed, nothing comes for 25 s (recv times out at 10).
        #expect(count > 0, "the wait went on after its client had gone")
        #expect(String(decoding: buffer[0..<max(0, count)], as: UTF8.self).hasPrefix("HTTP/1.1 200"))
    }
}
