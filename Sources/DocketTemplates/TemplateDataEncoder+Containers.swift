/// The three kinds of container `encode(to:)` writes into. Only what a page context holds
/// is supported (texts, integers, booleans, nested values, arrays); other numbers throw.
struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: ObjectBox
    let options: TemplateDataEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) {}
    mutating func encode(_ value: String, forKey key: Key) { box.object.append(key.stringValue, .text(options.textFilter(value))) }
    mutating func encode(_ value: Int, forKey key: Key) { box.object.append(key.stringValue, .number(value)) }
    mutating func encode(_ value: Bool, forKey key: Key) { box.object.append(key.stringValue, .flag(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if let data = try options.box(value) { box.object.append(key.stringValue, data) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        fatalError("page contexts do not use nested containers")
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        fatalError("page contexts do not use nested containers")
    }

    mutating func superEncoder() -> any Encoder { fatalError("page contexts are structs") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { fatalError("page contexts are structs") }
}

struct ListContainer: UnkeyedEncodingContainer {
    let box: ListBox
    let options: TemplateDataEncoder
    var codingPath: [any CodingKey] { [] }
    var count: Int { box.items.count }

    mutating func encodeNil() {}
    mutating func encode(_ value: String) { box.items.append(.text(options.textFilter(value))) }
    mutating func encode(_ value: Int) { box.items.append(.number(value)) }
    mutating func encode(_ value: Bool) { box.items.append(.flag(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        if let data = try options.box(value) { box.items.append(data) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        fatalError("page contexts do not use nested containers")
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        fatalError("page contexts do not use nested containers")
    }

    mutating func superEncoder() -> any Encoder { fatalError("page contexts are structs") }
}

struct SingleContainer: SingleValueEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { encoder.result = .single(nil) }
    mutating func encode(_ value: String) { encoder.result = .single(.text(encoder.options.textFilter(value))) }
    mutating func encode(_ value: Int) { encoder.result = .single(.number(value)) }
    mutating func encode(_ value: Bool) { encoder.result = .single(.flag(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { encoder.result = .single(try encoder.options.box(value)) }

    // Numbers other than Int: a context has none, so they are refused rather than guessed at.
    mutating func encode(_ value: Double) throws { throw unsupported(value) }
    mutating func encode(_ value: Float) throws { throw unsupported(value) }
    mutating func encode(_ value: Int8) throws { throw unsupported(value) }
    mutating func encode(_ value: Int16) throws { throw unsupported(value) }
    mutating func encode(_ value: Int32) throws { throw unsupported(value) }
    mutating func encode(_ value: Int64) throws { throw unsupported(value) }
    mutating func encode(_ value: UInt) throws { throw unsupported(value) }
    mutating func encode(_ value: UInt8) throws { throw unsupported(value) }
    mutating func encode(_ value: UInt16) throws { throw unsupported(value) }
    mutating func encode(_ value: UInt32) throws { throw unsupported(value) }
    mutating func encode(_ value: UInt64) throws { throw unsupported(value) }

    private func unsupported(_ value: Any) -> TemplateDataEncoder.UnsupportedValue {
        TemplateDataEncoder.UnsupportedValue(description: "a template context cannot hold \(type(of: value)) values")
    }
}
