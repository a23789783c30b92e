import DocketContent
import DocketDomain
import DocketMarkdown
import DocketValues

/// Walks a document against its `RecordSchema`: unknown keys, missing keys, and every
/// field's own rule. What passes becomes a `Record`; what fails becomes a diagnostic.
struct RecordChecker {
    var context: CheckContext

    mutating func checkDocument(_ node: ContentNode, schema: RecordSchema) -> Record? {
        guard case .mapping(let entries, let position) = node else {
            context.report(.schemaType, "a \(schema.name) file holds a mapping of keys to values, not \(node.kindDescription)", at: node.position)
            return nil
        }
        return checkRecord(entries, at: position, schema: schema)
    }

    mutating func checkRecord(_ entries: [MappingEntry], at position: SourcePosition, schema: RecordSchema) -> Record {
        var record = Record(position: position)
        for entry in entries {
            guard let field = schema.field(entry.key.text) else {
                reportUnknownKey(entry.key, schema: schema)
                continue
            }
            if isAbsent(entry.value) {
                if field.required {
                    context.report(field.rule, "\(field.key) is required", at: entry.value.position)
                }
                continue
            }
            if let value = check(entry.value, as: field.type, field: field) {
                record.fields[field.key] = Located(value, at: entry.value.position)
            } else {
                record.rejected.insert(field.key)
            }
        }
        let present = Set(entries.map(\.key.text))
        for field in schema.fields where field.required && !present.contains(field.key) {
            context.report(field.rule, "\(field.key) is required", at: position)
        }
        return record
    }

    private mutating func reportUnknownKey(_ key: Scalar, schema: RecordSchema) {
        var message = "unknown key '\(key.text)' in \(schema.name)"
        if let hint = Suggestion.closest(to: key.text, among: schema.fields.map(\.key)) {
            message += "; did you mean '\(hint)'?"
        }
        context.report(.schemaUnknownKey, message, at: key.position)
    }

    /// YAML's empty value or `null`: an optional field written but left blank.
    private func isAbsent(_ node: ContentNode) -> Bool {
        if case .scalar(let scalar) = node { return scalar.isNull }
        return false
    }

    mutating func check(_ node: ContentNode, as type: FieldType, field: FieldSchema) -> FieldValue? {
        switch type {
        case .list(let item, let min, let max):
            return checkList(node, of: item, min: min, max: max, field: field)
        case .record(let schema):
            guard case .mapping(let entries, let position) = node else {
                context.report(field.rule, "each \(schema.name) is a mapping of keys to values, not \(node.kindDescription)", at: node.position)
                return nil
            }
            return .record(checkRecord(entries, at: position, schema: schema))
        case .moneyOrRange:
            if case .mapping(let entries, let position) = node {
                return checkMoneyRange(entries, at: position, field: field)
            }
            fallthrough
        default:
            guard case .scalar(let scalar) = node else {
                context.report(field.rule, "\(field.key) must be \(ScalarChecker.expectation(of: type)), not \(node.kindDescription)", at: node.position)
                return nil
            }
            var scalars = ScalarChecker(context: context)
            defer { context = scalars.context }
            return scalars.check(scalar, as: type, field: field)
        }
    }

    private mutating func checkList(_ node: ContentNode, of item: FieldType, min: Int, max: Int?, field: FieldSchema) -> FieldValue? {
        guard case .sequence(let nodes, let position) = node else {
            context.report(field.rule, "\(field.key) must be a list, not \(node.kindDescription)", at: node.position)
            return nil
        }
        if nodes.count < min {
            context.report(field.rule, "\(field.key) must list at least \(min) (has \(nodes.count))", at: position)
        }
        if let max, nodes.count > max {
            context.report(field.rule, "\(field.key) may list at most \(max) (has \(nodes.count))", at: nodes[max].position)
        }
        // A list of plain texts keeps its items' own rule (`expert.skill`) for their lengths.
        let itemField = FieldSchema(field.key, rule: itemRule(of: field), required: true, item, private: field.isPrivate)
        var values: [Located<FieldValue>] = []
        for node in nodes {
            if isAbsent(node) {
                context.report(field.rule, "\(field.key) holds an empty item", at: node.position)
            } else if let value = check(node, as: item, field: itemField) {
                values.append(Located(value, at: node.position))
            }
        }
        return .list(values)
    }

    private func itemRule(of field: FieldSchema) -> Rule {
        field.rule == .expertSkills ? .expertSkill : field.rule
    }

    private mutating func checkMoneyRange(_ entries: [MappingEntry], at position: SourcePosition, field: FieldSchema) -> FieldValue? {
        let bound = FieldType.money
        var bounds: [String: Located<Money>] = [:]
        for entry in entries {
            guard entry.key.text == "min" || entry.key.text == "max" else {
                var message = "unknown key '\(entry.key.text)' in \(field.key); a range has min and max"
                if let hint = Suggestion.closest(to: entry.key.text, among: ["min", "max"]) { message += "; did you mean '\(hint)'?" }
                context.report(.schemaUnknownKey, message, at: entry.key.position)
                continue
            }
            if case .money(let money)? = check(entry.value, as: bound, field: field) {
                bounds[entry.key.text] = Located(money, at: entry.value.position)
            }
        }
        for key in ["min", "max"] where !entries.contains(where: { $0.key.text == key }) {
            context.report(field.rule, "\(field.key) needs both min and max (\(key) is missing)", at: position)
        }
        guard let min = bounds["min"], let max = bounds["max"] else { return nil }
        guard min.value <= max.value else {
            context.report(field.rule, "\(field.key) min (\(min.value.formatted)) is more than max (\(max.value.formatted))", at: min.position)
            return nil
        }
        return .moneyRange(min: min.value, max: max.value)
    }
}
