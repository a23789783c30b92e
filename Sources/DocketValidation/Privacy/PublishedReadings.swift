import Foundation

/// The other ways a public text can show a private value once published, besides its
/// bytes as written: what `docket check` (SiteChecker) reads back from a page, so that
/// `validate` stops what `check` would find.
public enum PublishedReadings {
    /// Whether the text holds a byte an address, or a way of writing one, needs: `@`, `%`
    /// (a percent escape), `&` (an entity), or the lead byte of the two characters whose
    /// Unicode lower case is ASCII (U+212A KELVIN SIGN → k, U+0130 → i + U+0307).
    /// One `memchr` per byte: every public text of the site goes through here.
    static func mayHideAddress(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return hints.contains { memchr(base, Int32($0), bytes.count) != nil }
        }
    }

    private static let hints: [UInt8] = [UInt8(ascii: "@"), UInt8(ascii: "%"), UInt8(ascii: "&"), 0xE2, 0xC4]

    /// Whether Unicode lower-casing can turn part of the text into ASCII letters.
    static func hasASCIILowercaseMapping(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value == 0x212A || $0.value == 0x0130 }
    }

    /// The text percent-decoded, leniently (`100%` stays as it is); nil without a `%`.
    public static func percentDecoded(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.contains(UInt8(ascii: "%")) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
               let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }

    /// The text without the characters a reader does not see (Unicode's default-ignorable
    /// code points: zero-width space and joiners, the word joiner, the soft hyphen…), so
    /// `ada\u{2060}@example.com` reads as the address it shows; nil when it has none.
    public static func withoutInvisibles(_ text: String) -> [UInt8]? {
        guard text.unicodeScalars.contains(where: \.properties.isDefaultIgnorableCodePoint) else { return nil }
        var shown = String.UnicodeScalarView()
        shown.append(contentsOf: text.unicodeScalars.lazy.filter { !$0.properties.isDefaultIgnorableCodePoint })
        return Array(String(shown).utf8)
    }

    /// The readings of a text `docket check` and `validate` look for private values in,
    /// besides its bytes: percent-decoded, and without invisible characters (and both).
    public static func otherReadings(of text: String) -> [[UInt8]] {
        var readings: [[UInt8]] = []
        if let decoded = percentDecoded(Array(text.utf8)) { readings.append(decoded) }
        if let shown = withoutInvisibles(text) {
            readings.append(shown)
            if let decoded = percentDecoded(shown) { readings.append(decoded) }
        }
        return readings
    }

    /// The subset HTML of a markdown field as a reader sees it: entities decoded, with its
    /// tags (`**alice**@example.com` renders as one run of text), and without them. Only
    /// the entities the markdown writer (HTMLBuffer) emits exist in it. Nil when the HTML
    /// holds neither `@` nor `%`: no reading of it can then spell an address.
    static func readings(ofHTML html: String) -> [[UInt8]]? {
        let bytes = Array(html.utf8)
        guard bytes.contains(UInt8(ascii: "@")) || bytes.contains(UInt8(ascii: "%")) else { return nil }
        var decoded: [UInt8] = []
        var visible: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        visible.reserveCapacity(bytes.count)
        var inTag = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var character = [byte]
            var width = 1
            if byte == UInt8(ascii: "&"), let (entity, length) = entity(in: bytes, at: index) {
                character = entity
                width = length
            }
            decoded += character
            if byte == UInt8(ascii: "<") {
                inTag = true
            } else if inTag {
                if byte == UInt8(ascii: ">") { inTag = false }
            } else {
                visible += character
            }
            index += width
        }
        return [decoded, visible]
    }

    private static let entities: [(name: [UInt8], value: [UInt8])] = [
        ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#x27;", "'"), ("&#39;", "'"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    private static func entity(in bytes: [UInt8], at index: Int) -> ([UInt8], Int)? {
        for (name, value) in entities where index + name.count <= bytes.count && bytes[index..<(index + name.count)].elementsEqual(name) {
            return (value, name.count)
        }
        return nil
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
