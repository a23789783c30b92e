import DocketContent
import DocketDomain
import DocketMarkdown
import DocketValues
import Foundation

/// Checks one scalar against a scalar field type and gives it its type.
struct ScalarChecker {
    var context: CheckContext

    static func expectation(of type: FieldType) -> String {
        switch type {
        case .text, .markdown, .reference, .mediaPath: return "text"
        case .choice(let options): return "one of \(options.joined(separator: ", "))"
        case .email: return "an e-mail address"
        case .money: return "a money amount"
        case .moneyOrRange: return "a money amount or {min, max}"
        case .date: return "an ISO 8601 date or date-time"
        case .boolean: return "true or false"
        case .yesNo: return "yes or no"
        case .integer(let range): return "a whole number from \(range.lowerBound) to \(range.upperBound)"
        case .url: return "a URL"
        case .list: return "a list"
        case .record: return "a mapping"
        }
    }

    mutating func check(_ scalar: Scalar, as type: FieldType, field: FieldSchema) -> FieldValue? {
        switch type {
        case .text(let collapses):
            guard let text = textual(scalar, field: field, type: type) else { return nil }
            let value = collapses ? TextLength.collapsingWhitespace(text) : String(TextLength.trimmed(text))
            guard checkLength(of: value, scalar: scalar, field: field) else { return nil }
            return .text(value, source: scalar)
        case .markdown(let flavour):
            guard let text = textual(scalar, field: field, type: type),
                  checkLength(of: text, scalar: scalar, field: field) else { return nil }
            let rendered = SubsetRenderer(flavour: flavour).render(text)
            for finding in rendered.findings {
                context.report(RuleTable.rule(finding.rule), finding.message, in: scalar, utf8Offset: finding.utf8Offset)
            }
            return .markdown(source: scalar, html: rendered.html)
        case .choice(let options):
            guard let text = textual(scalar, field: field, type: type) else { return nil }
            guard options.contains(text) else {
                var message = "\(field.key) must be one of \(options.joined(separator: ", "))\(got(text, field))"
                // A hint would tell how close a private value is to an option.
                if !field.isPrivate, let hint = Suggestion.closest(to: text, among: options) { message += "; did you mean '\(hint)'?" }
                context.report(field.rule, message, at: scalar.position)
                return nil
            }
            return .text(text, source: scalar)
        case .email:
            guard let text = textual(scalar, field: field, type: type) else { return nil }
            let address = String(TextLength.trimmed(text))
            guard checkLength(of: address, scalar: scalar, field: field) else { return nil }
            guard EmailAddress.isValid(address) else {
                context.report(field.rule, "\(field.key) must be a valid e-mail address", at: scalar.position)
                return nil
            }
            return .text(address, source: scalar)
        case .reference(let kind):
            guard let text = textual(scalar, field: field, type: type) else { return nil }
            guard Slug.isValid(text) else {
                let article = kind == .expert ? "an" : "a"
                context.report(field.rule, "\(field.key) must name \(article) \(kind.rawValue) by its slug\(got(text, field))", at: scalar.position)
                return nil
            }
            return .text(text, source: scalar)
        case .money, .moneyOrRange:
            return checkMoney(scalar, field: field)
        case .date:
            return checkDate(scalar, field: field)
        case .boolean:
            guard let value = boolean(scalar) else {
                context.report(field.rule, "\(field.key) must be true or false\(got(scalar.text, field))", at: scalar.position)
                return nil
            }
            return .bool(value)
        case .yesNo:
            // `would_work_again: "yes"` is as clear as the bare word, so quotes are fine here.
            guard let value = boolean(scalar) ?? yesNo(scalar.text) else {
                context.report(field.rule, "\(field.key) must be yes or no", at: scalar.position)
                return nil
            }
            return .bool(value)
        case .integer(let range):
            return checkInteger(scalar, range: range, field: field)
        case .url(let schemes):
            guard let text = textual(scalar, field: field, type: type) else { return nil }
            let url = String(TextLength.trimmed(text))
            guard WebAddress.isAbsolute(url, schemes: schemes) else {
                context.report(field.rule, "\(field.key) must be an absolute \(schemes.joined(separator: " or ")) URL\(got(url, field))", at: scalar.position)
                return nil
            }
            return .text(url, source: scalar)
        case .mediaPath:
            guard let text = textual(scalar, field: field, type: type) else { return nil }
            guard let media = context.media else { preconditionFailure("a photo path checked without a media folder") }
            if let problem = media.check(text) {
                context.report(field.rule, "\(field.key) \(problem)", at: scalar.position)
                return nil
            }
            return .text(text, source: scalar)
        case .list, .record:
            preconditionFailure("containers are checked by RecordChecker")
        }
    }

