import DocketContent
import DocketValidation
import Foundation

/// An exclusive lock beside the output, so two builds never write the same site at once.
/// The lock file also holds the `OutputRecord`, read and written only under the lock.
struct BuildLock {
    private let descriptor: Int32
    let path: String

    /// Opened without following a link (a link committed as the lock must never create or
    /// change a file elsewhere) and without blocking; it must be a regular file.
    init(path: String) throws(DocketError) {
        self.path = path
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            if code == ELOOP {
                throw DocketError(.output, message: "the build lock \(path) is a symbolic link; remove it (Docket makes the lock itself, as a file)")
            }
            throw DocketError(.output, message: "cannot create the build lock \(path): \(FileSystemFailure.describe(code, at: path))")
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw DocketError(.output, message: "the build lock \(path) is not a regular file; remove it")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw DocketError(.output, message: "another docket build is writing this output folder (lock \(path)); try again when it is done")
        }
    }

    /// The record the lock file holds.
    func record() -> OutputRecord {
        var bytes = [UInt8](repeating: 0, count: 1 << 16)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, 0) }
        return count > 0 ? OutputRecord.parse(Array(bytes.prefix(count))) : OutputRecord()
    }

    /// Replaces the record: one write at offset 0, then the file cut to its length.
    func write(_ record: OutputRecord) throws(DocketError) {
        let bytes = record.serialized()
        let written = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress!, $0.count, 0) }
        guard written == bytes.count else {
            throw DocketError(.output, message: "cannot write the build lock \(path): \(FileSystemFailure.describe(written < 0 ? errno : ENOSPC, at: path))")
        }
        _ = ftruncate(descriptor, off_t(bytes.count))
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
