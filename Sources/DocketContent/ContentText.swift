/// Turns a content file's bytes into text for the readers.
public enum ContentText {
    /// The file's text: strict UTF-8, without its byte order mark if it has one.
    ///
    /// Overlong forms, encoded surrogates and code points past U+10FFFF are invalid, as
    /// the Unicode standard says; the error names the first bad byte and where it is.
    public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws(ParseError) -> String {
        let result = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(ParseError) in try decode(buffer) }
        } ?? Result { () throws(ParseError) in try Array(bytes).withUnsafeBufferPointer(decode) }
        return try result.get()
    }

    private static func decode(_ buffer: UnsafeBufferPointer<UInt8>) throws(ParseError) -> String {
        let body = UTF8Bytes.hasByteOrderMark(buffer) ? UnsafeBufferPointer(rebasing: buffer[3...]) : buffer
        if let text = String(validating: body, as: UTF8.self) { return text }
        let bad = firstInvalidSequence(in: buffer)
        let position = SourceText(String(decoding: buffer[..<bad.lowerBound], as: UTF8.self))
            .position(ofUTF8Offset: bad.lowerBound)
        let shown = buffer[bad].map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
        throw ParseError(
            rule: Rule.fileEncoding.id,
            message: "the file is not valid UTF-8: bad byte sequence \(shown) at byte offset \(bad.lowerBound)",
            position: position
        )
    }

    /// The bytes of the first ill-formed UTF-8 sequence (Unicode table 3-7): its lead and
    /// the continuation bytes up to the one that breaks it. Empty at the end when none is.
    static func firstInvalidSequence(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The range the second byte must fall in depends on the lead: this is what
            // rules out overlong forms (E0, F0), surrogates (ED) and values past U+10FFFF (F4).
            let length: Int
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; second = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; second = 0x80...0x9F
            case 0xF0: length = 4; second = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; second = 0x80...0x8F
            default: return index..<index + 1
            }
            for next in 1..<length {
                let at = index + next
                guard at < bytes.count else { return index..<at }
                let valid = next == 1 ? second : 0x80...0xBF
                guard valid.contains(bytes[at]) else { return index..<at + 1 }
            }
            index += length
        }
        return index..<index
    }
}
