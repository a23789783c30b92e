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
enum OutputRecord {
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

    /// The folders the record beside `target` names; empty when there is none or it is
    /// not a regular file (it is then never read through a link).
    static func read(besideOutput target: String) -> Set<FolderIdentity> {
        guard let bytes = try? RegularFile.read(lockPath(of: target), limit: 1 << 16) else { return [] }
        return parse(bytes)
    }

    static func parse(_ bytes: [UInt8]) -> Set<FolderIdentity> {
        let lines = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
        guard lines.first == Substring(header) else { return [] }
        return Set(lines.dropFirst().compactMap { FolderIdentity($0.trimmingCharacters(in: .whitespaces)[...]) })
    }

    static func serialize(_ folders: Set<FolderIdentity>) -> [UInt8] {
        var text = header + "\n" + folders.map(\.description).sorted().joined(separator: "\n") + "\n"
        if text.utf8.count < size { text += String(repeating: " ", count: size - text.utf8.count) }
        return Array(text.utf8)
    }

    /// Whether the folder at `target` is one Docket built: named in the record, or holding
    /// the marker of an earlier version (a real file, not a link).
    static func isDockets(_ target: String) -> Bool {
        guard let identity = FolderIdentity(folderAt: target) else { return false }
        return read(besideOutput: target).contains(identity) || hasLegacyMarker(target)
    }

    static func hasLegacyMarker(_ folder: String) -> Bool {
        var info = stat()
        return lstat(folder + "/" + legacyMarker, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}
