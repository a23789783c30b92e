import CDocketSystem
import DocketContent
import Foundation

/// One folder, told apart from any other by what the file system says of it, never by its
/// path: a link or a look-alike put where Docket's folder was is not that folder.
struct FolderIdentity: Hashable, Sendable, CustomStringConvertible {
    let device: UInt64
    let inode: UInt64
    /// Creation time in nanoseconds (0 where the file system keeps none): a folder made
    /// later in the same place can reuse the inode number, never the creation time.
    let birth: Int64

    /// The real folder at `path` (`lstat`, never following a link), or nil for anything
    /// else: a link, a file, nothing.
    init?(folderAt path: String) {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        var seconds: Int64 = 0
        var nanoseconds: UInt32 = 0
        birth = docket_birth_time(path, &seconds, &nanoseconds) == 0 ? seconds * 1_000_000_000 + Int64(nanoseconds) : 0
    }

    init?(_ text: Substring) {
        let parts = text.split(separator: ":")
        guard parts.count == 3, let device = UInt64(parts[0]), let inode = UInt64(parts[1]), let birth = Int64(parts[2]) else { return nil }
        self.device = device
        self.inode = inode
        self.birth = birth
    }

    var description: String { "\(device):\(inode):\(birth)" }
}

/// Which folders beside an output are Docket's: the output it built, and its staging and
/// previous-site folders while a build runs. Kept in the build lock file beside the
/// output (never inside it, so nothing of Docket's is deployed), written only while the
/// lock is held. See docs/decisions.md, "Output folder ownership".
struct OutputRecord: Equatable, Sendable {
    /// The folders that are Docket's.
    var folders: Set<FolderIdentity> = []
    /// Staging folders about to be made, by name, with the earliest time (nanoseconds)
    /// they can have been made at: recorded before `mkdir`, so a build killed between the
    /// two still leaves a folder the next build knows. `mkdir` fails on a name already
    /// taken, so a folder of that name born after that time is the one Docket made.
    var pending: [String: Int64] = [:]

    /// The marker file earlier versions put inside the output. A folder holding it is
    /// still taken as Docket's, once: new outputs never hold it.
    static let legacyMarker = ".docket-output"

    static let header = "docket output record 1"
    /// Written whole at offset 0 every time, padded: one small write either lands or not.
    static let size = 512

    /// The lock file (and record) of the output folder `target` (an absolute path without links).
    static func lockPath(of target: String) -> String {
        (target as NSString).deletingLastPathComponent + "/." + (target as NSString).lastPathComponent + ".docket-lock"
    }

    /// The record beside `target`; empty when there is none or the lock is not a regular
    /// file (it is then never read through a link).
    static func read(besideOutput target: String) -> OutputRecord {
        guard let bytes = try? RegularFile.read(lockPath(of: target), limit: 1 << 16) else { return OutputRecord() }
        return parse(bytes)
    }

    static func parse(_ bytes: [UInt8]) -> OutputRecord {
        let lines = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
        var record = OutputRecord()
        guard lines.first == Substring(header) else { return record }
        for line in lines.dropFirst() {
            let words = line.split(separator: " ")
            if words.count == 3, words[0] == "pending", let time = Int64(words[2]) {
                record.pending[String(words[1])] = time
            } else if words.count == 1, let folder = FolderIdentity(words[0]) {
                record.folders.insert(folder)
            }
        }
        return record
    }

    /// The record as written: names never hold spaces (they are Docket's own).
    func serialized() -> [UInt8] {
        let lines = folders.map(\.description).sorted() + pending.sorted { $0.key < $1.key }.map { "pending \($0.key) \($0.value)" }
        var text = Self.header + "\n" + lines.map { $0 + "\n" }.joined()
        if text.utf8.count < Self.size { text += String(repeating: " ", count: Self.size - text.utf8.count) }
        return Array(text.utf8)
    }

    /// Whether the real folder `name` in `parent` is Docket's: named in the record, made
    /// under a pending name, or holding the marker of an earlier version.
    func owns(_ name: String, in parent: String) -> Bool {
        let path = parent + "/" + name
        guard let identity = FolderIdentity(folderAt: path) else { return false }
        if folders.contains(identity) || Self.hasLegacyMarker(path) { return true }
        guard let notBefore = pending[name] else { return false }
        return identity.birth == 0 || identity.birth >= notBefore
    }

    /// Whether the folder at `target` is one Docket built: named in the record, or holding
    /// the marker of an earlier version (a real file, not a link).
    static func isDockets(_ target: String) -> Bool {
        guard let identity = FolderIdentity(folderAt: target) else { return false }
        return read(besideOutput: target).folders.contains(identity) || hasLegacyMarker(target)
    }

    static func hasLegacyMarker(_ folder: String) -> Bool {
        var info = stat()
        return lstat(folder + "/" + legacyMarker, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// Now, less a second: file times come from a coarser clock than `clock_gettime`.
    static func earliestBirthFromNow() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return (Int64(now.tv_sec) - 1) * 1_000_000_000 + Int64(now.tv_nsec)
    }
}
