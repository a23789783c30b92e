import DocketDomain

/// Finds URLs in running text: `http://` and `https://` (any case), `www.`, and bare
/// domain names such as `example.com/path` whose top-level domain is on a short list.
///
/// Bare domains are the risky part: the list leaves out TLDs that are also file
/// extensions or English words (`.sh`, `.py`, `.md`, `.zip`, `.it`, `.in`, `.me`…), and the
/// TLD must be written in lower case, so `ASP.NET`, `Node.js`, `e.g.`, `index.html` and
/// `version 2.0` are not URLs.
enum URLScanner {
    struct Match: Equatable {
        var range: Range<Int>
        /// The host, without user info, port or trailing dot, as written (any case).
        var host: Range<Int>
    }

    static let bareDomainTLDs: [[UInt8]] = [
        "com", "net", "org", "edu", "gov", "io", "co", "fr", "uk", "de", "eu", "ca", "au", "nl",
        "ch", "jp", "info", "biz", "dev", "app", "ai", "tv", "cloud", "xyz",
    ].map { Array($0.utf8) }

    /// URLs that announce themselves: a scheme or `www.`.
    static func explicitURLs(in bytes: [UInt8]) -> [Match] {
        var found: [Match] = []
        var index = 0
        while index < bytes.count {
            let lowered = bytes[index].asciiLowercased
            guard lowered == UInt8(ascii: "h") || lowered == UInt8(ascii: "w"), startsStandalone(bytes, at: index) else {
                index += 1
                continue
            }
            var hostStart: Int?
            if bytes.hasPrefix("https://", at: index) {
                hostStart = index + 8
            } else if bytes.hasPrefix("http://", at: index) {
                hostStart = index + 7
            } else if bytes.hasPrefix("www.", at: index), bytes.byte(at: index + 4)?.isASCIIAlphanumeric == true {
                hostStart = index
            }
            guard let hostStart, let hostByte = bytes.byte(at: hostStart), isURLByte(bytes, at: hostStart),
                  hostByte != ASCII.slash
            else {
                index += 1
                continue
            }
            let end = urlEnd(bytes, from: hostStart)
            found.append(Match(range: index..<end, host: host(bytes, authorityFrom: hostStart, end: end)))
            index = end
        }
        return found
    }

