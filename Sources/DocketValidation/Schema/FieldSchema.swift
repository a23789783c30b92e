import DocketContent
import DocketMarkdown

/// The shape of one content type or nested record: its keys, in the order docs list them.
public struct RecordSchema: Sendable {
    /// The prefix of its rule ids: `request`, `certification`, `payment`, …
    public let name: String
    public let fields: [FieldSchema]

    public func field(_ key: String) -> FieldSchema? { fields.first { $0.key == key } }
}

/// One key of a record: its rule, whether it must be there, and what values it takes.
/// A class: the schemas are built once and every checked value passes its field along,
/// which for a struct of a key, a `Rule` and a type was several retains a call.
public final class FieldSchema: Sendable {
    public let key: String
    /// The rule every diagnostic about this field carries (`request.title`).
    public let rule: Rule
    public let required: Bool
    public let type: FieldType
    /// Private fields are checked like any other but never reach the render model.
    public let isPrivate: Bool

    public init(_ key: String, rule: Rule, required: Bool = false, _ type: FieldType, private isPrivate: Bool = false) {
        self.key = key
        self.rule = rule
        self.required = required
        self.type = type
        self.isPrivate = isPrivate
    }

    /// The default length limit from the rule table, for text-like fields.
    public var defaultLength: LengthLimit? { rule.length }
}

public indirect enum FieldType: Sendable {
    /// Plain text; `collapsesWhitespace` for the request description (docs/spec.md §3).
    case text(collapsesWhitespace: Bool = false)
    case markdown(MarkdownFlavour)
    case choice([String])
    case email
    case money
    /// A money amount or `{min, max}`.
    case moneyOrRange
    /// An ISO 8601 date or date-time (docs/spec.md §3: "Dates are ISO 8601 (2026-11-21 or 2026-11-21T14:05:00Z)").
    case date
    case boolean
    /// `yes`/`no` or a YAML boolean.
    case yesNo
    case integer(ClosedRange<Int>)
    case reference(ContentKind)
    case url(schemes: [String])
    /// A path under `content/media/`.
    case mediaPath
    /// A list; `countRule` carries the diagnostics about its length.
    case list(of: FieldType, min: Int = 0, max: Int? = nil)
    case record(RecordSchema)
}
