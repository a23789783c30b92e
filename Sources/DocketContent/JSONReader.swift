/// Reads a JSON content file (RFC 8259, nothing more) into a `ContentNode` tree.
///
/// Numbers keep the digits as written (`.jsonNumber`): money is parsed from them exactly,
/// never through a binary floating-point value. A string's position is its opening quote.
public enum JSONReader {
    public static func read(_ text: String) throws(ParseError) -> ContentNode {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(ParseError) in
                var parser = JSONParser(bytes)
                return try parser.parseDocument()
            }
        }
        return try result.get()
    }
}

/// A recursive-descent parser over UTF-8 bytes. Recursion is bounded by
/// `ContentLimits.maxDepth`, checked before each nested value.
struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var depth = 0
    var lines: LineTracker

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        index = UTF8Bytes.hasByteOrderMark(bytes) ? 3 : 0
        lines = LineTracker(start: index)
    }

    mutating func parseDocument() throws(ParseError) -> ContentNode {
        skipWhitespace()
        guard index < bytes.count else {
            throw ParseError(rule: Rule.jsonSyntax.id, message: "the file is empty", position: .fileStart)
        }
        let root = try parseValue()
        skipWhitespace()
        guard index == bytes.count else {
            throw error("unexpected \(describe(at: index)) after the end of the JSON value")
        }
        return root
    }

    // MARK: Values

    mutating func parseValue() throws(ParseError) -> ContentNode {
        guard index < bytes.count else { throw error("unexpected end of file, expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""):
            let position = here()
            return .scalar(Scalar(text: try parseString(), style: .jsonString, position: position))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .scalar(try parseNumber())
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return .scalar(try parseLiteral())
        case UInt8(ascii: "'"):
            throw error("unexpected \"'\": JSON strings are written in double quotes")
        case UInt8(ascii: "/"):
            throw error("unexpected '/': JSON has no comments")
        default:
            throw error("unexpected \(describe(at: index)), expected a value")
        }
    }

    mutating func parseObject() throws(ParseError) -> ContentNode {
        let position = try enterCollection()
        var entries: [MappingEntry] = []
        var keys = KeyRegistry()
        index += 1
        skipWhitespace()
        if peek(is: "}") {
            index += 1
            depth -= 1
            return .mapping(entries, at: position)
        }
        while true {
            guard peek(is: "\"") else {
                if index == bytes.count { throw error("unexpected end of file, expected a key in double quotes") }
                throw error("unexpected \(describe(at: index)), expected a key in double quotes")
            }
            let keyPosition = here()
            let key = try parseString()
            if let first = keys.insert(key, at: keyPosition) {
                throw .duplicateKey(key, rule: Rule.jsonDuplicateKey.id, at: keyPosition, first: first)
            }
            skipWhitespace()
            guard peek(is: ":") else { throw unexpected(expecting: "':' after the key") }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            entries.append(MappingEntry(key: Scalar(text: key, style: .jsonString, position: keyPosition), value: value))
            skipWhitespace()
            if peek(is: "}") { break }
            guard peek(is: ",") else { throw unexpected(expecting: "',' or '}'") }
            try skipComma(before: "}")
        }
        index += 1
        depth -= 1
        return .mapping(entries, at: position)
    }

    mutating func parseArray() throws(ParseError) -> ContentNode {
        let position = try enterCollection()
        var items: [ContentNode] = []
        index += 1
        skipWhitespace()
        if peek(is: "]") {
            index += 1
            depth -= 1
            return .sequence(items, at: position)
        }
        while true {
            items.append(try parseValue())
            skipWhitespace()
            if peek(is: "]") { break }
            guard peek(is: ",") else { throw unexpected(expecting: "',' or ']'") }
            try skipComma(before: "]")
        }
        index += 1
        depth -= 1
        return .sequence(items, at: position)
    }

    private mutating func enterCollection() throws(ParseError) -> SourcePosition {
        depth += 1
        guard depth <= ContentLimits.maxDepth else {
            throw ParseError(
                rule: Rule.jsonDepth.id,
                message: "lists and objects nest deeper than \(ContentLimits.maxDepth) levels",
                position: here()
            )
        }
        return here()
    }

    /// Steps over a ',' and the white space after it, refusing a trailing comma.
    private mutating func skipComma(before closer: Unicode.Scalar) throws(ParseError) {
        let comma = index
        index += 1
        skipWhitespace()
        if peek(is: closer) {
            index = comma
            throw error("trailing comma before '\(closer)'")
        }
    }

    mutating func parseLiteral() throws(ParseError) -> Scalar {
        let start = index
        while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
        let word = String(decoding: bytes[start..<index], as: UTF8.self)
        let style: Scalar.Style
        switch word {
        case "true", "false": style = .jsonBool
        case "null": style = .jsonNull
        default:
            index = start
            let hint = ["true", "false", "null"].contains(word.lowercased()) ? " (true, false and null are lowercase)" : ""
            throw error("unexpected '\(word)', expected a value\(hint)")
        }
        return Scalar(text: word, style: style, position: here(start))
    }

    // MARK: Errors and positions

    mutating func error(_ message: String) -> ParseError {
        ParseError(rule: Rule.jsonSyntax.id, message: message, position: here())
    }

    mutating func unexpected(expecting expected: String) -> ParseError {
        if index == bytes.count { return error("unexpected end of file, expected \(expected)") }
        return error("unexpected \(describe(at: index)), expected \(expected)")
    }

    /// The character at `offset` as a message shows it: `'x'`, a word, or `U+0007`.
    func describe(at offset: Int) -> String {
        if isWordByte(bytes[offset]) {
            var end = offset
            while end < bytes.count, end - offset < 20, isWordByte(bytes[end]) { end += 1 }
            return "'" + String(decoding: bytes[offset..<end], as: UTF8.self) + "'"
        }
        let length = UTF8Bytes.sequenceLength(lead: bytes[offset])
        let character = String(decoding: bytes[offset..<min(offset + length, bytes.count)], as: UTF8.self)
        let scalar = character.unicodeScalars.first!
        if scalar.properties.generalCategory == .control || scalar.properties.isWhitespace
            || scalar.properties.generalCategory == .format
        {
            return "character " + scalar.codePointDescription
        }
        return "'\(character)'"
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    mutating func here(_ offset: Int? = nil) -> SourcePosition {
        lines.position(of: offset ?? index, in: bytes)
    }

    func peek(is character: Unicode.Scalar) -> Bool {
        index < bytes.count && bytes[index] == UInt8(character.value)
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                index += 1
            case UInt8(ascii: "\n"):
                index += 1
                lines.startLine(at: index)
            case UInt8(ascii: "\r"):
                index += 1
                if peek(is: "\n") { index += 1 }
                lines.startLine(at: index)
            default:
                return
            }
        }
    }
}
