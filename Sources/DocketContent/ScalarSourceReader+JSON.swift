extension ScalarSourceReader {
    /// A JSON string: escapes (a surrogate pair is one) map to their backslash.
    mutating func readJSONString() throws(Mismatch) {
        index += 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            guard bytes[index] == UInt8(ascii: "\\") else {
                index += try builder.copyCharacter(at: index)
                continue
            }
            guard index + 1 < bytes.count else { throw Mismatch() }
            let escape = bytes[index + 1]
            let simple: UInt8
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = escape
            case UInt8(ascii: "b"): simple = 0x08
            case UInt8(ascii: "f"): simple = 0x0C
            case UInt8(ascii: "n"): simple = 0x0A
            case UInt8(ascii: "r"): simple = 0x0D
            case UInt8(ascii: "t"): simple = 0x09
            case UInt8(ascii: "u"):
                try readUnicodeEscape()
                continue
            default: throw Mismatch()
            }
            try builder.emit([simple], at: index, origin: .escape)
            index += 2
        }
    }

    private mutating func readUnicodeEscape() throws(Mismatch) {
        guard var value = hexValue(at: index + 2, digits: 4) else { throw Mismatch() }
        var length = 6
        if UTF16.isLeadSurrogate(UInt16(value)) {
            guard index + 12 <= bytes.count, bytes[index + 6] == UInt8(ascii: "\\"), bytes[index + 7] == UInt8(ascii: "u"),
                  let low = hexValue(at: index + 8, digits: 4), UTF16.isTrailSurrogate(UInt16(low))
            else { throw Mismatch() }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            length = 12
        }
        guard let scalar = Unicode.Scalar(value) else { throw Mismatch() }
        try builder.emit(Array(String(scalar).utf8), at: index, origin: .escape)
        index += length
    }
}
