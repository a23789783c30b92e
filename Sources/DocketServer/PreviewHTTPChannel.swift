import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypesHTTP1

/// Hummingbird's HTTP/1 channel, plus what it lacks for HTTP/1.0: such a request without
/// `Connection: keep-alive` is answered and then the connection is closed, as RFC 9112
/// §9.3 says. Hummingbird closes after a request whose `Connection` header says `close`,
/// but its requests no longer carry the HTTP version, so the header is added here, where
/// the version is still known.
struct PreviewHTTPChannel: ServerChildChannel {
    let http1: HTTP1Channel

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<HTTP1Channel.Value> {
        http1.setup(channel: channel, logger: logger).flatMapThrowing { value in
            let codec = try channel.pipeline.syncOperations.handler(type: HTTP1ToHTTPServerCodec.self)
            try channel.pipeline.syncOperations.addHandler(HTTP10ConnectionClose(), position: .before(codec))
            try channel.pipeline.syncOperations.addHandler(ConnectionEnd(), position: .first)
            return value
        }
    }

    func handle(value: HTTP1Channel.Value, logger: Logger) async {
        await http1.handle(value: value, logger: logger)
    }
}

/// Marks an HTTP/1.0 request that does not ask to be kept alive as `Connection: close`.
final class HTTP10ConnectionClose: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(var head) = unwrapInboundIn(data), head.version.major == 1, head.version.minor == 0,
              !head.isKeepAlive else {
            context.fireChannelRead(data)
            return
        }
        head.headers.replaceOrAdd(name: "connection", value: "close")
        context.fireChannelRead(wrapInboundOut(.head(head)))
    }
}

/// Tells when the client is gone: it closed its side (a browser tab closing sends FIN,
/// which Hummingbird, allowing half-closed connections, does not turn into a close) or
/// the connection closed. A waiting long-poll then stops; the reply it still writes is
/// what a client that half-closed on purpose reads.
final class ConnectionEnd: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private var ended = false
    private var waiting: [@Sendable () -> Void] = []

    /// Runs `body` once the client is gone (at once if it is already). On the event loop.
    func onEnd(_ body: @escaping @Sendable () -> Void) {
        if ended { body() } else { waiting.append(body) }
    }

    private func end() {
        guard !ended else { return }
        ended = true
        let bodies = waiting
        waiting = []
        for body in bodies { body() }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? ChannelEvent, case .inputClosed = event { end() }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        end()
        context.fireChannelInactive()
    }

    /// Runs `body` once the client of `channel` is gone.
    static func whenGone(_ channel: any Channel, _ body: @escaping @Sendable () -> Void) {
        channel.pipeline.handler(type: ConnectionEnd.self).whenComplete { found in
            switch found {
            case .success(let handler): handler.onEnd(body)
            case .failure: body()
            }
        }
    }
}
