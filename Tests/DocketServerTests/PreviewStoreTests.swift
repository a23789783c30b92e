@testable import DocketServer
import Testing

/// Builds run one at a time, but the content and media watchers publish their results
/// from their own threads: an earlier build's result can arrive last. It must not replace
/// a later one (the browser would show the site as it was before the last change).
@Suite struct PreviewStoreTests {
    private func message(_ state: PreviewState) -> String? {
        if case .broken(let message) = state { message } else { nil }
    }

    @Test func anEarlierBuildArrivingLateIsDropped() async {
        let store = PreviewStore(state: .broken("first"))
        await store.replace(with: .broken("third"), builtAs: 3)
        await store.replace(with: .broken("second"), builtAs: 2)
        #expect(message(await store.state) == "third")
        #expect(await store.version == 1)
    }

    @Test func buildsInOrderEachReplaceTheLast() async {
        let store = PreviewStore(state: .broken("first"))
        await store.replace(with: .broken("second"), builtAs: 2)
        await store.replace(with: .broken("third"), builtAs: 3)
        #expect(message(await store.state) == "third")
        #expect(await store.version == 2)
    }

    /// Waits (a bounded number of times) until `condition` holds for the store.
    private func eventually(_ store: PreviewStore, _ condition: @Sendable (PreviewStore) async -> Bool) async -> Bool {
        for _ in 0..<500 {
            if await condition(store) { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return false
    }

    /// A page knows its generation: asking with an older one answers at once (issue 14,
    /// point 1), so an edit made right after a page loaded is never missed.
    @Test(.timeLimit(.minutes(1))) func aWaitSinceAnOlderGenerationAnswersAtOnce() async {
        let store = PreviewStore(state: .broken("first"))
        await store.replace(with: .broken("second"), builtAs: 1)
        #expect(await store.waitForChange(since: 0, timeout: .seconds(3600)) == 1)
        #expect(await store.waiting == 0)
    }

    /// The rebuild wakes the waiting request itself (issue 14, point 4).
    @Test(.timeLimit(.minutes(1))) func aWaitingRequestIsWokenByTheRebuild() async {
        let store = PreviewStore(state: .broken("first"))
        let waiter = Task { await store.waitForChange(since: 0, timeout: .seconds(3600)) }
        #expect(await eventually(store) { await $0.waiting == 1 })
        await store.replace(with: .broken("second"), builtAs: 1)
        #expect(await waiter.value == 1)
        #expect(await store.waiting == 0)
    }

    /// A request that goes away stops waiting and leaves nothing behind (issue 14, point 4).
    @Test(.timeLimit(.minutes(1))) func aCancelledWaitLeavesNothingBehind() async {
        let store = PreviewStore(state: .broken("first"))
        let waiters = (0..<3).map { _ in Task { await store.waitForChange(since: 0, timeout: .seconds(3600)) } }
        #expect(await eventually(store) { await $0.waiting == 3 })
        for waiter in waiters { waiter.cancel() }
        for waiter in waiters { #expect(await waiter.value == 0) }
        #expect(await store.waiting == 0)
    }

    @Test(.timeLimit(.minutes(1))) func aWaitEndsAtItsTimeout() async {
        let store = PreviewStore(state: .broken("first"))
        #expect(await store.waitForChange(since: 0, timeout: .milliseconds(50)) == 0)
        #expect(await store.waiting == 0)
    }
}
