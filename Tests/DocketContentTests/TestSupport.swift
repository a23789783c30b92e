@testable import DocketContent
import Testing

extension ContentNode {
    subscript(key: String) -> ContentNode? {
        guard case .mapping(let entries, _) = self else { return nil }
        return entries.first { $0.key.text == key }?.value
    }

    subscript(index: Int) -> ContentNode? {
        guard case .sequence(let items, _) = self, items.indices.contains(index) else { return nil }
        return items[index]
    }

    var scalar: Scalar? {
        guard case .scalar(let scalar) = self else { return nil }
        return scalar
    }

    var entries: [MappingEntry] {
        guard case .mapping(let entries, _) = self else { return [] }
        return entries
    }

    /// Every scalar in the tree, keys included, in document order.
    var allScalars: [Scalar] {
        switch self {
        case .scalar(let scalar): return [scalar]
        case .sequence(let items, _): return items.flatMap(\.allScalars)
        case .mapping(let entries, _): return entries.flatMap { [$0.key] + $0.value.allScalars }
        }
    }
}

func at(_ line: Int, _ column: Int) -> SourcePosition {
    SourcePosition(line: line, column: column)
}

func readYAML(_ text: String) throws(ParseError) -> ContentNode { try YAMLReader.read(text) }
func readJSON(_ text: String) throws(ParseError) -> ContentNode { try JSONReader.read(text) }

/// The error `read` throws, recorded as an issue when it throws none.
func parseError(_ read: () throws(ParseError) -> ContentNode, sourceLocation: SourceLocation = #_sourceLocation) -> ParseError? {
    do {
        let node = try read()
        Issue.record("expected an error, read \(node)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}
