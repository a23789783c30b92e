/// `<`, `>`, `&`, `"` and `'` as character references, byte by byte. swift-mustache
/// compared whole grapheme clusters, so a quote followed by a combining mark (`"\u{301}`)
/// was one cluster that matched nothing and went out raw: it could end an attribute value.
public enum HTMLEscaping {
    public static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices {
                let replacement: StaticString
                switch bytes[index] {
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                output.append(contentsOf: bytes[runStart..<index])
                output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                runStart = index + 1
            }
            output.append(contentsOf: bytes[runStart...])
        }
    }
}
