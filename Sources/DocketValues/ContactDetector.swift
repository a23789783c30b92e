/// Contact details in a request description, which the request form asks customers not
/// to share (warnings).
public enum ContactDetector {
    public enum Kind: String, Hashable, Sendable {
        case email
        case phoneNumber
        case url
    }

    /// Every e-mail address, phone number and URL in `text`, in order of position. A URL
    /// inside an address (`bob@example.com`) or an address inside a URL
    /// (`https://bob@example.com`) is reported once, as the outer one.
    public static func matches(in text: String) -> [Detection<Kind>] {
        let bytes = Array(text.utf8)
        let explicitURLs = URLScanner.explicitURLs(in: bytes).map(\.range)
        let emails = EmailScanner.ranges(in: bytes, excluding: explicitURLs)
        let bareURLs = URLScanner.bareDomains(in: bytes, excluding: explicitURLs + emails).map(\.range)
        let taken = explicitURLs + emails + bareURLs
        let phones = PhoneNumberScanner.ranges(in: bytes).filter { phone in
            !taken.contains { $0.overlaps(phone) }
        }
        let detections = explicitURLs.map { Detection(kind: Kind.url, range: $0) }
            + emails.map { Detection(kind: .email, range: $0) }
            + bareURLs.map { Detection(kind: .url, range: $0) }
            + phones.map { Detection(kind: .phoneNumber, range: $0) }
        return detections.sorted { $0.offset < $1.offset }
    }
}
