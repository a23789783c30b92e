import DocketValidation

/// The rule table as the docs show it: `docket rules` prints it, docs/rules.md holds it,
/// and a test keeps the two equal.
public enum RuleDocs {
    public static func markdownTable() -> String {
        var out = "| rule | severity | default limit | what it asks |\n|---|---|---|---|\n"
        for rule in RuleTable.all {
            let limit = rule.length.map { limit in
                limit.max.map { limit.min > 0 ? "\(limit.min)–\($0)" : "at most \($0)" } ?? "at least \(limit.min)"
            } ?? ""
            out += "| `\(rule.id)` | \(rule.severity.rawValue) | \(limit) | \(rule.summary) |\n"
        }
        out += "\nA length rule with a maximum of N characters also allows at most N × \(RuleTable.scalarsPerCharacter) "
            + "Unicode code points (so at most N × \(RuleTable.scalarsPerCharacter * 4) bytes), whatever `limits` sets N to.\n"
        return out
    }
}
