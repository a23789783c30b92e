import DocketContent
import Foundation

/// The `content/media/` folder, as photo paths see it: nothing outside it, no links out
/// of it, and files that really are the images they claim to be.
public struct MediaFolder: Sendable {
    let site: SiteRoot
    /// The media folder, relative to the site root (`content/media`).
    let folder: String

    public init(site: SiteRoot, folder: String) {
        self.site = site
        self.folder = folder
    }

    /// Why a photo path is refused, as the end of a sentence ("photo …"), or nil.
    func check(_ path: String) -> String? {
        let components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if path.isEmpty || path.hasPrefix("/") || path.contains("\\") || components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            return "must be a relative path inside content/media/ without '..', '.' or empty parts (got \"\(path)\")"
        }
        // A NUL would end the path the file system sees (`a.png\0.txt` is checked as
        // `a.png`); no control character belongs in a file name here.
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "must not contain control characters (got \(path.debugDescription))"
        }
        let current: String
        switch site.walk(path, from: folder) {
        case .reached(let file): current = file
        case .missing: return "names a file that does not exist: content/media/\(path)"
        case .link: return "goes through a symbolic link (content/media/\(path)); links are not followed"
        }
        // lstat saw every component above; the file itself must be a regular file, or
        // reading its first bytes could block (a FIFO) or mean nothing (a folder).
        if let what = RegularFile.irregularKind(at: current) {
            return "is not a regular file: content/media/\(path) is \(what)"
        }
        guard ImageFormat.sniff(fileAt: current) != nil else {
            return "is not a JPEG, PNG or GIF image (checked by its bytes): content/media/\(path)"
        }
        return nil
    }
}

/// The image formats a photo may have, recognised by their first bytes, never their name.
public enum ImageFormat: String, Sendable {
    case jpeg, png, gif

    /// The format of the regular file at `path`; nil for anything else (never blocks on
    /// a FIFO, never follows a link).
    public static func sniff(fileAt path: String) -> ImageFormat? {
        guard let head = try? RegularFile.head(path, count: 8) else { return nil }
        return sniff(head)
    }

    public static func sniff(_ head: [UInt8]) -> ImageFormat? {
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if head.starts(with: Array("GIF87a".utf8)) || head.starts(with: Array("GIF89a".utf8)) { return .gif }
        return nil
    }
}
