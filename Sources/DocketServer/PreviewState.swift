import DocketContent
import DocketSite
import Foundation

/// What `docket serve` shows: the current site, or why it cannot be built.
enum PreviewState: Sendable {
    case site(PreviewSite)
    /// Content with errors: the browser shows them instead of a stale page.
    case invalid([Diagnostic])
    /// Something that stops any build: a broken template, no content folder.
    case broken(String)
}

/// The state and a version that changes with every rebuild, which the reload script
/// waits on. A waiting request holds a continuation, woken by the rebuild itself: nothing
/// polls, and a request that goes away (its task cancelled) leaves nothing behind.
actor PreviewStore {
    private(set) var state: PreviewState
    private(set) var version = 0
    /// The number of the build `state` came from (see `PreviewBuilder.numberedBuild`).
    private var builtAs = 0
    private var waiters: [Int: CheckedContinuation<Int, Never>] = [:]
    private var nextWaiter = 0

    init(state: PreviewState) {
        self.state = state
    }

    /// How many requests are waiting for a change (for tests: none may be left behind).
    var waiting: Int { waiters.count }

    /// The state with the version it is, read together so a page and the version it
    /// carries always match.
    var current: (state: PreviewState, version: Int) { (state, version) }

    /// Takes the result of build `number`, unless a later build's result is here already:
    /// results arrive from two watcher threads, not always in the order they were built.
    func replace(with state: PreviewState, builtAs number: Int) {
        guard number > builtAs else { return }
        self.state = state
        builtAs = number
        version += 1
        let woken = waiters
        waiters = [:]
        for continuation in woken.values { continuation.resume(returning: version) }
    }

    /// Returns the version at once when it differs from `since`, else when it changes,
    /// after `timeout`, or when the waiting task is cancelled.
    func waitForChange(since: Int, timeout: Duration) async -> Int {
        guard version == since, !Task.isCancelled else { return version }
        let id = nextWaiter
        nextWaiter += 1
        let timer = Task { [weak self] in
            try? await Task.sleep(for: timeout)
            await self?.wake(id)
        }
        defer { timer.cancel() }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if Task.isCancelled {
                    continuation.resume(returning: version)
                } else {
                    waiters[id] = continuation
                }
            }
        } onCancel: {
            Task { await self.wake(id) }
        }
    }

    private func wake(_ id: Int) {
        waiters.removeValue(forKey: id)?.resume(returning: version)
    }
}
