import ArgumentParser
import DocketServer
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, serve it, rebuild on change and reload the open page.",
        discussion: "Serves on 127.0.0.1 only unless --host says otherwise. Content errors show in the browser and here."
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 1313

    @Option(help: "The address to listen on; other machines can connect only if it is not a loopback address.")
    var host = "127.0.0.1"

    /// 0 is kept for "any free port"; anything past 65535 would wrap into another port.
    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("--port must be from 1 to 65535 (or 0 for any free port), not \(port).")
        }
    }

    func run() async throws {
        let server = PreviewServer(siteRoot: site.siteRoot, configFile: site.config, now: site.now, host: host, port: port) { report in
            FileHandle.standardError.write(Data((report + "\n").utf8))
        }
        let host = self.host
        do {
            try await server.run { port in
                FileHandle.standardError.write(Data("serving on http://\(host):\(port)/ (Ctrl-C to stop)\n".utf8))
            }
        } catch {
            // Not 1, which means "the content has errors": the server could not run at all.
            throw commandFailure("cannot serve on \(host) port \(port): \(error)")
        }
    }
}
