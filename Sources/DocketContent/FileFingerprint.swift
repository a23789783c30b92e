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

/// The listing and the parses kept between loads of the same site, by path and fingerprint.
public final class ContentReadCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (FileFingerprint, Int, ContentLoader.Outcome)] = [:]
    private var lastScan: ContentScan?

    public init() {}

    /// The last listing of this content folder, to update rather than list again.
    func scan(siteRoot: SiteRoot, contentDir: String) -> ContentScan? {
        lock.withLock {
            guard let lastScan, lastScan.siteRoot == siteRoot, lastScan.contentDir == contentDir else { return nil }
            return lastScan
        }
    }

    func keep(_ scan: ContentScan) {
        lock.withLock { lastScan = scan }
    }

    /// Lists every file again at the next load.
    public func forgetListing() {
        lock.withLock { lastScan = nil }
    }

    func outcome(for path: String, fingerprint: FileFingerprint, maxFileSize: Int) -> ContentLoader.Outcome? {
        lock.withLock {
            guard let entry = entries[path], entry.0 == fingerprint, entry.1 == maxFileSize else { return nil }
            return entry.2
        }
    }

    func store(_ outcome: ContentLoader.Outcome, for path: String, fingerprint: FileFingerprint, maxFileSize: Int) {
        lock.withLock { entries[path] = (fingerprint, maxFileSize, outcome) }
    }

    /// Forgets files that are gone: every listed file has an entry, so there are stale
    /// ones only when there are more entries than files.
    func keepOnly(_ files: [ContentScan.File]) {
        lock.withLock {
            guard entries.count > files.count else { return }
            let paths = Set(files.map(\.path))
            entries = entries.filter { paths.contains($0.key) }
        }
    }
}
