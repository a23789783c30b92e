import DocketValidation

/// JSON text that is safe inside `<script type="application/ld+json">`.
///
/// An HTML parser ends a script element at `</script` and treats `<!--` specially whatever
/// the type, and older JavaScript parsers end a line at U+2028 and U+2029. So `<`, `>` and
/// `&` are written as `\u003c`, `\u003e`, `\u0026`, and U+2028/U+2029 as escapes too:
/// the JSON means the same, and no content can close the element or open a comment.
public enum ScriptJSON {
    public static func render(_ value: JSONValue) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    private static func write(_ value: JSONValue, into out: inout String) {
        switch value {
        case .string(let text): out += quote(text)
        case .number(let number): out += String(number)
        case .decimal(let text): out += text
        case .bool(let flag): out += flag ? "true" : "false"
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case .object(let object):
            out += "{"
            for (index, pair) in object.pairs.enumerated() {
                if index > 0 { out += "," }
                out += quote(pair.0) + ":"
                write(pair.1, into: &out)
            }
            out += "}"
        }
    }

    /// A JSON string literal (JSONText.quote already escapes controls and U+2028/U+2029),
    /// with the three characters HTML reacts to escaped as well.
    static func quote(_ text: String) -> String {
        var out = ""
        for scalar in JSONText.quote(text).unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
