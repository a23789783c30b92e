import DocketContent
import DocketReporting
@testable import DocketValidation
import Foundation
import Testing

/// The rule table is the one list of rules (docs/architecture.md): every diagnostic's
/// rule is in it with its severity, and the schemas and SPEC limits agree with it.
///
/// Every diagnostic produced by any test through `SiteFixture.validate` is also checked
/// against the table there, as it is produced.
@Suite struct RuleTableTests {
    /// Rules are named in code by their constants (`Rule.yamlSyntax`), so a misspelt id is a
    /// compile error: the id text appears only where the rule is defined.
    @Test func noRuleIDIsWrittenOutsideItsDefinition() throws {
        let definitions: Set<String> = ["Sources/DocketContent/ContentFileRules.swift", "Sources/DocketValidation/Rules/ValidationRules.swift",
                                        "Sources/DocketMarkdown/RenderedMarkdown.swift"]
        let ids = Set(RuleTable.all.map(\.id))
        let literal = try NSRegularExpression(pattern: #""([a-z]+\.[a-z_-]+)""#)
        var found: [String] = []
        let sources = ContentRoot.repository + "/Sources"
        for file in FileManager.default.subpaths(atPath: sources) ?? [] where file.hasSuffix(".swift") && !definitions.contains("Sources/" + file) {
            let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
            for match in literal.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let id = String(text[Range(match.range(at: 1), in: text)!])
                if ids.contains(id) { found.append("Sources/\(file): \(id)") }
            }
        }
        #expect(found.isEmpty, "rule ids written as text:\n\(found.joined(separator: "\n"))")
        #expect(ids.contains("yaml.syntax") && ids.count == RuleTable.all.count, "the check knows the table's ids")
    }

    @Test func ruleIDsAreUniqueAndWellFormed() {
        let ids = RuleTable.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.wholeMatch(of: /[a-z]+\.[a-z_-]+/) != nil, "\(id)")
        }
        #expect(RuleTable.byID.count == ids.count)
    }

    /// Walks every content type, nested records included.
    static func fields(of schema: RecordSchema) -> [FieldSchema] {
        schema.fields.flatMap { field -> [FieldSchema] in
            var nested: [FieldSchema] = []
            var type = field.type
            while case .list(let item, _, _) = type { type = item }
            if case .record(let inner) = type { nested = fields(of: inner) }
            return [field] + nested
        }
    }

    @Test(arguments: ContentKind.allCases)
    func everySchemaFieldNamesARuleInTheTable(kind: ContentKind) {
        let fields = Self.fields(of: EntitySchemas.schema(for: kind))
        #expect(fields.count >= 4)
        let missing = fields.filter { RuleTable.byID[$0.rule.id] != $0.rule }.map { "\($0.key) → \($0.rule.id)" }
        #expect(missing == [])
        // Every field's rule is an error: a broken field is never just a warning.
        #expect(fields.filter { $0.rule.severity != .error }.map(\.rule.id) == [])
    }

    /// docs/spec.md §3's length limits, with their ids and defaults.
    @Test(arguments: [
        ("request.title", 10, 140), ("request.description", 30, 1500), ("request.name", 1, 30), ("request.email", 0, 254),
        ("expert.name", 1, 30), ("expert.email", 0, 254), ("expert.bio", 30, 3000), ("firm.name", 1, 100),
        ("review.text", 0, 500), ("proposal.title", 10, 140), ("proposal.body", 30, 10000),
        // The limits docs/spec.md §3 gives without naming a rule id.
        ("certification.name", 1, 100), ("expert.skill", 1, 40), ("link.title", 1, 100), ("firm.about", 0, 3000),
        ("review.author", 1, 30), ("milestone.title", 1, 140), ("payment.description", 1, 1500),
        ("permission.description", 0, 1500),
    ])
    func lengthRulesHaveTheSpecsDefaults(id: String, min: Int, max: Int) {
        #expect(RuleTable.byID[id]?.length == LengthLimit(min: min, max: max))
        #expect(RuleTable.byID[id]?.severity == .error)
    }

    @Test func onlyTheSpecsWarningsAreWarnings() {
        let warnings = Set(RuleTable.all.filter { $0.severity == .warning }.map(\.id))
        #expect(warnings == [
            "file.unexpected",          // docs/spec.md §1: a stray file under content/
            "request.contact-details",  // docs/spec.md §3: warnings on a request
            "request.markup",
            "proposal.not-responded",   // docs/spec.md §3: "a warning if not among the request's responses"
            "markdown.unsupported",     // docs/spec.md §4: "validate warns"
        ])
    }

    /// Every rule defined as a constant is listed in the table: a rule a reader or check can
    /// emit is in `docket rules`, the docs and SARIF, even if no test happens to trigger it.
    @Test func everyDefinedRuleIsInTheTable() throws {
        var defined: [String] = []
        for file in ["Sources/DocketContent/ContentFileRules.swift", "Sources/DocketValidation/Rules/ValidationRules.swift"] {
            let text = try String(contentsOfFile: ContentRoot.repository + "/" + file, encoding: .utf8)
            defined += text.matches(of: /static let \w+ = Rule\("([a-z]+\.[a-z_-]+)"/).map { String($0.1) }
            defined += text.matches(of: /static let \w+ = Rule\(MarkdownFinding\.(\w+),/).map { String($0.1) }
        }
        #expect(defined.count == RuleTable.all.count, "\(defined.count) rules defined, \(RuleTable.all.count) in the table")
        #expect(Set(defined.filter { $0.contains(".") }).isSubset(of: RuleTable.byID.keys))
    }

    @Test func loaderRulesAreErrorsExceptStrayFiles() {
        for id in ["file.unreadable", "file.encoding", "file.too-large", "file.symlink", "yaml.syntax", "yaml.duplicate-key",
                   "yaml.alias-limit", "yaml.depth", "yaml.tag", "json.syntax", "json.duplicate-key", "json.depth",
                   "slug.invalid", "slug.duplicate", "schema.type", "schema.unknown-key"] {
            #expect(RuleTable.byID[id]?.severity == .error, "\(id)")
        }
    }

    @Test func rulesDocumentListsEveryRuleWithItsLimit() {
        let lines = RuleDocs.markdownTable().split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("|") }.count == RuleTable.all.count + 2)
        // The code point cap of every length rule, stated once below the table.
        #expect(lines.last == "A length rule with a maximum of N characters also allows at most N × 10 Unicode code points "
            + "(so at most N × 40 bytes), whatever `limits` sets N to.")
        #expect(lines.contains { $0.hasPrefix("| `request.title` | error | 10–140 | ") })
        #expect(lines.contains { $0.hasPrefix("| `review.text` | error | at most 500 | ") })
        #expect(lines.contains { $0.hasPrefix("| `request.markup` | warning |  | ") })
        for rule in RuleTable.all {
            #expect(lines.contains { $0.hasPrefix("| `\(rule.id)` | \(rule.severity.rawValue) |") }, "\(rule.id)")
        }
    }
}
