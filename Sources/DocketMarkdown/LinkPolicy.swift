/// Which link targets may become `<a href>`: docs/spec.md §4 allows http, https and mailto only.
///
/// The check runs on the URL as cmark-gfm decoded it (entities and backslash escapes
/// already resolved), which is the exact byte string that goes into `href` after
/// percent-encoding. It is an allow-list on the raw bytes: the scheme must be one of
/// the three, spelled in ASCII letters in any case and followed directly by `:`.
/// Anything else — no scheme (relative or protocol-relative URLs), another scheme,
/// look-alike letters, a scheme split by tabs, newlines or other control characters
/// (which browsers strip before reading the scheme) — is refused. A URL that holds a
/// control character anywhere is refused too, so nothing a browser might strip or
/// reinterpret reaches the page.
enum LinkPolicy {
    static let allowedSchemes: [[UInt8]] = [Array("http".utf8), Array("https".utf8), Array("mailto".utf8)]

    static func allows(_ url: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let colon = url.firstIndex(of: UInt8(ascii: ":")) else { return false }
        if url.contains(where: { $0 < 0x20 || $0 == 0x7F }) { return false }
        let scheme = url[..<colon]
        return allowedSchemes.contains { allowed in
            allowed.count == scheme.count
                && zip(allowed, scheme).allSatisfy { $0 == asciiLowercased($1) }
        }
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}
