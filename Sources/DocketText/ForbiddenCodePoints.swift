extension String {
    /// The text with every code point that HTML and XML 1.0 do not allow in a document
    /// replaced by U+FFFD: control characters other than tab, line feed and carriage return
    /// (NUL, U+0001…, form feed, U+007F–U+009F) and noncharacters (U+FDD0–U+FDEF, U+xFFFE,
    /// U+xFFFF). Content may hold them (`\0`, `\u0001` in a YAML or JSON string); written
    /// as they are they make a page invalid and the Atom feed not XML at all.
    public var withoutForbiddenCodePoints: String {
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
    /// Not allowed in an HTML document, and (except U+0080–U+009F and U+FDD0–U+FDEF, which
    /// XML 1.0 only discourages) not in XML 1.0: every markup writer refuses the same set.
    public var isForbiddenInMarkup: Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: true
        default: value & 0xFFFE == 0xFFFE
        }
    }

    /// C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and
    /// isolates (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069): what may change how
    /// the text around it reads on a terminal, in a log, or in a name.
    public var isControlOrBidi: Bool {
        switch value {
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
