import DocketDomain

/// E-mail addresses as HTML's `<input type=email>` accepts them.
public enum EmailAddress {
    /// The spec's limit, in characters (`TextLength.count`); a valid address is ASCII, so
    /// that is also its byte count.
    public static let maximumLength = 254

    /// Exactly the WHATWG "valid e-mail address" production:
    /// `^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$`.
    /// It is deliberately looser than RFC 5322 (dots may lead, repeat or trail in the local
    /// part) and stricter about the domain (no IP literals, no Unicode); a single-label
    /// domain (`a@localhost`) is valid. Surrounding white space is not trimmed here.
    public static func isValid(_ address: String) -> Bool {
        var iterator = address.utf8.makeIterator()
        var localLength = 0
        while let byte = iterator.next() {
            if byte == ASCII.at { break }
            guard isLocalPartByte(byte) else { return false }
            localLength += 1
        }
        guard localLength > 0 else { return false }
        // The domain: labels of 1–63 letters, digits and inner hyphens, separated by dots.
        var labelLength = 0
        var previous: UInt8 = ASCII.dot
        while let byte = iterator.next() {
            if byte == ASCII.dot {
                guard labelLength > 0, previous != ASCII.minus else { return false }
                labelLength = 0
            } else if byte.isASCIIAlphanumeric || byte == ASCII.minus {
                if labelLength == 0, byte == ASCII.minus { return false }
                labelLength += 1
                if labelLength > 63 { return false }
            } else {
                return false
            }
            previous = byte
        }
        return labelLength > 0 && previous != ASCII.minus
    }

    /// `[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]`.
    @inline(__always) package static func isLocalPartByte(_ byte: UInt8) -> Bool {
        if byte.isASCIIAlphanumeric { return true }
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
             UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "/"),
             UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"),
             UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "~"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
