/// Text shown on a terminal or in a CI log, with every character that could change what
/// the reader sees written out as an escape: C0 and C1 controls (a carriage return could
/// overwrite a line, an ESC start a terminal sequence, a newline forge a second
/// diagnostic or a `::error` command), DEL, and the bidirectional marks, overrides and
/// isolates that reorder the text around them (`isControlOrBidi`). Each is shown as
/// `\u{XX}`; everything else is kept as it is.
public enum TerminalText {
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool { scalar.isControlOrBidi }
}
