import DocketContent
import DocketDomain

/// A field value that passed its rule, in the type the rule gave it.
public indirect enum FieldValue: Sendable {
    /// Trimmed text (white space collapsed where the field says so), and the scalar it
    /// came from, to point into it.
    case text(String, source: Scalar)
    /// Markdown source, and the subset HTML rendered once while validating.
    case markdown(source: Scalar, html: String)
    case money(Money)
    case moneyRange(min: Money, max: Money)
    case date(ISODate)
    case bool(Bool)
    case integer(Int)
    case list([Located<FieldValue>])
    case record(Record)
}

/// A checked mapping: only the fields that passed their rules are here, so a later rule
/// never trips over a value already reported.
public struct Record: Sendable {
    public var fields: [String: Located<FieldValue>]
    public var position: SourcePosition
    /// Keys that were written but whose value broke its rule (already reported): a later
    /// rule must not read their absence as the default ("no status" is not "proposed").
    public var rejected: Set<String>

    public init(fields: [String: Located<FieldValue>] = [:], position: SourcePosition, rejected: Set<String> = []) {
        self.fields = fields
        self.position = position
        self.rejected = rejected
    }

    public subscript(key: String) -> Located<FieldValue>? { fields[key] }

    public func text(_ key: String) -> Located<String>? {
        guard let field = fields[key], case .text(let text, _) = field.value else { return nil }
        return Located(text, at: field.position)
    }

    public func money(_ key: String) -> Located<Money>? {
        guard let field = fields[key], case .money(let money) = field.value else { return nil }
        return Located(money, at: field.position)
    }

    public func date(_ key: String) -> Located<ISODate>? {
        guard let field = fields[key], case .date(let date) = field.value else { return nil }
        return Located(date, at: field.position)
    }

    public func bool(_ key: String) -> Bool? {
        guard let field = fields[key], case .bool(let value) = field.value else { return nil }
        return value
    }

    public func integer(_ key: String) -> Int? {
        guard let field = fields[key], case .integer(let value) = field.value else { return nil }
        return value
    }

    public func markdownHTML(_ key: String) -> String? {
        guard let field = fields[key], case .markdown(_, let html) = field.value else { return nil }
        return html
    }

    public func list(_ key: String) -> [Located<FieldValue>] {
        guard let field = fields[key], case .list(let items) = field.value else { return [] }
        return items
    }

    /// The records of a list of records, each with its position.
    public func records(_ key: String) -> [Record] {
        list(key).compactMap { item in
            guard case .record(let record) = item.value else { return nil }
            return record
        }
    }

    /// The strings of a list of texts or references.
    public func texts(_ key: String) -> [Located<String>] {
        list(key).compactMap { item in
            guard case .text(let text, _) = item.value else { return nil }
            return Located(text, at: item.position)
        }
    }
}
