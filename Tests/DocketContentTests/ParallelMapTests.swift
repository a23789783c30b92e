import DocketContent
import Synchronization
import Testing

@Suite struct ParallelMapTests {
    /// Counts its instances still alive.
    final class Tracked: Sendable {
        static let alive = Atomic<Int>(0)
        init() { Self.alive.add(1, ordering: .relaxed) }
        deinit { Self.alive.subtract(1, ordering: .relaxed) }
    }

    /// The results' buffer was once freed without releasing what it held: every result leaked.
    @Test func releasesItsResults() {
        do {
            let results = Array(0..<100).parallelMap { _ in Tracked() }
            #expect(results.count == 100)
        }
        #expect(Tracked.alive.load(ordering: .relaxed) == 0)
    }
}
