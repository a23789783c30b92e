import DocketContent
import Foundation
import Testing

@Suite struct ParallelMapTests {
    /// How many `Tracked` values are alive.
    final class LiveCount: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add(_ change: Int) { lock.withLock { value += change } }
        var current: Int { lock.withLock { value } }
    }

    final class Tracked: Sendable {
        let live: LiveCount
        init(_ live: LiveCount) {
            self.live = live
            live.add(1)
        }
        deinit { live.add(-1) }
    }

    @Test func resultsComeInTheInputsOrder() {
        let squares = Parallelism.$width.withValue(0) { Array(0..<1000).parallelMap { $0 * $0 } }
        #expect(squares == (0..<1000).map { $0 * $0 })
    }

    /// What the transform returns lives exactly as long as the returned array: nothing is
    /// kept by the slots the threads wrote into (LeakSanitizer found every result leaked).
    @Test func resultsAreReleasedWithTheArray() {
        let live = LiveCount()
        do {
            let results = Parallelism.$width.withValue(0) { Array(0..<1000).parallelMap { _ in Tracked(live) } }
            #expect(results.count == 1000)
            #expect(live.current == 1000)
        }
        #expect(live.current == 0, "\(live.current) of 1000 results were never released")
    }
}
