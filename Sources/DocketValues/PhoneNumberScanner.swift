import DocketDomain

/// Finds phone numbers in running text: 7–15 digits (E.164's maximum) in groups joined by
/// phone separators, such as `+33 1 23 45 67 89`, `(555) 123-4567`, `555-123-4567`,
/// `07700 900123`, `01.23.45.67.89` or `5551234567`.
///
/// The shapes numbers take in prose are ruled out first, because a false alarm on a
/// review is an error that blocks the build: dates (`2026-11-21`, `21/11/2026`, also when a
/// time follows), money (a currency sign on either side, `1 200 000` digit groups),
/// ranges and decimals (two groups joined by `-`, `.` or `/`), versions (a one-digit
/// dotted group), IPv4 addresses, AWS account ids (`1234-5678-9012`) and digits glued to
/// letters or identifiers (`ami-12345678`, `arn:aws:iam::123456789012`, `#1234567`).
/// A leading `+` or a parenthesised group is taken as a strong sign of a phone number.
enum PhoneNumberScanner {
    static func ranges(in bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte.isASCIIDigit || byte == ASCII.plus || byte == ASCII.openParen,
                  startsStandalone(bytes, at: index),
                  let candidate = Candidate.read(bytes, from: index)
            else {
                index += 1
                continue
            }
            if candidate.isPhoneNumber(in: bytes), endsStandalone(bytes, at: candidate.range.upperBound) {
                found.append(candidate.range)
            }
            // Never retry inside a run that was looked at: a suffix of a rejected date or
            // card number is not a phone number either.
            index = candidate.range.upperBound
        }
        return found
    }

    /// The byte before `index` must not glue the number to a word, an identifier or an
    /// amount.
    static func startsStandalone(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        guard previous.isASCII else {
            return !(bytes.scalar(endingBefore: index)?.isWordOrCurrency ?? false)
        }
        if previous.isASCIIAlphanumeric { return false }
        switch previous {
        case ASCII.underscore, ASCII.at, UInt8(ascii: "$"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "="), UInt8(ascii: "%"), ASCII.slash, UInt8(ascii: "\\"), ASCII.plus:
            return false
        case ASCII.dot, ASCII.minus, ASCII.comma, UInt8(ascii: "'"):
            return !(bytes.byte(at: index - 2)?.isASCIIAlphanumeric ?? false)
        case ASCII.colon:
            // `Tel:0612345678` stands alone; `iam::1234…` and `10:30` do not.
            guard let beforeColon = bytes.byte(at: index - 2) else { return true }
            return beforeColon.isASCIILetter || beforeColon.isASCIIWhitespace
        default:
            return true
        }
    }

    /// The byte at `index` (just after a candidate) must not continue it into a word,
    /// a longer number or an amount.
    static func endsStandalone(_ bytes: [UInt8], at index: Int) -> Bool {
        guard let next = bytes.byte(at: index) else { return true }
        guard next.isASCII else {
            return !(bytes.scalar(startingAt: index)?.isWordOrCurrency ?? false)
        }
        if next.isASCIIAlphanumeric { return false }
        switch next {
        case ASCII.underscore, ASCII.at, UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"):
            return false
        case ASCII.dot, ASCII.minus, ASCII.comma, ASCII.colon, ASCII.slash:
            return !(bytes.byte(at: index + 1)?.isASCIIAlphanumeric ?? false)
        default:
            return true
        }
    }
}

/// A maximal run of digit groups joined by phone separators, and the shape tests on it.
private struct Candidate {
    struct Group {
        var start: Int
        var length: Int
        /// The separator before this group; 0 for the first group or after `)`.
        var separator: UInt8
    }

    var range: Range<Int>
    var groups: [Group]
    var hasPlus: Bool
    var hasParentheses: Bool

    static func read(_ bytes: [UInt8], from start: Int) -> Candidate? {
        var index = start
        let hasPlus = bytes[index] == ASCII.plus
        if hasPlus { index += 1 }
        var groups: [Group] = []
        var hasParentheses = false
        var pendingSeparator: UInt8 = 0
        var end = index
        while true {
            if bytes.byte(at: index) == ASCII.openParen {
                var close = index + 1
                while close < bytes.count, bytes[close].isASCIIDigit, close - index <= 5 { close += 1 }
                guard close > index + 1, bytes.byte(at: close) == ASCII.closeParen else { break }
                groups.append(Group(start: index + 1, length: close - index - 1, separator: pendingSeparator))
                hasParentheses = true
                index = close + 1
                end = index
                // `(555)123-4567` and `(0)1 23…`: a group may follow `)` directly.
                if let next = bytes.byte(at: index), next.isASCIIDigit || next == ASCII.openParen {
                    pendingSeparator = 0
                    continue
                }
            } else if let digit = bytes.byte(at: index), digit.isASCIIDigit {
                let groupStart = index
                while index < bytes.count, bytes[index].isASCIIDigit { index += 1 }
                groups.append(Group(start: groupStart, length: index - groupStart, separator: pendingSeparator))
                end = index
            } else {
                break
            }
            guard let next = nextSeparator(in: bytes, at: index) else { break }
            pendingSeparator = next.kind
            index = next.groupStart
        }
        guard !groups.isEmpty else { return nil }
        return Candidate(range: start..<end, groups: groups, hasPlus: hasPlus, hasParentheses: hasParentheses)
    }

