extension String {
    /// The text with every code point that HTML and XML 1.0 do not allow in a document
    /// replaced by U+FFFD: control characters other than tab, line feed and carriage return
    /// (NUL, U+0001…, form feed, U+007F–U+009F) and noncharacters (U+FDD0–U+FDEF, U+xFFFE,
    /// U+xFFFF). Content may hold them (`\0`, `\u0001` in a YAML or JSON string); written
    /// as they are they make a page invalid and the Atom feed not XML at all.
    var withoutForbiddenCodePoints: String {
        // Fast path: only bytes that can start such a code point need a closer look.
        let suspicious = utf8.contains { byte in
            (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
                || byte == 0xC2 || byte == 0xEF || byte >= 0xF0
        }
        guard suspicious, unicodeScalars.contains(where: \.isForbiddenInMarkup) else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            result.append(scalar.isForbiddenInMarkup ? "\u{FFFD}" : scalar)
        }
        return String(result)
    }
}

extension Unicode.Scalar {
    var isForbiddenInMarkup: Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: true
        default: value & 0xFFFE == 0xFFFE
        }
    }
}
