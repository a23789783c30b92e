import CDocketSystem
import DocketContent
import DocketValidation
import Foundation

/// Writes a whole site beside the output folder, then swaps it in: readers and a failed
/// build only ever see the previous complete site or the new complete one.
public struct AtomicOutput {

    let output: String

    public init(output: String) {
        self.output = output
    }

    var target: String { OutputGuard.resolved(output) }
    var parent: String { (target as NSString).deletingLastPathComponent }
    var name: String { (target as NSString).lastPathComponent }

    /// Writes `files` (relative path → bytes) as the new content of the output folder.
    public func write(_ files: [String: Data]) throws(DocketError) {
        try write(paths: Array(files.keys)) { staging throws(DocketError) in
            let failures = files.sorted { $0.key < $1.key }.parallelMap { file -> DocketError? in
                do throws(DocketError) { try staging.write(file.key, file.value) } catch { return error }
                return nil
            }
            if let failure = failures.compactMap({ $0 }).first { throw failure }
        }
    }

    /// Makes a staging folder holding the folders `paths` need, lets `fill` write the
    /// files into it (on any threads, as they are produced, so a large site is never held
    /// in memory whole), then lets `verify` read the complete staging folder (`build
    /// --check`: it returns why the site must not be published, or nil), and swaps it in.
    /// If `fill` throws or `verify` refuses, the staging folder is removed and the output
    /// is left as it was.
    public func write(paths: [String], fill: (Staging) throws(DocketError) -> Void,
                      verify: ((_ stagingRoot: String) -> String?)? = nil) throws(DocketError) {
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw DocketError(.output, message: "cannot create \(parent): \((error as NSError).fileSystemReason(at: parent))")
        }
        let lock = try BuildLock(path: OutputRecord.lockPath(of: target))
        defer { lock.release() }
        var record = recoverFromInterruptedBuilds(lock.record())
        let stagingName = stagingPrefix + "\(getpid())"
        let staging = Staging(root: parent + "/" + stagingName)
        // Recorded before the folder exists: a build killed from here on leaves a staging
        // folder the next build knows as Docket's and removes.
        record.pending[stagingName] = OutputRecord.earliestBirthFromNow()
        try lock.write(record)
        guard mkdir(staging.root, 0o755) == 0 else {
            // Whatever holds the name (a link committed under it, say) is not Docket's:
            // it is neither removed here nor taken for the staging folder later.
            let reason = FileSystemFailure.describeErrno(at: staging.root)
            record.pending[stagingName] = nil
            try? lock.write(record)
            throw DocketError(.output, message: "cannot create the staging folder \(staging.root): \(reason)")
        }
        let stagingIdentity = FolderIdentity(folderAt: staging.root)
        do throws(DocketError) {
            if let stagingIdentity { record.folders.insert(stagingIdentity) }
            record.pending[stagingName] = nil
            try lock.write(record)
            if let (failure, code) = Self.createFolders(for: paths, in: staging.root) {
                throw DocketError(.output, message: "cannot create \(failure) beside \(output): \(FileSystemFailure.describe(code, at: staging.root))")
            }
            try fill(staging)
            if let refusal = verify?(staging.root) { throw DocketError(.output, message: refusal) }
            // The guard let this build replace the output: if the swap is cut short, the
            // previous site under a staging or "old" name is Docket's to clear up.
            if let previous = FolderIdentity(folderAt: target) { record.folders.insert(previous) }
            try lock.write(record)
            try swapIn(staging.root)
        } catch {
            // Once removed it is nobody's; if it could not be, the next build tries again.
            if (try? FileManager.default.removeItem(atPath: staging.root)) != nil, let stagingIdentity {
                record.folders.remove(stagingIdentity)
                try? lock.write(record)
            }
            throw error
        }
        // The record names the new output already; this only prunes it, so a failure
        // here must not report a build that went through as failed.
        try? lock.write(recoverFromInterruptedBuilds(record))
    }

    /// The folder a new site is written into before it becomes the output.
    public struct Staging: Sendable {
        public let root: String

        /// Writes one file whose folder exists already.
        public func write(_ path: String, _ bytes: some ContiguousBytes) throws(DocketError) {
            if let reason = AtomicOutput.writeNewFile(root + "/" + path, bytes) {
                throw DocketError(.output, message: "cannot write \(path) (\(reason)): the previous site was left as it was")
            }
        }
    }

    private func swapIn(_ staging: String) throws(DocketError) {
        for placeholder in OutputGuard.placeholders where FileManager.default.fileExists(atPath: target + "/" + placeholder) {
            try? FileManager.default.copyItem(atPath: target + "/" + placeholder, toPath: staging + "/" + placeholder)
        }
        if FileManager.default.fileExists(atPath: target) {
            // One system call exchanges the two folders: there is no moment without a site.
            if docket_exchange_paths(staging, target) != 0 {
                // Without renameat2 (old kernels, some file systems): two renames, a short gap.
                let old = parent + "/" + oldSitePrefix + "\(getpid())"
                guard rename(target, old) == 0 else {
                    throw DocketError(.output, message: "cannot replace \(output): \(FileSystemFailure.describeErrno(at: target))")
                }
                guard rename(staging, target) == 0 else {
                    let reason = FileSystemFailure.describeErrno(at: target)
                    _ = rename(old, target)
                    throw DocketError(.output, message: "cannot replace \(output): \(reason)")
                }
                try? FileManager.default.removeItem(atPath: old)
                return
            }
            try? FileManager.default.removeItem(atPath: staging)
        } else if rename(staging, target) != 0 {
            throw DocketError(.output, message: "cannot create \(output): \(FileSystemFailure.describeErrno(at: target))")
        }
    }
}

extension AtomicOutput {
    /// A plain write into the staging folder. No per-file fsync or temporary file: the
    /// folder as a whole is what becomes visible, and only once it is complete. Returns
    /// why it failed, in `FileSystemFailure`'s words, or nil.
    static func writeNewFile(_ path: String, _ data: some ContiguousBytes) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return FileSystemFailure.describeErrno(at: path) }
        defer { close(descriptor) }
        return data.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return FileSystemFailure.describeErrno(at: path)
                }
                written += count
            }
            return nil
        }
    }

    /// Every folder the files need, made one depth at a time (parents first) and each
    /// depth on every core: a site is thousands of page folders. Returns a failing path
    /// and its `errno` (read on the thread that failed: errno is per thread).
    static func createFolders(for files: [String], in root: String) -> (String, Int32)? {
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
            let failures = byDepth[depth]!.sorted().parallelMap { folder -> (String, Int32)? in
                mkdir(root + "/" + folder, 0o755) == 0 || errno == EEXIST ? nil : (folder, errno)
            }
            if let failure = failures.compactMap({ $0 }).first { return failure }
        }
        return nil
    }
}

extension NSError {
    /// A Foundation error's underlying `errno`, worded by `FileSystemFailure`.
    func fileSystemReason(at path: String) -> String {
        if let underlying = userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return FileSystemFailure.describe(Int32(underlying.code), at: path)
        }
        if domain == NSPOSIXErrorDomain { return FileSystemFailure.describe(Int32(code), at: path) }
        return localizedDescription
    }
}
