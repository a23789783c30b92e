import Foundation

/// A request's path turned into a file of the site, refusing anything that climbs out:
/// `..` and `.` segments (also percent-encoded), back-slashes and NUL bytes.
enum RequestPath: Equatable {
    case file(String)
    /// A folder asked for without its trailing slash: where to send the browser.
    case redirect(String)
    case invalid

    init(_ rawPath: String) {
        let path = rawPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard path.hasPrefix("/"), let decoded = path.removingPercentEncoding,
              !decoded.contains("\0"), !decoded.contains("\\") else {
            self = .invalid
            return
        }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else {
            self = .invalid
            return
        }
        if decoded.hasSuffix("/") || segments.isEmpty {
            self = .file((segments + ["index.html"]).joined(separator: "/"))
        } else if let last = segments.last, !last.contains("."), segments.first != "__docket" {
            self = .redirect(Self.folderLocation(segments))
        } else {
            self = .file(segments.joined(separator: "/"))
        }
    }

    /// Every byte a path segment may keep as it is; the rest is percent-encoded.
    private static let segmentCharacters = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/;\\"))

    /// The folder's address, rebuilt from its checked segments rather than echoed: one
    /// leading slash and each segment re-encoded, so no request (`//evil%E3%80%82example`,
    /// `/%2F%2Fevil.example`) can make the Location a protocol-relative address that leaves
    /// the site.
    static func folderLocation(_ segments: [String]) -> String {
        "/" + segments.map { $0.addingPercentEncoding(withAllowedCharacters: segmentCharacters) ?? "" }.joined(separator: "/") + "/"
    }
}
