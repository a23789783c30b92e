import CDocketSystem
import Foundation

/// Writes a whole site beside the output folder, then swaps it in: readers and a failed
/// build only ever see the previous complete site or the new complete one.
public struct AtomicOutput {
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    let output: String

    public init(output: String) {
        self.output = output
    }

    private var parent: String { (OutputGuard.resolved(output) as NSString).deletingLastPathComponent }
    private var name: String { (OutputGuard.resolved(output) as NSString).lastPathComponent }

    /// Writes `files` (relative path → bytes) as the new content of the output folder.
    public func write(_ files: [String: Data]) throws(WriteError) {
        try write(paths: Array(files.keys)) { staging throws(WriteError) in
            let failures = files.sorted { $0.key < $1.key }.parallelMap { file -> WriteError? in
                do throws(WriteError) { try staging.write(file.key, file.value) } catch { return error }
                return nil
            }
            if let failure = failures.compactMap({ $0 }).first { throw failure }
        }
    }

    /// Makes a staging folder holding the folders `paths` need, lets `fill` write the
    /// files into it (on any threads, as they are produced, so a large site is never held
    /// in memory whole), and swaps it in when `fill` returns. If `fill` throws, the
    /// staging folder is removed and the output is left as it was.
    public func write(paths: [String], fill: (Staging) throws(WriteError) -> Void) throws(WriteError) {
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw WriteError(description: "cannot create \(parent): \(error.localizedDescription)")
        }
        let lock = try BuildLock(path: parent + "/." + name + ".docket-lock")
        defer { lock.release() }
        recoverFromInterruptedBuilds()
        let staging = Staging(root: parent + "/" + stagingPrefix + "\(getpid())")
        do throws(WriteError) {
            guard mkdir(staging.root, 0o755) == 0 else {
                throw WriteError(description: "cannot create the staging folder \(staging.root): \(String(cString: strerror(errno)))")
            }
            if let failure = Self.createFolders(for: paths, in: staging.root) {
                throw WriteError(description: "cannot create \(failure) beside \(output): \(String(cString: strerror(errno)))")
            }
            try fill(staging)
            try swapIn(staging.root)
        } catch {
            try? FileManager.default.removeItem(atPath: staging.root)
            throw error
        }
    }

    /// The folder a new site is written into before it becomes the output.
    public struct Staging: Sendable {
        public let root: String

        /// Writes one file whose folder exists already.
        public func write(_ path: String, _ bytes: some ContiguousBytes) throws(WriteError) {
            if let reason = AtomicOutput.writeNewFile(root + "/" + path, bytes) {
                throw WriteError(description: "cannot write \(path) (\(reason)): the previous site was left as it was")
            }
        }
    }

    private func swapIn(_ staging: String) throws(WriteError) {
        let target = OutputGuard.resolved(output)
        for placeholder in OutputGuard.placeholders where FileManager.default.fileExists(atPath: target + "/" + placeholder) {
            try? FileManager.default.copyItem(atPath: target + "/" + placeholder, toPath: staging + "/" + placeholder)
        }
        if FileManager.default.fileExists(atPath: target) {
            // One system call exchanges the two folders: there is no moment without a site.
            if docket_exchange_paths(staging, target) != 0 {
                // Without renameat2 (old kernels, some file systems): two renames, a short gap.
                let old = parent + "/" + oldSitePrefix + "\(getpid())"
                guard rename(target, old) == 0 else {
                    throw WriteError(description: "cannot replace \(output): \(String(cString: strerror(errno)))")
                }
                guard rename(staging, target) == 0 else {
                    let reason = String(cString: strerror(errno))
                    _ = rename(old, target)
                    throw WriteError(description: "cannot replace \(output): \(reason)")
                }
                try? FileManager.default.removeItem(atPath: old)
                return
            }
            try? FileManager.default.removeItem(atPath: staging)
        } else if rename(staging, target) != 0 {
            throw WriteError(description: "cannot create \(output): \(String(cString: strerror(errno)))")
        }
    }
}

extension AtomicOutput {
    private var stagingPrefix: String { "." + name + ".docket-staging-" }
    private var oldSitePrefix: String { "." + name + ".docket-old-" }

    /// Clears what a build killed part-way left beside the output: its staging folder,
    /// or, killed between the two fallback renames, the previous site under its "old"
    /// name, which goes back in place when the output is missing. Called holding the
    /// lock, so no live build owns any of them; the pid in their names is only to keep
    /// them apart.
    func recoverFromInterruptedBuilds() {
        let target = parent + "/" + name
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).sorted()
        for entry in entries where entry.hasPrefix(oldSitePrefix) {
            if !FileManager.default.fileExists(atPath: target), rename(parent + "/" + entry, target) == 0 { continue }
            try? FileManager.default.removeItem(atPath: parent + "/" + entry)
        }
        for entry in entries where entry.hasPrefix(stagingPrefix) {
            try? FileManager.default.removeItem(atPath: parent + "/" + entry)
        }
    }
}

extension AtomicOutput {
    /// Every folder the files need, made one depth at a time (parents first) and each
    /// depth on every core: a site is thousands of page folders. Returns a failing path.
    static func createFolders(for files: [String], in root: String) -> String? {
        var byDepth: [Int: Set<String>] = [:]
        for file in files {
            var folder = (file as NSString).deletingLastPathComponent
            while !folder.isEmpty {
                let depth = folder.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
                guard byDepth[depth, default: []].insert(folder).inserted else { break }
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        for depth in byDepth.keys.sorted() {
            let failures = byDepth[depth]!.sorted().parallelMap { folder -> String? in
                mkdir(root + "/" + folder, 0o755) == 0 || errno == EEXIST ? nil : folder
            }
            if let failure = failures.compactMap({ $0 }).first { return failure }
        }
        return nil
    }
}

extension AtomicOutput {
    /// A plain write into the staging folder. No per-file fsync or temporary file: the
    /// folder as a whole is what becomes visible, and only once it is complete. Returns
    /// why it failed (a full disk says "No space left on device"), or nil.
    static func writeNewFile(_ path: String, _ data: some ContiguousBytes) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        return data.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                written += count
            }
            return nil
        }
    }
}

/// An exclusive lock beside the output, so two builds never write the same site at once.
struct BuildLock {
    private let descriptor: Int32

    init(path: String) throws(AtomicOutput.WriteError) {
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw AtomicOutput.WriteError(description: "cannot create the build lock \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw AtomicOutput.WriteError(description: "another docket build is writing this output folder (lock \(path)); try again when it is done")
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
