import DocketDomain
import DocketText
import DocketValidation

/// What one value of the public data export is: the part of `ExportField` its JSON Schema
/// is generated from. The data and the schema come from the same fields, so a key the
/// data writes is always one the schema describes (docs/decisions.md, "Public data export").
indirect enum ExportType: Sendable {
    case string(pattern: String?)
    case enumeration([String])
    case integer(ClosedRange<Int>)
    case boolean
    case array(ExportType)
    case object([ExportFieldShape])
    case anyOf([ExportType])

    static let text = ExportType.string(pattern: nil)
    static let slug = ExportType.string(pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$")
    /// `ISODate.isoString`: a date, or a date-time with `Z` or an offset.
    static let date = ExportType.string(
        pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2}))?$")
    /// `Money.decimalText`: exact dollars and cents, never a binary floating-point number.
    static let money = ExportType.string(pattern: "^[0-9]+\\.[0-9]{2}$")
    /// As the content schema has it (`docket schema`): http or https and a host.
    static let url = ExportType.string(pattern: "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/]+")
    /// A published photo, relative to the site root (`media/alice-3f2a9c1d.png`).
    static let mediaPath = ExportType.string(pattern: "^media/[^/]+$")

    /// A page of `folder`, relative to the site root: `experts/ada/index.html`, or
    /// `experts/ada/` with `pretty_urls`.
    static func page(in folder: String) -> ExportType {
        .string(pattern: "^\(folder)/[a-z0-9]+(?:-[a-z0-9]+)*/(index\\.html)?$")
    }

    /// The JSON Schema (draft 2020-12) of a value of this type.
    var schema: JSONObject {
        switch self {
        case .string(let pattern):
            var schema = JSONObject([("type", .string("string"))])
            if let pattern { schema["pattern"] = .string(pattern) }
            return schema
        case .enumeration(let options):
            return JSONObject([("enum", .array(options.map { .string($0) }))])
        case .integer(let range):
            return JSONObject([("type", .string("integer")), ("minimum", .number(range.lowerBound)), ("maximum", .number(range.upperBound))])
        case .boolean:
            return JSONObject([("type", .string("boolean"))])
        case .array(let item):
            return JSONObject([("type", .string("array")), ("items", .object(item.schema))])
        case .object(let fields):
            return JSONObject([
                ("type", .string("object")),
                ("properties", .object(JSONObject(fields.map { field in
                    var property = field.type.schema
                    property["description"] = .string(field.description)
                    return (field.key, .object(property))
                }))),
                ("required", .array(fields.filter(\.required).map { .string($0.key) })),
                // Nothing but the fields below: a key added by mistake (an e-mail address,
                // private feedback) fails the published schema as well as `docket check`.
                ("additionalProperties", .bool(false)),
            ])
        case .anyOf(let types):
            return JSONObject([("anyOf", .array(types.map { .object($0.schema) }))])
        }
    }
}

/// A key of an exported object, for the schema.
struct ExportFieldShape: Sendable {
    let key: String
    let type: ExportType
    /// Absent keys are left out of the data (the export writes no `null`).
    let required: Bool
    let description: String
}

/// A key of an exported object: its shape, and how it is read from the public model.
struct ExportField<Entity>: Sendable {
    let shape: ExportFieldShape
    /// nil leaves the key out; only optional fields return nil.
    let value: @Sendable (Entity) -> JSONValue?

    init(_ key: String, _ type: ExportType, required: Bool = true, _ description: String,
         value: @escaping @Sendable (Entity) -> JSONValue?) {
        shape = ExportFieldShape(key: key, type: type, required: required, description: description)
        self.value = value
    }

    /// Free text as the pages show it: code points HTML and XML forbid (NUL, other
    /// controls, noncharacters) become U+FFFD, here as on every page.
    static func text(_ key: String, _ description: String, _ read: @escaping @Sendable (Entity) -> String) -> Self {
        Self(key, .text, description) { .string(read($0).withoutForbiddenCodePoints) }
    }

    static func optionalText(_ key: String, _ description: String, _ read: @escaping @Sendable (Entity) -> String?) -> Self {
        Self(key, .text, required: false, description) { read($0).map { .string($0.withoutForbiddenCodePoints) } }
    }

    static func slug(_ key: String, _ description: String, _ read: @escaping @Sendable (Entity) -> String) -> Self {
        Self(key, .slug, description) { .string(read($0)) }
    }

    static func optionalSlug(_ key: String, _ description: String, _ read: @escaping @Sendable (Entity) -> String?) -> Self {
        Self(key, .slug, required: false, description) { read($0).map { .string($0) } }
    }

    static func slugs(_ key: String, _ description: String, _ read: @escaping @Sendable (Entity) -> [String]) -> Self {
        Self(key, .array(.slug), description) { .array(read($0).map { .string($0) }) }
    }

    static func texts(_ key: String, _ description: String, _ read: @escaping @Sendable (Entity) -> [String]) -> Self {
        Self(key, .array(.text), description) { .array(read($0).map { .string($0.withoutForbiddenCodePoints) }) }
    }

    static func choice(_ key: String, _ options: [String], _ description: String, _ read: @escaping @Sendable (Entity) -> String) -> Self {
        Self(key, .enumeration(options), description) { .string(read($0)) }
    }

    static func date(_ key: String, _ description: String, _ read: @escaping @Sendable (Entity) -> ISODate) -> Self {
        Self(key, .date, description) { .string(read($0).isoString) }
    }

    static func integer(_ key: String, _ range: ClosedRange<Int>, _ description: String, _ read: @escaping @Sendable (Entity) -> Int) -> Self {
        Self(key, .integer(range), description) { .number(read($0)) }
    }

    static func boolean(_ key: String, _ description: String, _ read: @escaping @Sendable (Entity) -> Bool) -> Self {
        Self(key, .boolean, description) { .bool(read($0)) }
    }

    static func url(_ key: String, _ description: String, _ read: @escaping @Sendable (Entity) -> String) -> Self {
        Self(key, .url, description) { .string(read($0)) }
    }

    static func optionalURL(_ key: String, _ description: String, _ read: @escaping @Sendable (Entity) -> String?) -> Self {
        Self(key, .url, required: false, description) { read($0).map { .string($0) } }
    }

    static func page(_ key: String, in folder: String, _ description: String, _ read: @escaping @Sendable (Entity) -> String) -> Self {
        Self(key, .page(in: folder), description) { .string(read($0)) }
    }

    static func optionalMediaPath(_ key: String, _ description: String, _ read: @escaping @Sendable (Entity) -> String?) -> Self {
        Self(key, .mediaPath, required: false, description) { read($0).map { .string($0) } }
    }

    /// A list of nested objects, each written and described by `record`.
    static func list<Item>(_ key: String, _ record: ExportRecord<Item>, _ description: String,
                           _ read: @escaping @Sendable (Entity) -> [Item]) -> Self {
        Self(key, .array(record.type), description) { entity in .array(read(entity).map(record.value)) }
    }
}

/// An exported object: its fields, in the order they are written.
struct ExportRecord<Entity>: Sendable {
    let fields: [ExportField<Entity>]

    init(_ fields: [ExportField<Entity>]) {
        self.fields = fields
    }

    var type: ExportType { .object(fields.map(\.shape)) }

    func value(_ entity: Entity) -> JSONValue {
        .object(JSONObject(fields.compactMap { field in field.value(entity).map { (field.shape.key, $0) } }))
    }
}
