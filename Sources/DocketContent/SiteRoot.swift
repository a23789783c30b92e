import Foundation

/// The folder a site lives in: every path Docket reads or writes for the site is made
/// here, from a path relative to it, and the checks that a path stays inside it (never
/// climbing out lexically, never passing through a symbolic link) live here too.
public struct SiteRoot: Hashable, Sendable, CustomStringConvertible {
    /// The folder as it was given (`--site`, the folder of `--config`, or found), without
    /// a trailing slash: diagnostics name it as the user wrote it.
    public let path: String

    public init(_ path: String) {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        self.path = path
    }

    public var description: String { path }

    /// `relative` (a path inside the site, such as `content/media/a.png`) as a path to open.
    public func appending(_ relative: String) -> String {
        relative.isEmpty ? path : path == "/" ? "/" + relative : path + "/" + relative
    }

    /// `file` relative to the root when it is inside it, as written (no links resolved);
    /// nil for anything outside.
    public func relativePath(of file: String) -> String? {
        let prefix = path == "/" ? "/" : path + "/"
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : nil
    }

    /// Where a walk along a relative path ended.
    public enum Walk: Equatable, Sendable {
        /// Every part exists and none is a link: the full path to open.
        case reached(String)
        /// The first part that does not exist, as the relative path up to it.
        case missing(String)
        /// The first part that is a symbolic link, as the relative path up to it.
        case link(String)
    }

    /// Walks `relative` from `base` (a folder inside the root, "" for the root itself) one
    /// part at a time with `lstat`, so that nothing the site's own files can contain (a
    /// link to /etc) leads outside it. `base` itself is not examined: it is the caller's.
    public func walk(_ relative: String, from base: String = "") -> Walk {
        var current = appending(base)
        var walked: [Substring] = []
        for part in relative.split(separator: "/") where part != "." {
            current += "/" + part
            walked.append(part)
            var info = stat()
            guard lstat(current, &info) == 0 else { return .missing(walked.joined(separator: "/")) }
            if info.st_mode & S_IFMT == S_IFLNK { return .link(walked.joined(separator: "/")) }
        }
        return .reached(current)
    }
}
