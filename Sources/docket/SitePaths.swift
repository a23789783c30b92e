import Foundation

/// Where the site is, seen from the current folder.
enum SitePaths {
    /// The nearest folder at or above `folder` that is a site (docket.yml or content/).
    static func enclosingSite(of folder: String) -> String? {
        var candidate = URL(fileURLWithPath: folder).standardizedFileURL.path
        while true {
            if CheckedSite.isSite(candidate) { return candidate }
            let parent = (candidate as NSString).deletingLastPathComponent
            if parent == candidate || parent.isEmpty { return nil }
            candidate = parent
        }
    }

    /// `target` as a relative path from `base` ("" when they are the same folder), both
    /// made absolute and standardised first; symbolic links are compared as written.
    static func relative(from base: String, to target: String) -> String {
        let from = URL(fileURLWithPath: base).standardizedFileURL.pathComponents
        let to = URL(fileURLWithPath: target, relativeTo: URL(fileURLWithPath: base, isDirectory: true)).standardizedFileURL.pathComponents
        let common = zip(from, to).prefix { $0 == $1 }.count
        let parts = Array(repeating: "..", count: from.count - common) + to.dropFirst(common)
        return parts.joined(separator: "/")
    }
}
