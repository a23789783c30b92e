import DocketDomain

/// Finds e-mail addresses in running text: an `@` between a plausible local part and a
/// domain of two or more labels ending in a letters-only top-level domain. Handles
/// (`@alice`) and `user@localhost` are not addresses anyone can write to; addresses
/// with non-ASCII characters are not looked for.
enum EmailScanner {
    static func ranges(in bytes: [UInt8], excluding excluded: [Range<Int>]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == ASCII.at, !excluded.contains(where: { $0.contains(index) }),
                  let range = address(around: index, in: bytes)
            else {
                index += 1
                continue
            }
            found.append(range)
            index = range.upperBound
        }
        return found
    }

    private static func address(around at: Int, in bytes: [UInt8]) -> Range<Int>? {
        var start = at
        while start > 0, isLocalByte(bytes[start - 1]) { start -= 1 }
        while start < at, bytes[start] == ASCII.dot { start += 1 }
        guard start < at else { return nil }
        var end = at + 1
        while end < bytes.count, URLScanner.isHostByte(bytes[end]) { end += 1 }
        while end > at + 1, bytes[end - 1] == ASCII.dot || bytes[end - 1] == ASCII.minus { end -= 1 }
        let labels = bytes[(at + 1)..<end].split(separator: ASCII.dot, omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isASCIILetter),
              labels.allSatisfy({ !$0.isEmpty && $0.first != ASCII.minus && $0.last != ASCII.minus && $0.count <= 63 })
        else { return nil }
        return start..<end
    }

    /// The local-part characters people actually use; rarer WHATWG ones (`!#$&'*/=?^{|}~`)
    /// would swallow punctuation around the address in prose.
    @inline(__always) private static func isLocalByte(_ byte: UInt8) -> Bool {
        byte.isASCIIAlphanumeric || byte == ASCII.dot || byte == ASCII.underscore || byte == ASCII.minus
            || byte == ASCII.plus || byte == UInt8(ascii: "%")
    }
}
