/// A content file's name without its extension: what its pages and references use.
public enum Slug {
    public static let maximumLength = 64

    /// `^[a-z0-9]+(?:-[a-z0-9]+)*$`, at most 64 characters.
    public static func isValid(_ slug: String) -> Bool {
        let bytes = slug.utf8
        guard !bytes.isEmpty, bytes.count <= maximumLength,
              bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else { return false }
        var previousWasHyphen = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return true
    }
}
