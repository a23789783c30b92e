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
}
