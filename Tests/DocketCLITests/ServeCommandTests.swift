import DocketTestSupport
import Foundation
import Testing

/// `docket serve > serve.log` in the site root (issue 14, point 3): the log it writes is not
/// a change, so an idle server builds once and then nothing for ten seconds.
@Suite struct ServeLogInSiteRootTests {
    @Test func anIdleServerWithItsLogInTheSiteRootDoesNotRebuild() async throws {
        let site = CLISite.valid()
        site.write("docket.yml", "title: Logged\n")
        let running = try DocketProcess.start(["serve", "--port", "0", "--now", "2026-11-22"], in: site.root,
                                              through: ["/bin/sh", "-c", "exec \"$0\" \"$@\" > serve.log 2>&1"])
        defer { running.kill() }
        let log = site.root + "/serve.log"
        var started = false
        for _ in 0..<600 where !started {
            try await Task.sleep(for: .milliseconds(50))
            started = ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").contains("serving on")
        }
        #expect(started)
        try await Task.sleep(for: .seconds(10))
        let text = try String(contentsOfFile: log, encoding: .utf8)
        let builds = text.components(separatedBy: "built in ").count - 1
        #expect(builds == 1, "serve built \(builds) times while idle:\n\(text.prefix(2000))")
    }
}

/// Running out of file descriptors (issue 14, point 5): with `ulimit -n 64` and more
/// connections than that, the server stops accepting instead of spinning on EMFILE, and
/// serves again once they close.
@Suite struct ServeUnderFewDescriptorsTests {
    /// CPU seconds (user + system) the process has used, from /proc.
    static func cpuSeconds(_ pid: Int32) throws -> Double {
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        let fields = stat[stat.range(of: ")")!.upperBound...].split(separator: " ")
        return (Double(fields[11])! + Double(fields[12])!) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    @Test func runningOutOfDescriptorsBacksOffAndRecovers() async throws {
        let site = CLISite.valid()
        let running = try DocketProcess.start(["serve", "--port", "0", "--now", "2026-11-22"], in: site.root,
                                              through: ["/bin/sh", "-c", "ulimit -n 64; exec \"$0\" \"$@\" 2> serve.log"])
        defer { running.kill() }
        var port: Int?
        for _ in 0..<600 where port == nil {
            try await Task.sleep(for: .milliseconds(50))
            let log = (try? String(contentsOfFile: site.root + "/serve.log", encoding: .utf8)) ?? ""
            if let range = log.range(of: "serving on http://127.0.0.1:") {
                port = Int(log[range.upperBound...].prefix { $0.isNumber })
            }
        }
        let served = try #require(port)
        var held: [Int32] = []
        defer { for descriptor in held { close(descriptor) } }
        for _ in 0..<120 {
            if let descriptor = LoopbackSocket.connect(port: served) { held.append(descriptor) }
        }
        #expect(held.count == 120, "the kernel's backlog takes the connections the server does not accept")
        try await Task.sleep(for: .milliseconds(500))
        let pid = running.process.processIdentifier
        let before = try Self.cpuSeconds(pid)
        try await Task.sleep(for: .seconds(3))
        let used = try Self.cpuSeconds(pid) - before
        // Spinning on EMFILE used about half a core here (1.5 s of 3).
        #expect(used < 0.5, "the server used \(used) s of CPU in 3 s while out of descriptors")
        for descriptor in held { close(descriptor) }
        held = []
        var answered = false
        for _ in 0..<100 where !answered {
            try await Task.sleep(for: .milliseconds(100))
            answered = (try? RawHTTPGet.status(port: served)) == 200
        }
        #expect(answered, "the server did not serve again once the connections closed")
    }
}

/// The status of `GET /` on a fresh connection, reading until the server closes.
enum RawHTTPGet {
    static func status(port: Int) throws -> Int {
        guard let descriptor = LoopbackSocket.connect(port: port) else { return 0 }
        defer { close(descriptor) }
        LoopbackSocket.setReceiveTimeout(5, on: descriptor)
        LoopbackSocket.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", on: descriptor)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        guard count > 12 else { return 0 }
        return Int(String(decoding: buffer[9..<12], as: UTF8.self)) ?? 0
    }
}
