import DocketDomain

/// What a review text must not hold (errors): phone numbers, postal mailing addresses,
/// and links to hosts outside `review_link_domains`.
public struct ReviewTextDetector: Sendable {
    public enum Kind: Hashable, Sendable {
        case phoneNumber
        case postalAddress
        /// A URL whose host (lower-cased, without port, user info or trailing dot) is
        /// not allowed.
        case disallowedURL(host: String)
    }

    public let allowedLinkHosts: HostAllowList

    public init(allowedLinkHosts: HostAllowList = .reviewDefault) {
        self.allowedLinkHosts = allowedLinkHosts
    }

    /// Every problem in `text`, in order of position. E-mail addresses are not a review
    /// rule; their domain is not reported as a link either.
    public func problems(in text: String) -> [Detection<Kind>] {
        let bytes = Array(text.utf8)
        let explicitURLs = URLScanner.explicitURLs(in: bytes)
        let emails = EmailScanner.ranges(in: bytes, excluding: explicitURLs.map(\.range))
        let urls = explicitURLs + URLScanner.bareDomains(in: bytes, excluding: explicitURLs.map(\.range) + emails)
        var problems: [Detection<Kind>] = []
        for url in urls where !allowedLinkHosts.allows(bytes[url.host]) {
            let host = String(decoding: bytes[url.host].map(\.asciiLowercased), as: UTF8.self)
            problems.append(Detection(kind: .disallowedURL(host: host), range: url.range))
        }
        let linked = urls.map(\.range)
        for phone in PhoneNumberScanner.ranges(in: bytes) where !linked.contains(where: { $0.overlaps(phone) }) {
            problems.append(Detection(kind: .phoneNumber, range: phone))
        }
        for address in PostalAddressScanner.ranges(in: bytes) where !problems.contains(where: { $0.byteRange.overlaps(address) }) {
            problems.append(Detection(kind: .postalAddress, range: address))
        }
        return problems.sorted { $0.offset < $1.offset }
    }
}
