public enum XMLText {
    /// Text safe in XML 1.0 and HTML content and attributes: markup escaped, and
    /// characters markup may not hold (`isForbiddenInMarkup`: most controls,
    /// noncharacters) shown as U+FFFD, as in every other writer of markup.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            // A raw CR does not survive XML's line-end normalisation.
            case "\r": out += "&#13;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case _ where scalar.isForbiddenInMarkup: out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