    /// The text of a scalar a text-like field accepts: any YAML scalar, a JSON string.
    private mutating func textual(_ scalar: Scalar, field: FieldSchema, type: FieldType) -> String? {
        switch scalar.style {
        case .jsonNumber, .jsonBool:
            context.report(field.rule, "\(field.key) must be \(Self.expectation(of: type)), not \(ContentNode.scalar(scalar).kindDescription)", at: scalar.position)
            return nil
        default:
            return scalar.text
        }
    }

    private mutating func checkLength(of text: String, scalar: Scalar, field: FieldSchema) -> Bool {
        guard let limit = context.limits.limit(for: field.rule) else { return true }
        // Bytes bound scalars from above: most values need no count of their scalars.
        if let cap = limit.maxScalars, text.utf8.count > cap {
            let scalars = TextLength.trimmed(text).unicodeScalars.count
            if scalars > cap {
                context.report(field.rule, "\(field.key) holds \(scalars) Unicode code points; at most \(cap) "
                    + "(\(RuleTable.scalarsPerCharacter) per character of its limit) are allowed", at: scalar.position)
                return false
            }
        }
        let count = TextLength.count(text)
        if count < limit.min {
            context.report(field.rule, "\(field.key) must be at least \(limit.min) \(characters(limit.min)) (has \(count))", at: scalar.position)
            return false
        }
        if let max = limit.max, count > max {
            context.report(field.rule, "\(field.key) must be at most \(max) \(characters(max)) (has \(count))", at: scalar.position)
            return false
        }
        return true
    }

    private func characters(_ count: Int) -> String { count == 1 ? "character" : "characters" }

    private mutating func checkMoney(_ scalar: Scalar, field: FieldSchema) -> FieldValue? {
        switch scalar.style {
        case .jsonBool, .literal, .folded:
            context.report(field.rule, "\(field.key) must be a money amount such as 1250 or 1250.50", at: scalar.position)
            return nil
        default:
            switch Money.parse(scalar.text) {
            case .success(let money): return .money(money)
            case .failure(let error):
                context.report(field.rule, "\(field.key) \(error)\(got(scalar.text, field))", at: scalar.position)
                return nil
            }
        }
    }

    private mutating func checkDate(_ scalar: Scalar, field: FieldSchema) -> FieldValue? {
        let parsed = ISODate.parse(String(TextLength.trimmed(scalar.text)))
        if case .failure(let error) = parsed, case .outsideYearRange = error {
            context.report(field.rule, "\(field.key) \(error)", at: scalar.position)
            return nil
        }
        guard scalar.style != .jsonNumber, scalar.style != .jsonBool, case .success(let date) = parsed else {
            context.report(field.rule, "\(field.key) must be an ISO 8601 date such as 2026-11-21 or date-time such as 2026-11-21T14:05:00Z\(got(scalar.text, field))", at: scalar.position)
            return nil
        }
        return .date(date)
    }

    private mutating func checkInteger(_ scalar: Scalar, range: ClosedRange<Int>, field: FieldSchema) -> FieldValue? {
        let expectation = Self.expectation(of: .integer(range))
        guard scalar.isUnquoted, scalar.style != .jsonBool,
              let value = Int(scalar.text), range.contains(value) else {
            context.report(field.rule, "\(field.key) must be \(expectation)\(got(scalar.text, field))", at: scalar.position)
            return nil
        }
        return .integer(value)
    }

    /// Booleans as YAML 1.1 and 1.2 spell them unquoted (`true`, `yes`, `on`…), and JSON's
    /// `true`/`false`. A quoted "true" is text, and an error: the author meant something else.
    private func boolean(_ scalar: Scalar) -> Bool? {
        switch scalar.style {
        case .jsonBool: return scalar.text == "true"
        case .plain: return yesNo(scalar.text) ?? onOff(scalar.text)
        default: return nil
        }
    }

    private func yesNo(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE", "yes", "Yes", "YES": return true
        case "false", "False", "FALSE", "no", "No", "NO": return false
        default: return nil
        }
    }

    private func onOff(_ text: String) -> Bool? {
        switch text {
        case "on", "On", "ON": return true
        case "off", "Off", "OFF": return false
        default: return nil
        }
    }

    /// What was written, for the end of a message: ` (got "…")`, but nothing for a private
    /// field, whose value no diagnostic may quote (docs/spec.md §3).
    private func got(_ text: String, _ field: FieldSchema) -> String {
        guard !field.isPrivate else { return "" }
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return " (got \"\(shown)\")"
    }
}
