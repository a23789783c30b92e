import DocketText

/// A JSON value that keeps its keys in the order they were given, so generated schemas
/// and reports read in a sensible order and never change between runs.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Int)
    /// A number with a fraction, already written in JSON's decimal form ("4.5"): averages
    /// are computed in integers (DisplayText.average) and never pass through a Double.
    case decimal(String)
    case bool(Bool)
    case array([JSONValue])
    case object(JSONObject)

    /// On one line, with no space after `,` or `:`.
    public var compact: String {
        switch self {
        case .string(let text): return JSONText.quote(text)
        case .number, .decimal, .bool: return rendered()
        case .array(let items): return "[" + items.map(\.compact).joined(separator: ",") + "]"
        case .object(let object): return "{" + object.pairs.map { JSONText.quote($0.0) + ":" + $0.1.compact }.joined(separator: ",") + "}"
        }
    }

    /// Pretty-printed with two-space indents.
    public func rendered(indent: String = "") -> String {
        switch self {
        case .string(let text): return JSONText.quote(text)
        case .number(let number): return String(number)
        case .decimal(let text): return text
        case .bool(let value): return value ? "true" : "false"
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            let inner = indent + "  "
            return "[\n" + items.map { inner + $0.rendered(indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case .object(let object):
            guard !object.pairs.isEmpty else { return "{}" }
            let inner = indent + "  "
            return "{\n" + object.pairs.map { inner + JSONText.quote($0.0) + ": " + $0.1.rendered(indent: inner) }.joined(separator: ",\n") + "\n" + indent + "}"
        }
    }
}

public struct JSONObject: Sendable, Equatable {
    public private(set) var pairs: [(String, JSONValue)]

    public init(_ pairs: [(String, JSONValue)] = []) {
        self.pairs = pairs
    }

    public subscript(key: String) -> JSONValue? {
        get { pairs.first { $0.0 == key }?.1 }
        set {
            if let index = pairs.firstIndex(where: { $0.0 == key }) {
                if let newValue { pairs[index].1 = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append((key, newValue))
            }
        }
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.pairs.map(\.0) == rhs.pairs.map(\.0) && zip(lhs.pairs, rhs.pairs).allSatisfy { $0.1 == $1.1 }
    }
}
