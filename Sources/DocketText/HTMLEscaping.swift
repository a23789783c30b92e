/// HTML escaping on UTF-8 bytes. Byte by byte, never by `Character`: swift-mustache
/// compared whole grapheme clusters, so a quote followed by a combining mark (`"\u{301}`)
/// was one cluster that matched nothing and went out raw: it could end an attribute value.
public enum HTMLEscaping {
    /// Text and attribute values in templates: `<`, `>`, `&`, `"` and `'` as references.
    public static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            append(bytes, to: &output) { byte in
                switch byte {
                case UInt8(ascii: "<"): "&lt;"
                case UInt8(ascii: ">"): "&gt;"
                case UInt8(ascii: "&"): "&amp;"
                case UInt8(ascii: "\""): "&quot;"
                case UInt8(ascii: "'"): "&#39;"
                default: nil
                }
            }
        }
    }

    /// Copies `bytes` into `output` with each byte `reference` names replaced: the one loop
    /// behind every HTML escaper (templates replace five characters, the markdown subset
    /// cmark-gfm's four and NUL).
    @inlinable
    public static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], reference: (UInt8) -> StaticString?) {
        var runStart = 0
        for index in bytes.indices {
            guard let replacement = reference(bytes[index]) else { continue }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            runStart = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
}
