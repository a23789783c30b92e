import Foundation

/// What identifies a version of a file without reading it: size, modification time and
/// inode (editors that save by renaming change the inode even within one clock tick).
public struct FileFingerprint: Hashable, Sendable {
    public let size: Int
    public let modified: Int64
    public let inode: UInt64

    /// The file's fingerprint, not following a link; zeros when it cannot be read.
    public init(path: String) {
        var info = stat()
        if lstat(path, &info) != 0 { info = stat() }
        self.init(info)
    }

    /// From what `lstat` said of the file.
    init(_ info: stat) {
        size = Int(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
    }
}

/// Parses kept between loads of the same site, by path and fingerprint.
public final class ContentReadCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (FileFingerprint, Int, ContentLoader.Outcome)] = [:]

    public init() {}

    func outcome(for path: String, fingerprint: FileFingerprint, maxFileSize: Int) -> ContentLoader.Outcome? {
        lock.withLock {
            guard let entry = entries[path], entry.0 == fingerprint, entry.1 == maxFileSize else { return nil }
            return entry.2
        }
    }

    func store(_ outcome: ContentLoader.Outcome, for path: String, fingerprint: FileFingerprint, maxFileSize: Int) {
        lock.withLock { entries[path] = (fingerprint, maxFileSize, outcome) }
    }

    /// Forgets files that are gone.
    func keepOnly(_ paths: Set<String>) {
        lock.withLock { entries = entries.filter { paths.contains($0.key) } }
    }
}
