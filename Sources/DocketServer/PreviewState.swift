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
/// waits on.
actor PreviewStore {
    private(set) var state: PreviewState
    private(set) var version = 0
    /// The number of the build `state` came from (see `PreviewBuilder.numberedBuild`).
    private var builtAs = 0

    init(state: PreviewState) {
        self.state = state
    }

    /// Takes the result of build `number`, unless a later build's result is here already:
    /// results arrive from two watcher threads, not always in the order they were built.
    func replace(with state: PreviewState, builtAs number: Int) {
        guard number > builtAs else { return }
        self.state = state
        builtAs = number
        version += 1
    }

    /// Returns once the version differs from `since`, or after `timeout`.
    func waitForChange(since: Int, timeout: Duration) async -> Int {
        let deadline = ContinuousClock.now + timeout
        while version == since && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        return version
    }
}
