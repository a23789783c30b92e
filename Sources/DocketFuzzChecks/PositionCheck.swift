import DocketContent

/// Checks that the positions a reader and its source maps report point into the file.
enum PositionCheck {
    /// Every node's position names a character of `source`, and each scalar's source map
    /// sends every value character to a plausible origin, never backwards.
    static func treeProblems(_ root: ContentNode, in source: SourceText) -> [String] {
        var problems: [String] = []
        var pending = [root]
        while let node = pending.popLast() {
            if source.utf8Offset(of: node.position) == nil {
                problems.append("\(node.kindDescription) at \(node.position), outside the file")
            }
            switch node {
            case .scalar(let scalar):
                problems += mapProblems(scalar, in: source)
            case .sequence(let items, _):
                pending += items
            case .mapping(let entries, _):
                for entry in entries {
                    pending.append(.scalar(entry.key))
                    pending.append(entry.value)
                }
            }
        }
        return problems
    }

    /// A value character comes from itself, from an escape (its backslash, or the first
    /// quote of `''`), or from a line break that was kept or folded. A map that could not
    /// rebuild the value sends everything to the scalar's start, which this catches for
    /// all but the shortest values.
    private static func mapProblems(_ scalar: Scalar, in source: SourceText) -> [String] {
        let map = ScalarSourceMap(scalar: scalar, in: source)
        let bytes = Array(source.text.utf8)
        var previous = scalar.position
        var offset = 0
        for character in scalar.text.unicodeScalars {
            defer { offset += String(character).utf8.count }
            let position = map.position(ofUTF8Offset: offset)
            guard position >= previous else {
                return ["value offset \(offset) of the scalar at \(scalar.position) maps back to \(position), before \(previous)"]
            }
            previous = position
            guard let found = source.utf8Offset(of: position).flatMap({ firstScalar(of: bytes, at: $0) }) else {
                return ["value offset \(offset) of the scalar at \(scalar.position) maps to \(position), outside the file"]
            }
            let plausible = found == character || found == "\\" || found == "'"
                || (lineBreaks.contains(found) && foldedInto.contains(character))
            guard plausible else {
                return ["value character \(character.escaped(asASCII: true)) of the scalar at \(scalar.position) maps to \(position), which holds \(found.escaped(asASCII: true))"]
            }
        }
        return []
    }

    private static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
    private static let foldedInto: Set<Unicode.Scalar> = [" ", "\n", "\u{2028}", "\u{2029}"]

    private static func firstScalar(of bytes: [UInt8], at offset: Int) -> Unicode.Scalar? {
        guard offset < bytes.count else { return nil }
        return String(decoding: bytes[offset..<min(offset + 4, bytes.count)], as: UTF8.self).unicodeScalars.first
    }
}
