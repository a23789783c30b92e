@testable import DocketContent
import Foundation
import Testing

/// Reads `text` and checks the source map of every scalar in it, keys included: the map
/// is exact, moves forward through the file, and each character of a value maps to
/// itself, to the backslash (or quote) of the escape that produced it, or to the line
/// break that a fold replaced.
@discardableResult
func checkSourceMaps(_ text: String, json: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Scalar] {
    let root = json ? try readJSON(text) : try readYAML(text)
    let source = SourceText(text)
    let scalars = root.allScalars
    for scalar in scalars {
        checkSourceMap(of: scalar, in: source, sourceLocation: sourceLocation)
    }
    return scalars
}

func checkSourceMap(of scalar: Scalar, in source: SourceText, sourceLocation: SourceLocation = #_sourceLocation) {
    let map = ScalarSourceMap(scalar: scalar, in: source)
    guard map.isExact else {
        Issue.record("the map does not rebuild \(scalar) in:\n\(source.text)", sourceLocation: sourceLocation)
        return
    }
    var previous = scalar.position
    var offset = 0
    for expected in scalar.text.unicodeScalars {
        defer { offset += String(expected).utf8.count }
        let position = map.position(ofUTF8Offset: offset)
        let found = character(at: position, in: source)
        let context = Comment(rawValue: "\(expected.codePointDescription) at value offset \(offset) of \(scalar) → \(position)\n\(source.text)")
        #expect(position >= previous, context, sourceLocation: sourceLocation)
        previous = position
        switch map.origin(ofUTF8Offset: offset) {
        case .verbatim:
            #expect(found == expected, context, sourceLocation: sourceLocation)
        case .escape:
            let escape: Unicode.Scalar = scalar.style == .singleQuoted ? "'" : "\\"
            #expect(found == escape, context, sourceLocation: sourceLocation)
        case .lineBreak:
            #expect(found.map(isLineBreak) == true, context, sourceLocation: sourceLocation)
            #expect([" ", "\n", "\u{2028}", "\u{2029}"].contains(expected), context, sourceLocation: sourceLocation)
        case nil:
            Issue.record(context, sourceLocation: sourceLocation)
        }
    }
}

/// The character of the file at `position` (its line break when past the line's end).
func character(at position: SourcePosition, in source: SourceText) -> Unicode.Scalar? {
    guard let offset = source.utf8Offset(of: position), offset < source.bytes.count else { return nil }
    let length = UTF8Bytes.sequenceLength(lead: source.bytes[offset])
    return String(decoding: source.bytes[offset..<offset + length], as: UTF8.self).unicodeScalars.first
}

func isLineBreak(_ character: Unicode.Scalar) -> Bool {
    ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(character)
}

extension ScalarSourceMap {
    /// The position of the first occurrence of `needle` in the value.
    func position(of needle: String) -> SourcePosition? {
        guard let range = scalar.text.range(of: needle) else { return nil }
        return position(ofUTF8Offset: scalar.text.utf8.distance(from: scalar.text.startIndex, to: range.lowerBound))
    }
}
