/// Where a page lives in the output, and how other pages link to it.
///
/// Every page is a folder with an `index.html` (`experts/ada/index.html`), so the same
/// output works from `file://` (links name the file) and on hosts that serve folders
/// (`pretty_urls: true`, links end in `/`).
public struct SitePath: Hashable, Sendable, Comparable {
    /// The folder, relative to the site root, without slashes at either end; "" is the home.
    public let folder: String

    public init(_ folder: String) {
        self.folder = folder
    }

    public static let home = SitePath("")

    /// The file written: `experts/ada/index.html`.
    public var file: String { folder.isEmpty ? "index.html" : folder + "/index.html" }

    /// How many folders deep the page is: what a link back to the root climbs.
    var depth: Int { folder.isEmpty ? 0 : folder.split(separator: "/").count }

    /// `../` repeated to reach the site root from this page ("" at the root).
    public var rootPrefix: String { String(repeating: "../", count: depth) }

    /// A relative link from this page to `target`.
    public func link(to target: SitePath, pretty: Bool) -> String {
        let path = pretty ? (target.folder.isEmpty ? "" : target.folder + "/") : target.file
        let link = rootPrefix + path
        return link.isEmpty ? "./" : link
    }

    /// A relative link from this page to a file that is not a page (`assets/docket.css`).
    public func link(toFile file: String) -> String { rootPrefix + file }

    /// The absolute folder URL the sitemap, feed and canonical link use.
    public func absoluteURL(base: String) -> String {
        base + (folder.isEmpty ? "" : folder + "/")
    }

    public static func < (lhs: SitePath, rhs: SitePath) -> Bool { lhs.folder < rhs.folder }
}
