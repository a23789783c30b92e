import Foundation
import Testing
import DocketTestSupport

/// The built `docket` executable, run as a user runs it.
enum DocketProcess {
    struct Outcome {
        /// The exit code, or the signal's number when `killed`.
        var status: Int32
        /// Ended by a signal rather than by exiting.
        var killed = false
        var stdout: String
        var stderr: String
    }

    /// Where SwiftPM puts `docket`: next to the test bundle (the `docket` target is a
    /// dependency of this test target, so it is built first), else in `.build/debug`.
    static func executable() throws -> URL {
        var candidates: [URL] = []
        if let test = Bundle.main.executableURL { candidates.append(test.deletingLastPathComponent()) }
        candidates += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug"))
        let binaries = candidates.map { $0.appendingPathComponent("docket") }
        let found = binaries.first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return try #require(found, "the docket executable was not found; build it first (swift build). Looked at: \(binaries.map(\.path))")
    }

    /// Runs `docket arguments…` in `directory`, with SOURCE_DATE_EPOCH only when given,
    /// and `environment` on top of this process's own.
    static func run(_ arguments: [String], in directory: String, sourceDateEpoch: String? = nil,
                    environment extra: [String: String] = [:]) throws -> Outcome {
        try start(arguments, in: directory, sourceDateEpoch: sourceDateEpoch, environment: extra).wait()
    }

    /// Starts `docket arguments…` and returns at once, for tests that act while it runs.
    /// `through` names a program that runs docket instead, given docket's path first (a
    /// shell that sets limits, say).
    static func start(_ arguments: [String], in directory: String, sourceDateEpoch: String? = nil,
                      environment extra: [String: String] = [:], through launcher: [String] = []) throws -> Running {
        let process = Process()
        let docket = try executable()
        if launcher.isEmpty {
            process.executableURL = docket
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: launcher[0])
            process.arguments = Array(launcher.dropFirst()) + [docket.path] + arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = sourceDateEpoch
        environment.merge(extra) { _, given in given }
        process.environment = environment
        return try Running(process)
    }

    /// A started `docket`. Its output goes to files, not pipes: a long report cannot fill
    /// a pipe and block the child.
    final class Running {
        let process: Process
        private let outputs = NSTemporaryDirectory() + "docket-cli-" + UUID().uuidString

        fileprivate init(_ process: Process) throws {
            self.process = process
            for file in [outputs + ".out", outputs + ".err"] {
                try #require(FileManager.default.createFile(atPath: file, contents: nil), "cannot create \(file)")
            }
            let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outputs + ".out"))
            let err = try FileHandle(forWritingTo: URL(fileURLWithPath: outputs + ".err"))
            defer {
                try? out.close()
                try? err.close()
            }
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        deinit {
            if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
            try? FileManager.default.removeItem(atPath: outputs + ".out")
            try? FileManager.default.removeItem(atPath: outputs + ".err")
        }

        func kill() {
            Glibc.kill(process.processIdentifier, SIGKILL)
        }

        func wait() throws -> Outcome {
            process.waitUntilExit()
            return Outcome(
                status: process.terminationStatus,
                killed: process.terminationReason == .uncaughtSignal,
                stdout: try String(contentsOfFile: outputs + ".out", encoding: .utf8),
                stderr: try String(contentsOfFile: outputs + ".err", encoding: .utf8)
            )
        }
    }
}

/// A throwaway site folder for the command line, removed when done.
final class CLISite: Sendable {
    let root: String

    init() {
        root = NSTemporaryDirectory() + "docket-cli-site-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// The interlinked valid documents of the validation tests.
    static func valid() -> CLISite {
        let site = CLISite()
        for (path, text) in ValidContent.files { site.write(path, text) }
        return site
    }

    func write(_ path: String, _ text: String) {
        let full = root + "/" + path
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        precondition(FileManager.default.createFile(atPath: full, contents: Data(text.utf8)), "cannot write \(full)")
    }

    /// Runs docket in the site's folder (the site lives until it returns).
    func docket(_ arguments: String..., sourceDateEpoch: String? = nil) throws -> DocketProcess.Outcome {
        try docket(arguments, sourceDateEpoch: sourceDateEpoch)
    }

    func docket(_ arguments: [String], sourceDateEpoch: String? = nil) throws -> DocketProcess.Outcome {
        try withExtendedLifetime(self) { try DocketProcess.run(arguments, in: root, sourceDateEpoch: sourceDateEpoch) }
    }
}
