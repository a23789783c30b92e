import DocketText

/// The output under construction, as UTF-8 bytes.
///
/// Escaping copies cmark-gfm's own (houdini) rules byte for byte, so that input
/// within the subset renders exactly as `cmark_render_html` renders it.
struct HTMLBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(decimal value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A newline unless the output is empty or already ends a line (cmark's `cr`).
    mutating func lineBreakIfNeeded() {
        if let last = bytes.last, last != UInt8(ascii: "\n") {
            bytes.append(UInt8(ascii: "\n"))
        }
    }

    /// Text and attribute values: `&`, `<`, `>` and `"` become entities, and NUL becomes
    /// U+FFFD as cmark-gfm does when it reads its input.
    mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        HTMLEscaping.append(text, to: &bytes) { byte in
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case 0: "\u{FFFD}"
            default: nil
            }
        }
    }

    /// A URL inside `href="…"`: cmark-gfm's `houdini_escape_href`. Bytes outside its safe
    /// set are percent-encoded, so no quote, space or control character survives.
    mutating func appendEscapedHref(_ url: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in url.indices {
            let byte = url[index]
            if Self.hrefSafe[Int(byte)] { continue }
            appendRun(url, runStart..<index)
            switch byte {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "'"): append("&#x27;")
            default:
                bytes.append(UInt8(ascii: "%"))
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0xF)])
            }
            runStart = index + 1
        }
        appendRun(url, runStart..<url.count)
    }

    private mutating func appendRun(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// houdini's HREF_SAFE table: ASCII letters, digits and `-_.+!*(),%#@?=;:/~$` stay.
    private static let hrefSafe: [Bool] = {
        var safe = [Bool](repeating: false, count: 256)
        for byte in "-_.+!*(),%#@?=;:/~$".utf8 { safe[Int(byte)] = true }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { safe[Int(byte)] = true }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { safe[Int(byte)] = true }
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { safe[Int(byte)] = true }
        return safe
    }()
}
