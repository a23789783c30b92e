/// A scalar as it was written: its text, how it was written, and where.
///
/// Plain YAML scalars stay untyped (`yes`, `12.50`, `2026-11-21` are all text): the rule
/// for each field decides what it accepts, so money is parsed from the digits the author
/// wrote, never through a binary floating-point value.
public struct Scalar: Hashable, Sendable {
    public enum Style: Hashable, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
        case jsonString, jsonNumber, jsonBool, jsonNull
    }

    public var text: String
    public var style: Style
    /// Where the scalar starts: its first character, opening quote or block indicator.
    public var position: SourcePosition

    public init(text: String, style: Style, position: SourcePosition) {
        self.text = text
        self.style = style
        self.position = position
    }

    /// A YAML plain scalar or a JSON literal: text whose type the reader did not fix.
    public var isUnquoted: Bool {
        switch style {
        case .plain, .jsonNumber, .jsonBool, .jsonNull: return true
        default: return false
        }
    }

    /// `null`, `~` or nothing at all in YAML, `null` in JSON.
    public var isNull: Bool {
        switch style {
        case .jsonNull: return true
        case .plain: return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        default: return false
        }
    }
}

/// A parsed content document: YAML and JSON both become this tree, every node with the
/// position it came from.
public indirect enum ContentNode: Sendable {
    case scalar(Scalar)
    case sequence([ContentNode], at: SourcePosition)
    case mapping([MappingEntry], at: SourcePosition)

    public var position: SourcePosition {
        switch self {
        case .scalar(let scalar): return scalar.position
        case .sequence(_, let position), .mapping(_, let position): return position
        }
    }

    /// What the node is, as a diagnostic says it: "a string", "a list", "a mapping".
    public var kindDescription: String {
        switch self {
        case .scalar(let scalar):
            switch scalar.style {
            case .jsonNumber: return "a number"
            case .jsonBool: return "a boolean"
            case .jsonNull: return "null"
            default: return scalar.isNull ? "null" : "a scalar"
            }
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

public struct MappingEntry: Sendable {
    public var key: Scalar
    public var value: ContentNode

    public init(key: Scalar, value: ContentNode) {
        self.key = key
        self.value = value
    }
}
