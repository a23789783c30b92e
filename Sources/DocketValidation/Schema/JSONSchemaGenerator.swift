import DocketContent
import DocketDomain

/// JSON Schema (draft 2020-12) for the content types, generated from `EntitySchemas` and
/// the rule table's limits, so editors check the same rules the validator does (as far as
/// JSON Schema can say them: lengths count code points, not grapheme clusters, and rules
/// across files are Docket's alone).
///
/// The schema sees YAML as a YAML 1.2 parser hands it over, the way the YAML language
/// server and check-jsonschema read it: `2026-11-21` stays a string (neither turns
/// timestamps into dates), `true`/`false` are booleans, and `yes`/`no`/`on`/`off` are
/// strings (YAML 1.1 read them as booleans). So dates are strings with a pattern, and a
/// boolean field also takes those words as strings.
public enum JSONSchemaGenerator {
    public static let draft = "https://json-schema.org/draft/2020-12/schema"

    /// One content type's schema, with `limits` from docket.yml applied.
    public static func schema(for kind: ContentKind, limits: Limits = Limits()) -> JSONValue {
        let header: [(String, JSONValue)] = [
            ("$schema", .string(draft)),
            ("$id", .string("https://docket.invalid/schema/\(kind.rawValue).json")),
            ("title", .string("Docket \(kind.rawValue)")),
        ]
        return .object(JSONObject(header + object(EntitySchemas.schema(for: kind), limits: limits).pairs))
    }

    /// All four types: `$defs` by name, and a document that is any of them.
    public static func all(limits: Limits = Limits()) -> JSONValue {
        var defs: [(String, JSONValue)] = []
        for kind in ContentKind.allCases {
            defs.append((kind.rawValue, .object(object(EntitySchemas.schema(for: kind), limits: limits))))
        }
        return .object(JSONObject([
            ("$schema", .string(draft)),
            ("$id", .string("https://docket.invalid/schema/content.json")),
            ("title", .string("Docket content")),
            ("$defs", .object(JSONObject(defs))),
            ("anyOf", .array(ContentKind.allCases.map { .object(JSONObject([("$ref", .string("#/$defs/\($0.rawValue)"))])) })),
        ]))
    }

    static func object(_ schema: RecordSchema, limits: Limits) -> JSONObject {
        var properties: [(String, JSONValue)] = []
        for field in schema.fields {
            var property = type(field.type, rule: field.rule, limits: limits)
            // An optional key written with no value (`firm:`) is absent to the validator,
            // so it is to the schema too: `docket new` writes optional keys that way.
            if !field.required { property = nullable(property) }
            property["description"] = .string(description(of: field.rule, limits: limits))
            properties.append((field.key, .object(property)))
        }
        return JSONObject([
            ("type", .string("object")),
            ("properties", .object(JSONObject(properties))),
            ("required", .array(schema.fields.filter(\.required).map { .string($0.key) })),
            ("additionalProperties", .bool(false)),
        ])
    }

    static func type(_ type: FieldType, rule: Rule, limits: Limits) -> JSONObject {
        switch type {
        case .text, .markdown:
            return string(limit: limits.limit(for: rule))
        case .email:
            var email = string(limit: limits.limit(for: rule))
            email["format"] = .string("email")
            return email
        case .choice(let options):
            return JSONObject([("enum", .array(options.map { .string($0) }))])
        case .money:
            return money
        case .moneyOrRange:
            let range = JSONObject([
                ("type", .string("object")),
                ("properties", .object(JSONObject([("min", .object(money)), ("max", .object(money))]))),
                ("required", .array([.string("min"), .string("max")])),
                ("additionalProperties", .bool(false)),
            ])
            return JSONObject([("anyOf", .array([.object(money), .object(range)]))])
        case .date:
            return JSONObject([("type", .string("string")), ("pattern", .string(datePattern))])
        case .boolean:
            return JSONObject([("anyOf", .array([.object(JSONObject([("type", .string("boolean"))])), .object(yesNoStrings)]))])
        case .yesNo:
            return JSONObject([("anyOf", .array([.object(JSONObject([("type", .string("boolean"))])), .object(yesNoStrings)]))])
        case .integer(let range):
            return JSONObject([("type", .string("integer")), ("minimum", .number(range.lowerBound)), ("maximum", .number(range.upperBound))])
        case .reference:
            return JSONObject([("type", .string("string")), ("pattern", .string("^[a-z0-9]+(?:-[a-z0-9]+)*$")), ("maxLength", .number(Slug.maximumLength))])
        case .url:
            return JSONObject([("type", .string("string")), ("pattern", .string("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/]+"))])
        case .mediaPath:
            return JSONObject([("type", .string("string")), ("pattern", .string("^(?!/)(?!.*(^|/)\\.\\.?(/|$))[^\\\\]+$"))])
        case .list(let item, let min, let max):
            let itemRule: Rule = rule == .expertSkills ? .expertSkill : rule
            var list = JSONObject([("type", .string("array")), ("items", .object(self.type(item, rule: itemRule, limits: limits)))])
            if min > 0 { list["minItems"] = .number(min) }
            if let max { list["maxItems"] = .number(max) }
            return list
        case .record(let schema):
            return object(schema, limits: limits)
        }
    }

    /// `schema`, or no value at all. Written into the schema's own `type` or `anyOf` where
    /// it has one, so that a validator still reports a wrong item at its own place
    /// (`$.links[0].url`) rather than at the field.
    static func nullable(_ schema: JSONObject) -> JSONObject {
        var schema = schema
        let null = JSONValue.object(JSONObject([("type", .string("null"))]))
        if case .string(let type)? = schema["type"] {
            schema["type"] = .array([.string(type), .string("null")])
        } else if case .array(let choices)? = schema["anyOf"] {
            schema["anyOf"] = .array(choices + [null])
        } else {
            schema = JSONObject([("anyOf", .array([.object(schema), null]))])
        }
        return schema
    }

    /// The rule's summary, and the length limit in force (docket.yml's `limits` included),
    /// from the rule table rather than written twice.
    static func description(of rule: Rule, limits: Limits) -> String {
        let summary = rule.summary
        guard let limit = limits.limit(for: rule) else { return summary }
        let length: String
        switch (limit.min, limit.max) {
        case (0, let max?): length = "at most \(max)"
        case (let min, nil): length = "at least \(min)"
        case (let min, let max?): length = "\(min) to \(max)"
        }
        return summary + " Length here: \(length) characters."
    }

    static func string(limit: LengthLimit?) -> JSONObject {
        var string = JSONObject([("type", .string("string"))])
        if let limit {
            if limit.min > 0 { string["minLength"] = .number(limit.min) }
            if let max = limit.max { string["maxLength"] = .number(max) }
        }
        return string
    }

    /// A number (YAML or JSON) or a string of digits with at most two decimals.
    static let money = JSONObject([("anyOf", .array([
        .object(JSONObject([("type", .string("number")), ("exclusiveMinimum", .number(0))])),
        .object(JSONObject([("type", .string("string")), ("pattern", .string("^\\s*(0|[1-9][0-9]{0,11})(\\.[0-9]{1,2})?\\s*$"))])),
    ]))])

    /// The words Docket reads as booleans that a YAML 1.2 parser leaves as strings.
    static let yesNoStrings = JSONObject([("enum", .array(
        ["yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF"].map { .string($0) }))])

    /// `ISODate.parse`'s RFC 3339 profile: months 01–12, days 01–31, hours 00–23, minutes
    /// and seconds 00–59, offsets up to ±23:59 (that a month has 30 days is Docket's alone).
    static let datePattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
        + "(T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?)?$"
}
