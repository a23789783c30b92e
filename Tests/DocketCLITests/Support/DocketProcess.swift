import Foundation
import Testing

/// The built `docket` executable, run as a user runs it.
enum DocketProcess {
    struct Outcome {
        var status: Int32
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
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = sourceDateEpoch
        environment.merge(extra) { _, given in given }
        process.environment = environment
        // Files, not pipes: a long report cannot fill a pipe and block the child.
        let outputs = NSTemporaryDirectory() + "docket-cli-" + UUID().uuidString
        for file in [outputs + ".out", outputs + ".err"] {
            try #require(FileManager.default.createFile(atPath: file, contents: nil), "cannot create \(file)")
        }
        defer {
            try? FileManager.default.removeItem(atPath: outputs + ".out")
            try? FileManager.default.removeItem(atPath: outputs + ".err")
        }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outputs + ".out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: outputs + ".err"))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Outcome(
            status: process.terminationStatus,
            stdout: try String(contentsOfFile: outputs + ".out", encoding: .utf8),
            stderr: try String(contentsOfFile: outputs + ".err", encoding: .utf8)
        )
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
