import DocketDomain

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
        asciiCount(text) ?? trimmed(text).count
    }

    /// The same count for pure ASCII text without decoding graphemes: every byte is a
    /// character but for CRLF pairs. Most content is ASCII, and this runs on every field.
    package static func asciiCount(_ text: String) -> Int? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for byte in bytes where byte >= 0x80 { return nil }
            var start = 0
            var end = bytes.count
            while start < end, bytes[start].isASCIIWhitespace { start += 1 }
            while end > start, bytes[end - 1].isASCIIWhitespace { end -= 1 }
            var count = end - start
            var index = start
            while index + 1 < end {
                if bytes[index] == ASCII.carriageReturn && bytes[index + 1] == ASCII.lineFeed {
                    count -= 1
                    index += 2
                } else {
                    index += 1
                }
            }
            return count
        } ?? nil
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
    ///
    /// Works on UTF-8 bytes, decoding only non-ASCII scalars, and agrees with
    /// `Character.isWhitespace`: marks that extend a white-space grapheme go with it.
    public static func collapsingWhitespace(_ text: String) -> String {
        let input = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var pendingSpace = false
        var afterWhitespace = false
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte.isASCIIWhitespace {
                pendingSpace = !output.isEmpty
                afterWhitespace = true
                index += 1
                continue
            }
            if byte.isASCII {
                // Copy the whole run of visible ASCII at once.
                var runEnd = index + 1
                while runEnd < input.count, input[runEnd].isASCII, !input[runEnd].isASCIIWhitespace { runEnd += 1 }
                if pendingSpace { output.append(ASCII.space) }
                pendingSpace = false
                afterWhitespace = false
                output.append(contentsOf: input[index..<runEnd])
                index = runEnd
                continue
            }
            let width = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            let scalar = input.scalar(startingAt: index)
            if let scalar, scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
                afterWhitespace = true
            } else if afterWhitespace, let scalar, extendsGrapheme(scalar) {
                // Part of the white-space character before it.
            } else {
                if pendingSpace { output.append(ASCII.space) }
                pendingSpace = false
                afterWhitespace = false
                output.append(contentsOf: input[index..<min(index + width, input.count)])
            }
            index += width
        }
        return output.count == input.count && output == input ? text : String(decoding: output, as: UTF8.self)
    }

    /// Scalars that attach to the character before them (combining marks, ZWJ, variation
    /// selectors, spacing marks), so never start a grapheme of their own.
    private static func extendsGrapheme(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isGraphemeExtend || scalar.value == 0x200D
            || scalar.properties.generalCategory == .spacingMark
    }
}
