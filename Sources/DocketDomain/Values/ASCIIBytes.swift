// Byte-level helpers shared by the parsers and detectors. They work on UTF-8 code units so
// that scanning a 10,000-entity site costs one pass per field and no String allocations.

extension UInt8 {
    @inline(__always) package var isASCIIDigit: Bool { self &- 0x30 < 10 }
    @inline(__always) package var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }
    @inline(__always) package var isASCIIUppercase: Bool { self &- 0x41 < 26 }
    @inline(__always) package var isASCIILowercase: Bool { self &- 0x61 < 26 }
    @inline(__always) package var isASCIIAlphanumeric: Bool { isASCIIDigit || isASCIILetter }
    @inline(__always) package var isASCII: Bool { self < 0x80 }
    @inline(__always) package var isASCIIHexDigit: Bool { isASCIIDigit || (self | 0x20) &- 0x61 < 6 }
    /// Tab, line feed, vertical tab, form feed, carriage return and space: the ASCII
    /// members of Unicode's White_Space property (what `Character.isWhitespace` tests).
    @inline(__always) package var isASCIIWhitespace: Bool { self == 0x20 || self &- 0x09 < 5 }
    @inline(__always) package var asciiLowercased: UInt8 { isASCIIUppercase ? self | 0x20 : self }
    @inline(__always) package var digitValue: Int { Int(self &- 0x30) }
}

/// ASCII characters used as byte constants.
package enum ASCII {
    package static let tab = UInt8(ascii: "\t")
    package static let lineFeed = UInt8(ascii: "\n")
    package static let carriageReturn = UInt8(ascii: "\r")
    package static let space = UInt8(ascii: " ")
    package static let plus = UInt8(ascii: "+")
    package static let minus = UInt8(ascii: "-")
    package static let dot = UInt8(ascii: ".")
    package static let comma = UInt8(ascii: ",")
    package static let colon = UInt8(ascii: ":")
    package static let slash = UInt8(ascii: "/")
    package static let at = UInt8(ascii: "@")
    package static let percent = UInt8(ascii: "%")
    package static let underscore = UInt8(ascii: "_")
    package static let openParen = UInt8(ascii: "(")
    package static let closeParen = UInt8(ascii: ")")
}

extension Array where Element == UInt8 {
    /// The byte at `index`, or nil past either end, so that look-around needs no bounds
    /// checks at every call site.
    @inline(__always) package func byte(at index: Int) -> UInt8? {
        index >= 0 && index < count ? self[index] : nil
    }

    /// Whether the bytes from `index` spell `word`, ignoring ASCII case.
    package func hasPrefix(_ word: StaticString, at index: Int, caseInsensitive: Bool = true) -> Bool {
        let length = word.utf8CodeUnitCount
        guard index >= 0, index + length <= count else { return false }
        return word.withUTF8Buffer { expected in
            for offset in 0..<length {
                let actual = self[index + offset]
                let wanted = expected[offset]
                if caseInsensitive ? actual.asciiLowercased != wanted.asciiLowercased : actual != wanted {
                    return false
                }
            }
            return true
        }
    }

    /// The Unicode scalar whose encoding starts at `index`, decoded by hand: the detectors
    /// only need it at the edges of a candidate, where a non-ASCII letter or currency sign
    /// decides whether a match stands alone.
    package func scalar(startingAt index: Int) -> Unicode.Scalar? {
        guard let lead = byte(at: index) else { return nil }
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC0...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF7: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= count else { return nil }
        for offset in 1..<length {
            value = value << 6 | UInt32(self[index + offset] & 0x3F)
        }
        return Unicode.Scalar(value)
    }

    /// The Unicode scalar whose encoding ends just before `index`.
    package func scalar(endingBefore index: Int) -> Unicode.Scalar? {
        var start = index - 1
        while start > 0, start > index - 4, self[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0 else { return nil }
        return scalar(startingAt: start)
    }
}

extension Unicode.Scalar {
    /// Letters, digits and currency signs: what glues a number or a word to its neighbour.
    package var isWordOrCurrency: Bool {
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .currencySymbol: return true
        default: return false
        }
    }
}
