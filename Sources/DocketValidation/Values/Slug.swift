/// File-name slugs (§1).
public enum Slug {
    public static let maximumLength = 64

    /// `^[a-z0-9]+(?:-[a-z0-9]+)*$`, 1–64 characters: lower-case ASCII words joined by
    /// single hyphens, so that a slug is the same file name and URL path everywhere.
    public static func isValid(_ slug: String) -> Bool {
        let bytes = slug.utf8
        guard (1...maximumLength).contains(bytes.count) else { return false }
        var previous = ASCII.minus
        for byte in bytes {
            if byte == ASCII.minus {
                if previous == ASCII.minus { return false }
            } else if !(byte.isASCIIDigit || byte.isASCIILowercase) {
                return false
            }
            previous = byte
        }
        return previous != ASCII.minus
    }
}