    /// A separator at `index` that is followed by another group: its kind and where the
    /// group starts. Spaces, no-break spaces, `-`, `.`, `/` and ` - `.
    private static func nextSeparator(in bytes: [UInt8], at index: Int) -> (kind: UInt8, groupStart: Int)? {
        guard let byte = bytes.byte(at: index) else { return nil }
        var kind = byte
        var next = index + 1
        switch byte {
        case ASCII.space:
            if bytes.byte(at: index + 1) == ASCII.minus, bytes.byte(at: index + 2) == ASCII.space {
                kind = ASCII.minus
                next = index + 3
            }
        case ASCII.minus, ASCII.dot, ASCII.slash:
            break
        case 0xC2 where bytes.byte(at: index + 1) == 0xA0:
            kind = ASCII.space
            next = index + 2
        default:
            return nil
        }
        guard let following = bytes.byte(at: next) else { return nil }
        if following.isASCIIDigit { return (kind, next) }
        if following == ASCII.openParen, bytes.byte(at: next + 1)?.isASCIIDigit == true { return (kind, next) }
        return nil
    }

    var digitCount: Int { groups.reduce(0) { $0 + $1.length } }

    /// The separators between groups, ignoring the implicit one after `)`.
    private var separators: [UInt8] { groups.dropFirst().map(\.separator).filter { $0 != 0 } }

    func isPhoneNumber(in bytes: [UInt8]) -> Bool {
        guard (7...15).contains(digitCount), !containsDate, !isIPv4(bytes) else { return false }
        if hasPlus { return true }
        if groups.count == 1 {
            // A bare run: a national number with its trunk or country prefix.
            let first = bytes[groups[0].start]
            return digitCount == 10 || (digitCount == 11 && (first == UInt8(ascii: "0") || first == UInt8(ascii: "1")))
        }
        if hasParentheses { return true }
        let lengths = groups.map(\.length)
        let separators = self.separators
        guard lengths.allSatisfy({ $0 <= 6 }), lengths.filter({ $0 == 1 }).count <= 1 else { return false }
        if groups.count == 2 {
            // `100-1000`, `3.14159265` and `1/1000000` are not numbers to call; two groups
            // only make a phone number when spaced, like `07700 900123`.
            return separators == [ASCII.space] && digitCount >= 9
        }
        let uniform = Set(separators).count == 1 ? separators[0] : nil
        if uniform == ASCII.dot, lengths.contains(where: { $0 < 2 }) { return false } // versions
        if uniform == ASCII.space || uniform == ASCII.dot,
           lengths[0] <= 3, lengths.dropFirst().allSatisfy({ $0 == 3 }) {
            return false // `1 200 000`: a grouped amount
        }
        if uniform == ASCII.minus, lengths == [4, 4, 4] { return false } // an AWS account id
        return true
    }

    /// Three neighbouring groups shaped like a date, with the same `-`, `/` or `.` between
    /// them: `2026-11-21`, `21/11/2026`, `1.2.2026`.
    private var containsDate: Bool {
        guard groups.count >= 3 else { return false }
        for first in 0...(groups.count - 3) {
            let a = groups[first], b = groups[first + 1], c = groups[first + 2]
            guard b.separator == c.separator,
                  [ASCII.minus, ASCII.slash, ASCII.dot].contains(b.separator)
            else { continue }
            let yearFirst = a.length == 4 && (1...2).contains(b.length) && (1...2).contains(c.length)
            let yearLast = (1...2).contains(a.length) && (1...2).contains(b.length) && c.length == 4
            if yearFirst || yearLast { return true }
        }
        return false
    }

    private func isIPv4(_ bytes: [UInt8]) -> Bool {
        guard groups.count == 4, separators == [ASCII.dot, ASCII.dot, ASCII.dot] else { return false }
        return groups.allSatisfy { group in
            guard group.length <= 3 else { return false }
            let value = bytes[group.start..<(group.start + group.length)].reduce(0) { $0 * 10 + $1.digitValue }
            return value <= 255
        }
    }
}
