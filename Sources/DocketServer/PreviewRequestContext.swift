import Hummingbird
import NIOCore

/// Hummingbird's basic context, keeping the connection: a long-poll of the reload script
/// stops waiting when its connection goes away.
struct PreviewRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}

extension PreviewServer {
    /// The store's next version, or the current one once the client is gone (then
    /// nothing is left waiting) or after 25 s.
    static func waitForChange(_ store: PreviewStore, since: Int, unless connection: (any Channel)?) async -> Int {
        let waiter = Task { await store.waitForChange(since: since, timeout: .seconds(25)) }
        if let connection { ConnectionEnd.whenGone(connection) { waiter.cancel() } }
        return await waiter.value
    }
}
