import DocketContent
import DocketDomain
import DocketValidation
import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

/// `docket serve`: builds the site, serves it from memory, rebuilds when content,
/// templates or docket.yml change, and makes open pages reload.
public struct PreviewServer: Sendable {
    public let host: String
    public let port: Int
    /// How long a kept-alive connection with no request in progress stays open: a browser
    /// keeps idle sockets for minutes, and each holds a file descriptor.
    public let idleTimeout: Duration
    let builder: PreviewBuilder
    /// Where build reports go (the terminal).
    let log: @Sendable (String) -> Void

    public init(siteRoot: SiteRoot, configFile: String?, now: String?, host: String = "127.0.0.1", port: Int = 1313,
                idleTimeout: Duration = .seconds(15),
                environment: [String: String] = ProcessInfo.processInfo.environment,
                log: @escaping @Sendable (String) -> Void) {
        self.host = host
        self.port = port
        self.idleTimeout = idleTimeout
        self.log = log
        builder = PreviewBuilder(siteRoot: siteRoot, configFile: configFile, now: now, environment: environment)
    }

    /// Serves until the task is cancelled. `onReady` gets the port actually bound (port 0
    /// asks the system for a free one).
    public func run(onReady: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        let store = PreviewStore(state: rebuild().state)
        let builder = self.builder
        let roots = builder.watchedRoots()
        let rebuild: @Sendable (ContentChanges) -> Void = { [self] changes in
            let (state, number) = self.rebuild(changes: changes)
            Task { await store.replace(with: state, builtAs: number) }
        }
        let contentWatcher = try ChangeWatcher(roots: roots.content, onChange: rebuild)
        let mediaWatcher = try ChangeWatcher(roots: [roots.media]) { _ in
            builder.mediaChanged()
            rebuild(.none)
        }
        defer {
            contentWatcher.stop()
            mediaWatcher.stop()
        }
        let responder = CallbackResponder<PreviewRequestContext> { request, context in
            try await Self.respond(to: request, store: store, connection: context.channel)
        }
        let app = Application(
            responder: responder,
            server: HTTPServerBuilder { responder in
                PreviewHTTPChannel(http1: HTTP1Channel(responder: responder, configuration: .init(idleTimeout: .nanoseconds(idleTimeout.nanoseconds))))
            },
            configuration: .init(address: .hostname(host, port: port), serverName: "docket",
                                 availableConnectionsDelegate: MaximumAvailableConnections(Self.connectionLimit())),
            // The watchers read their events only once the server listens: a server that
            // cannot bind stops with no rebuild running. Nothing is lost meanwhile, as the
            // kernel queues the events of the watches set up above.
            onServerRunning: { channel in
                contentWatcher.start()
                mediaWatcher.start()
                onReady(channel.localAddress?.port ?? 0)
            },
            logger: Logger(label: "docket.serve", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        try await app.runService(gracefulShutdownSignals: [])
    }

    /// Connections held open at once: what the descriptor limit leaves after those a
    /// rebuild needs (content files read in parallel, templates, photos, the watchers).
    /// Past it the server stops accepting until one closes; without it, running out of
    /// descriptors made every accept fail at once with EMFILE and the event loop spun.
    static func connectionLimit(reserve: Int = 48) -> Int {
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < 1 << 20 else { return 4096 }
        return max(4, min(4096, Int(limit.rlim_cur) - reserve))
    }

    /// One build, reported on the terminal.
    func rebuild(changes: ContentChanges = .unknown) -> (state: PreviewState, number: Int) {
        let start = ContinuousClock.now
        let (state, diagnostics, number) = builder.numberedBuild(changes: changes)
        let elapsed = ContinuousClock.now - start
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        var report = diagnostics.map(\.textLine).joined(separator: "\n")
        if !report.isEmpty { report += "\n" }
        switch state {
        case .site: report += "built in \(milliseconds) ms"
        case .invalid: report += "the content has errors: the browser shows them until they are fixed"
        case .broken(let message): report += "cannot build: \(message)"
        }
        log(report)
        return (state, number)
    }

    static func respond(to request: Request, store: PreviewStore, connection: (any Channel)? = nil) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return text("only GET and HEAD", status: .methodNotAllowed)
        }
        switch RequestPath(request.uri.path) {
        case .invalid:
            return text("bad path", status: .badRequest)
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location])
        case .file(LiveReload.scriptPath):
            return body(Data(LiveReload.script.utf8), type: ContentTypes.of("reload.js"), status: .ok)
        case .file(LiveReload.waitPath):
            // Without `since` (a page from before this server) the answer is the current
            // generation, at once: the caller compares it with its own.
            guard let since = request.uri.queryParameters.get("since").flatMap({ Int($0) }) else {
                return text(String(await store.version), status: .ok)
            }
            let version = await Self.waitForChange(store, since: since, unless: connection)
            return text(String(version), status: .ok)
        case .file(let file):
            let (state, version) = await store.current
            switch state {
            case .site(let site):
                let resource = site.resource(at: file, version: version)
                return body(resource.body, type: resource.contentType, status: .init(code: resource.status))
            case .invalid(let diagnostics):
                return body(Data(ErrorPage.html(diagnostics: diagnostics, message: nil, version: version).utf8), type: ContentTypes.html, status: .internalServerError)
            case .broken(let message):
                return body(Data(ErrorPage.html(diagnostics: [], message: message, version: version).utf8), type: ContentTypes.html, status: .internalServerError)
            }
        }
    }

    private static func text(_ text: String, status: HTTPResponse.Status) -> Response {
        body(Data(text.utf8), type: "text/plain; charset=utf-8", status: status)
    }

    private static func body(_ data: Data, type: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: type, .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension Duration {
    var nanoseconds: Int64 {
        components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
    }
}
