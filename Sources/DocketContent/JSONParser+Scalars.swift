extension JSONParser {
    /// A string from its opening quote to its closing one, escapes decoded.
    mutating func parseString() throws(ParseError) -> String {
        let opening = index
        index += 1
        let start = index
        // Most strings hold no escape: take their bytes as they are.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                defer { index += 1 }
                return String(decoding: bytes[start..<index], as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw controlCharacterError() }
            index += 1
        }
        var decoded = Array(bytes[start..<index])
        var run = index
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 else {
                index += 1
                continue
            }
            decoded.append(contentsOf: bytes[run..<index])
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: decoded, as: UTF8.self)
            case UInt8(ascii: "\\") where index + 1 < bytes.count:
                try appendEscape(to: &decoded)
            case UInt8(ascii: "\\"):
                index = bytes.count
            default:
                throw controlCharacterError()
            }
            run = index
        }
        index = opening
        throw error("string is not terminated")
    }

    private mutating func controlCharacterError() -> ParseError {
        let name = bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r")
            ? "a line break" : "control character " + Unicode.Scalar(bytes[index]).codePointDescription
        return error("\(name) in a string must be written as an escape (\\n, \\t, \\u0007)")
    }

    /// Decodes the escape at `index` (its backslash) and steps past it.
    private mutating func appendEscape(to decoded: inout [UInt8]) throws(ParseError) {
        let backslash = index
        let simple: UInt8?
        switch bytes[index + 1] {
        case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default:
            throw error("invalid escape '\\\(describeEscaped(at: index + 1))' (JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
        }
        if let simple {
            decoded.append(simple)
            index += 2
            return
        }
        guard var value = hexEscape(at: index) else {
            throw error("expected four hexadecimal digits after \\u")
        }
        index += 6
        if UTF16.isTrailSurrogate(UInt16(value)) {
            index = backslash
            throw error("lone surrogate \\u\(hex(value)): a low surrogate must follow a high one")
        }
        if UTF16.isLeadSurrogate(UInt16(value)) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                  let low = hexEscape(at: index), UTF16.isTrailSurrogate(UInt16(low))
            else {
                index = backslash
                throw error("lone surrogate \\u\(hex(value)): a high surrogate must be followed by a low one (\\uDC00-\\uDFFF)")
            }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            index += 6
        }
        decoded.append(contentsOf: String(Character(Unicode.Scalar(value)!)).utf8)
    }

    /// The value of the `\uXXXX` escape at `offset`, if its four digits are there.
    private func hexEscape(at offset: Int) -> UInt32? {
        var value: UInt32 = 0
        for digit in offset + 2..<offset + 6 {
            guard digit < bytes.count, let nibble = hexValue(bytes[digit]) else { return nil }
            value = value << 4 | nibble
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private func describeEscaped(at offset: Int) -> String {
        let length = UTF8Bytes.sequenceLength(lead: bytes[offset])
        return String(decoding: bytes[offset..<min(offset + length, bytes.count)], as: UTF8.self)
    }

    /// A number as written: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    mutating func parseNumber() throws(ParseError) -> Scalar {
        let start = index
        let position = here()
        if peek(is: "-") { index += 1 }
        if peek(is: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) {
                index -= 1
                throw error("numbers cannot have leading zeros")
            }
        } else {
            try skipDigits(after: "'-'")
        }
        if peek(is: ".") {
            index += 1
            try skipDigits(after: "the decimal point")
        }
        if peek(is: "e") || peek(is: "E") {
            index += 1
            if peek(is: "+") || peek(is: "-") { index += 1 }
            try skipDigits(after: "the exponent")
        }
        return Scalar(text: String(decoding: bytes[start..<index], as: UTF8.self), style: .jsonNumber, position: position)
    }

    private mutating func skipDigits(after what: String) throws(ParseError) {
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw unexpected(expecting: "a digit after \(what)")
        }
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
