/// Turns an `Encodable` context into `TemplateData` through its synthesized `encode(to:)`:
/// every stored property becomes a field under its own name, a nil optional is left out,
/// arrays become lists. This replaces reflecting on the value (Mirror), which was a fifth
/// of a large build.
public struct TemplateDataEncoder: Sendable {
    /// Applied to every text on its way in (Docket replaces characters HTML forbids).
    let textFilter: @Sendable (String) -> String

    public init(textFilter: @escaping @Sendable (String) -> String = { $0 }) {
        self.textFilter = textFilter
    }

    public struct UnsupportedValue: Error, CustomStringConvertible {
        public let description: String
    }

    public func encode(_ value: some Encodable) throws -> TemplateData {
        if let data = try box(value) { return data }
        throw UnsupportedValue(description: "\(type(of: value)) encodes to nothing")
    }

    /// The value as template data; nil when it encodes nothing (a nil optional).
    func box<Value: Encodable>(_ value: Value) throws -> TemplateData? {
        // The common leaves by their exact type, without an encoder for each.
        if Value.self == String.self { return .text(textFilter(value as! String)) }
        if Value.self == Int.self { return .number(value as! Int) }
        if Value.self == Bool.self { return .flag(value as! Bool) }
        let encoder = ValueEncoder(options: self)
        try value.encode(to: encoder)
        return encoder.result?.data
    }
}

/// One value being encoded: becomes an object, a list or a single value, as the value's
/// `encode(to:)` asks.
final class ValueEncoder: Encoder {
    enum Result {
        case object(ObjectBox)
        case list(ListBox)
        case single(TemplateData?)

        var data: TemplateData? {
            switch self {
            case .object(let box): .object(box.object)
            case .list(let box): .list(box.items)
            case .single(let value): value
            }
        }
    }

    let options: TemplateDataEncoder
    var result: Result?
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(options: TemplateDataEncoder) {
        self.options = options
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: ObjectBox
        if case .object(let existing)? = result { box = existing } else { box = ObjectBox(); result = .object(box) }
        return KeyedEncodingContainer(ObjectContainer<Key>(box: box, options: options))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box: ListBox
        if case .list(let existing)? = result { box = existing } else { box = ListBox(); result = .list(box) }
        return ListContainer(box: box, options: options)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(encoder: self)
    }
}

final class ObjectBox {
    var object = TemplateObject()
}

final class ListBox {
    var items: [TemplateData] = []
}
