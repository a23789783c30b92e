/// Lengths as the spec counts them (§2): user-perceived characters after trimming.
///
/// White space is what `Character.isWhitespace` says (Unicode's White_Space property), so
/// NBSP, U+2028 and ideographic space are trimmed, while zero-width space (U+200B) and the
/// byte-order mark are not white space and count as characters. A CRLF pair is one
/// character. A combining mark on an edge space belongs to that space's grapheme and is
/// trimmed with it.
public enum TextLength {
    /// The number of grapheme clusters in `text` once white space is trimmed at both ends.
    public static func count(_ text: String) -> Int {
        trimmed(text).count
    }

    /// `text` without white space at either end.
    public static func trimmed(_ text: String) -> Substring {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return text[text.endIndex...] }
        return text[first...last]
    }

    /// Every run of white space (line breaks included) as one space, trimmed: the request
    /// description rule, applied before counting and when rendering.
    public static func collapsingWhitespace(_ text: String) -> String {
        if text.utf8.allSatisfy(\.isASCII) {
            return collapsingASCIIWhitespace(text)
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// The common case without grapheme breaking: ASCII white space is single bytes.
    private static func collapsingASCIIWhitespace(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var changed = false
        for byte in text.utf8 {
            if byte.isASCIIWhitespace {
                // Anything but one space between two words changes the text.
                changed = changed || pendingSpace || bytes.isEmpty || byte != ASCII.space
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(ASCII.space) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        changed = changed || pendingSpace
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }
}
