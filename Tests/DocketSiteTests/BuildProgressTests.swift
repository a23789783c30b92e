import DocketContent
@testable import DocketSite
import DocketValidation
import Foundation
import Testing

/// `SiteBuilder.build(into:force:progress:)`: the count `docket build` draws on a terminal.
@Suite struct BuildProgressTests {
    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var calls: [(Int, Int)] = []
        private var overlapping = false
        private var inside = false

        func record(_ rendered: Int, _ total: Int) {
            lock.lock()
            if inside { overlapping = true }
            inside = true
            calls.append((rendered, total))
            lock.unlock()
            usleep(200)  // a slow callback: a second thread calling now would be seen
            lock.lock()
            inside = false
            lock.unlock()
        }

        var all: [(Int, Int)] { lock.withLock { calls } }
        var overlapped: Bool { lock.withLock { overlapping } }
    }

    @Test func progressCountsUpToThePageCount() throws {
        let site = SiteFixture.sample()
        defer { site.delete() }
        let result = try site.validate()
        try #require(result.errorCount == 0)
        let templates = try TemplateSet.load(overrides: site.root + "/templates")
        let calls = Calls()
        let summary = try SiteBuilder(result: result, siteRoot: SiteRoot(site.root), templates: templates)
            .build(into: site.output, force: false, progress: { calls.record($0, $1) })
        let seen = calls.all
        try #require(!seen.isEmpty, "the callback was never called")
        #expect(summary.pageCount > 40)
        #expect(seen.allSatisfy { $0.1 == summary.pageCount }, "every call carries the page count as total")
        #expect(seen.last! == (summary.pageCount, summary.pageCount), "the last call reports every page rendered")
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.0 < $1.0 }, "counts only grow: \(seen.map(\.0))")
        #expect(!calls.overlapped, "two calls ran at once")
    }

    /// 10,000 pages rendered on every core: about 200 calls, in order, never two at once.
    @Test func progressIsThrottledAndSerialised() {
        let calls = Calls()
        let counter = RenderProgress(total: 10_000) { calls.record($0, $1) }
        DispatchQueue.concurrentPerform(iterations: 10_000) { _ in counter.pageRendered() }
        let seen = calls.all
        #expect(seen.count >= 100 && seen.count <= 200, "\(seen.count) calls")
        #expect(seen.last.map { $0 == (10_000, 10_000) } == true)
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.0 < $1.0 })
        #expect(!calls.overlapped, "two calls ran at once")
    }

    @Test func anEmptySiteReportsZeroOfZero() {
        let calls = Calls()
        _ = RenderProgress(total: 0) { calls.record($0, $1) }
        #expect(calls.all.map { [$0.0, $0.1] } == [[0, 0]])
    }
}
