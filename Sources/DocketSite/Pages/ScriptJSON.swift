import DocketText
import DocketValidation

/// JSON text that is safe inside `<script type="application/ld+json">`.
///
/// An HTML parser ends a script element at `</script` and treats `<!--` specially whatever
/// the type, and older JavaScript parsers end a line at U+2028 and U+2029. So `<`, `>` and
/// `&` are written as `\u003c`, `\u003e`, `\u0026`, and U+2028/U+2029 as escapes too:
/// the JSON means the same, and no content can close the element or open a comment.
public enum ScriptJSON {
    /// `value` on one line (`JSONValue.compact`: JSONText.quote already escapes controls
    /// and U+2028/U+2029), with the three characters HTML reacts to escaped as well. They
    /// can stand only inside string literals of JSON text, so escaping them anywhere in it
    /// is escaping them in the strings.
    public static func render(_ value: JSONValue) -> String {
        var out = ""
        for scalar in value.compact.unicodeScalars {
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