    /// Bare domain names (`example.com`, `shop.example.co.uk/page`), outside `excluded`.
    static func bareDomains(in bytes: [UInt8], excluding excluded: [Range<Int>]) -> [Match] {
        var found: [Match] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index].isASCIIAlphanumeric else {
                index += 1
                continue
            }
            var tokenEnd = index
            while tokenEnd < bytes.count, isHostByte(bytes[tokenEnd]) { tokenEnd += 1 }
            defer { index = tokenEnd }
            var hostEnd = tokenEnd
            while hostEnd > index, bytes[hostEnd - 1] == ASCII.dot || bytes[hostEnd - 1] == ASCII.minus { hostEnd -= 1 }
            // Most tokens are plain words: look for a dot before anything costlier.
            guard bytes[index..<hostEnd].contains(ASCII.dot), startsStandalone(bytes, at: index),
                  !excluded.contains(where: { $0.contains(index) }),
                  isDomainName(bytes[index..<hostEnd], requiringTLDFrom: bareDomainTLDs)
            else { continue }
            if let next = bytes.byte(at: hostEnd), next == ASCII.at || next == ASCII.underscore { continue }
            if let next = bytes.scalar(startingAt: hostEnd), !next.isASCII, next.properties.isAlphabetic { continue }
            var end = hostEnd
            let next = bytes.byte(at: hostEnd)
            if next == ASCII.slash || (next == ASCII.colon && bytes.byte(at: hostEnd + 1)?.isASCIIDigit == true) {
                end = urlEnd(bytes, from: hostEnd)
            }
            found.append(Match(range: index..<end, host: index..<hostEnd))
            tokenEnd = max(tokenEnd, end)
        }
        return found
    }

    /// `label(.label)+` with labels of 1–63 letters, digits and inner hyphens, the last one
    /// in `tlds` exactly as written (lower case).
    static func isDomainName(_ host: ArraySlice<UInt8>, requiringTLDFrom tlds: [[UInt8]]) -> Bool {
        guard let lastDot = host.lastIndex(of: ASCII.dot) else { return false }
        let tld = host[(lastDot + 1)...]
        guard tlds.contains(where: { $0.elementsEqual(tld) }) else { return false }
        let labels = host.split(separator: ASCII.dot, omittingEmptySubsequences: false)
        return labels.allSatisfy { label in
            guard let first = label.first, let last = label.last, label.count <= 63 else { return false }
            return first != ASCII.minus && last != ASCII.minus
        }
    }

    @inline(__always) static func isHostByte(_ byte: UInt8) -> Bool {
        byte.isASCIIAlphanumeric || byte == ASCII.minus || byte == ASCII.dot
    }

    /// A URL must not continue a word, a path or an e-mail address on its left.
    static func startsStandalone(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        guard previous.isASCII else { return !(bytes.scalar(endingBefore: index)?.properties.isAlphabetic ?? false) }
        if previous.isASCIIAlphanumeric { return false }
        switch previous {
        case ASCII.dot, ASCII.minus, ASCII.underscore, ASCII.at, ASCII.slash, UInt8(ascii: "\\"), ASCII.colon:
            return false
        default:
            return true
        }
    }

    /// Bytes that end a URL in prose: white space, no-break space, `<`, `>`, `"`, and
    /// the back-quote.
    @inline(__always) static func isURLByte(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if byte <= ASCII.space || byte == 0x7F { return false }
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "`"): return false
        case 0xC2: return bytes.byte(at: index + 1) != 0xA0
        default: return true
        }
    }

    /// Where the URL that continues at `index` ends, leaving out punctuation that closes
    /// the sentence rather than the URL (`see https://x.io/a).` ends at `a`).
    static func urlEnd(_ bytes: [UInt8], from index: Int) -> Int {
        var end = index
        while end < bytes.count, isURLByte(bytes, at: end) { end += 1 }
        while end > index {
            let last = bytes[end - 1]
            switch last {
            case ASCII.dot, ASCII.comma, UInt8(ascii: ";"), ASCII.colon, UInt8(ascii: "!"), UInt8(ascii: "?"),
                 UInt8(ascii: "'"), UInt8(ascii: "*"):
                end -= 1
            case ASCII.closeParen where !isBalanced(bytes[index..<end], open: ASCII.openParen, close: ASCII.closeParen),
                 UInt8(ascii: "]") where !isBalanced(bytes[index..<end], open: UInt8(ascii: "["), close: UInt8(ascii: "]")):
                end -= 1
            default:
                return end
            }
        }
        return end
    }

    private static func isBalanced(_ text: ArraySlice<UInt8>, open: UInt8, close: UInt8) -> Bool {
        text.reduce(0) { $0 + ($1 == open ? 1 : $1 == close ? -1 : 0) } >= 0
    }

    /// The host inside the authority that starts at `start`: after the last `@` (user
    /// info), before `:port`, without a trailing dot. `\` ends it too, as browsers read
    /// `https://evil.io\@amazon.com` as host `evil.io`.
    static func host(_ bytes: [UInt8], authorityFrom start: Int, end: Int) -> Range<Int> {
        var authorityEnd = start
        while authorityEnd < end {
            let byte = bytes[authorityEnd]
            if byte == ASCII.slash || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\\") {
                break
            }
            authorityEnd += 1
        }
        var hostStart = start
        for index in start..<authorityEnd where bytes[index] == ASCII.at { hostStart = index + 1 }
        var hostEnd = hostStart
        if bytes.byte(at: hostStart) == UInt8(ascii: "[") {
            while hostEnd < authorityEnd, bytes[hostEnd] != UInt8(ascii: "]") { hostEnd += 1 }
            return hostStart..<min(hostEnd + 1, authorityEnd)
        }
        while hostEnd < authorityEnd, bytes[hostEnd] != ASCII.colon { hostEnd += 1 }
        while hostEnd > hostStart, bytes[hostEnd - 1] == ASCII.dot { hostEnd -= 1 }
        return hostStart..<hostEnd
    }
}
