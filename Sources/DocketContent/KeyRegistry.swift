/// The keys of one mapping seen so far, to report a duplicate at its second occurrence.
///
/// Keys compare as Swift strings (canonical equivalence): two keys that render the same
/// are the same key to a reader of the file.
struct KeyRegistry {
    // Most mappings hold a handful of keys, where a linear scan beats hashing.
    private var few: [(key: String, position: SourcePosition)] = []
    private var many: [String: SourcePosition]?

    /// Records `key`; returns where it was first seen when it is a duplicate.
    mutating func insert(_ key: String, at position: SourcePosition) -> SourcePosition? {
        if many != nil {
            if let first = many?[key] { return first }
            many?[key] = position
            return nil
        }
        for entry in few where entry.key == key { return entry.position }
        few.append((key, position))
        if few.count > 16 {
            many = Dictionary(few, uniquingKeysWith: { first, _ in first })
            few = []
        }
        return nil
    }
}

extension ParseError {
    static func duplicateKey(_ key: String, rule: String, at position: SourcePosition, first: SourcePosition) -> ParseError {
        ParseError(
            rule: rule,
            message: "duplicate key\(ParseError.quotedName(key)) (first at line \(first.line), column \(first.column))",
            position: position
        )
    }
}

extension ParseError {
    /// ` 'name'` for a key that cannot be an address (no `@`, at most 64 bytes), else
    /// nothing: the file did not parse, so its private values are unknown to the
    /// redaction of messages, and a key spelled as an address may be one.
    static func quotedName(_ name: String) -> String {
        name.utf8.count <= 64 && !name.utf8.contains(UInt8(ascii: "@")) ? " '\(name)'" : ""
    }
}
