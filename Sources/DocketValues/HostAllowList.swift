import DocketDomain

/// Domains whose links are allowed in review texts (`review_link_domains`).
///
/// A host is allowed when it is one of the domains or a subdomain of one: `amazon.com`
/// allows `www.amazon.com` and `smile.amazon.com`, not `notamazon.com` or
/// `amazon.com.evil.io`. Comparison ignores ASCII case and a trailing dot on either side.
public struct HostAllowList: Hashable, Sendable {
    private let domains: [[UInt8]]

    public init(_ domains: [String]) {
        self.domains = domains.compactMap { domain in
            var bytes = domain.utf8.map(\.asciiLowercased)
            while bytes.last == ASCII.dot { bytes.removeLast() }
            return bytes.isEmpty ? nil : bytes
        }
    }

    /// `amazon.com`, `amazon.fr`, `amazon.co.uk`: the spec's default.
    public static let reviewDefault = HostAllowList(["amazon.com", "amazon.fr", "amazon.co.uk"])

    public func allows(host: String) -> Bool {
        allows(Array(host.utf8)[...])
    }

    func allows(_ host: ArraySlice<UInt8>) -> Bool {
        var host = host
        while host.last == ASCII.dot { host.removeLast() }
        return domains.contains { domain in
            guard host.count >= domain.count else { return false }
            let suffixStart = host.endIndex - domain.count
            guard suffixStart == host.startIndex || host[suffixStart - 1] == ASCII.dot else { return false }
            return zip(host[suffixStart...], domain).allSatisfy { $0.asciiLowercased == $1 }
        }
    }
}
