import DocketDomain

/// The shape of a host name (RFC 1123 §2.1): dot-separated labels of 1–63 characters,
/// none starting or ending with a hyphen (`-.com` and `a-.com` are not names), at most
/// 253 characters, one optional trailing dot.
package enum HostName {
    /// `strictASCII`: labels of ASCII letters, digits and inner hyphens only (what
    /// docket.yml's domain lists take); otherwise other characters (an internationalised
    /// name, an underscore) are let through and only the label structure is checked, as
    /// a browser would still open such a link.
    package static func isValid(_ host: String, strictASCII: Bool) -> Bool {
        var name = Substring(host)
        if name.hasSuffix(".") { name = name.dropLast() }
        guard !name.isEmpty, name.utf8.count <= 253 else { return false }
        for label in name.split(separator: ".", omittingEmptySubsequences: false) {
            guard (1...63).contains(label.utf8.count), label.first != "-", label.last != "-" else { return false }
            if strictASCII, !label.utf8.allSatisfy({ $0.isASCIIAlphanumeric || $0 == ASCII.minus }) { return false }
        }
        return true
    }

    /// An IP literal as URLs write it: `[v6]` (URLComponents may give it without the
    /// brackets) or dotted IPv4 digits, which `isValid` also accepts.
    package static func isIPv6Literal(_ host: String) -> Bool {
        var inner = Substring(host)
        if inner.hasPrefix("["), inner.hasSuffix("]") { inner = inner.dropFirst().dropLast() }
        return inner.contains(":") && inner.utf8.allSatisfy { $0.isASCIIHexDigit || $0 == ASCII.colon || $0 == ASCII.dot }
    }
}
