import DocketDomain
import DocketText
import DocketValues
import Foundation

/// What docket.yml's `base_url` must be (docs/spec.md §1: an absolute URL, used in the
/// sitemap, the feed and every page's canonical link): http or https, a host shaped like
/// a name or an IP literal, a valid port, no user name or password (they would be
/// published on every page), no query or fragment (page paths are appended to it), and no
/// white space, control or bidirectional-control character (they hide what it says).
///
/// Messages never quote the URL: it may hold a password.
enum BaseURLRules {
    static func problem(_ url: String) -> String? {
        if url.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.isControlOrBidi }) {
            return "base_url may not hold white space, control characters or bidirectional controls"
        }
        guard let components = URLComponents(string: url),
              let scheme = components.scheme?.lowercased(), ["http", "https"].contains(scheme),
              url.lowercased().hasPrefix(scheme + "://"),
              let host = components.host, !host.isEmpty else {
            return "base_url must be an absolute http or https URL such as https://experts.example.com/"
        }
        if components.user != nil || components.password != nil || authority(of: url).contains("@") {
            return "base_url may not hold a user name or password: it is published on every page"
        }
        if url.contains("?") || url.contains("#") {
            return "base_url may not have a query (?…) or a fragment (#…): page paths are appended to it"
        }
        if let port = port(in: authority(of: url)), !(port.utf8.count <= 5 && port.utf8.allSatisfy(\.isASCIIDigit) && (1...65_535).contains(Int(port) ?? 0)) {
            return "base_url has an invalid port; ports are 1 to 65535"
        }
        guard HostName.isIPv6Literal(host) || HostName.isValid(host, strictASCII: true) else {
            return "base_url's host is not a host name (labels of letters, digits and inner hyphens, separated by dots)"
        }
        return nil
    }

    /// The port as written after the host (`[v6]:port` or `host:port`), if there is a colon.
    private static func port(in authority: Substring) -> Substring? {
        let hostEnd = authority.hasPrefix("[") ? (authority.firstIndex(of: "]") ?? authority.endIndex) : authority.startIndex
        guard let colon = authority[hostEnd...].firstIndex(of: ":") else { return nil }
        return authority[authority.index(after: colon)...]
    }

    /// What lies between `scheme://` and the path.
    private static func authority(of url: String) -> Substring {
        guard let start = url.range(of: "://")?.upperBound else { return "" }
        let rest = url[start...]
        return rest[..<(rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex)]
    }
}
