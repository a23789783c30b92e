import DocketContent
import DocketValidation

/// `--format sarif`: SARIF 2.1.0, with every rule of the rule table as metadata, for code
/// scanning dashboards.
enum SARIFReport {
    static func render(_ diagnostics: [Diagnostic]) -> String {
        let rules = RuleTable.all
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let driver = JSONObject([
            ("name", .string("docket")),
            ("rules", .array(rules.map { rule in
                .object(JSONObject([
                    ("id", .string(rule.id)),
                    ("shortDescription", .object(JSONObject([("text", .string(rule.summary))]))),
                    ("defaultConfiguration", .object(JSONObject([("level", .string(level(rule.severity)))]))),
                ]))
            })),
        ])
        let results: [JSONValue] = diagnostics.map { diagnostic in
            var result = JSONObject([
                ("ruleId", .string(diagnostic.rule)),
                ("level", .string(level(diagnostic.severity))),
                ("message", .object(JSONObject([("text", .string(diagnostic.message))]))),
                ("locations", .array([.object(JSONObject([
                    ("physicalLocation", .object(JSONObject([
                        ("artifactLocation", .object(JSONObject([("uri", .string(diagnostic.file))]))),
                        ("region", .object(JSONObject([
                            ("startLine", .number(diagnostic.position.line)),
                            ("startColumn", .number(diagnostic.position.column)),
                        ]))),
                    ]))),
                ]))])),
            ])
            if let ruleIndex = index[diagnostic.rule] { result["ruleIndex"] = .number(ruleIndex) }
            return .object(result)
        }
        let log = JSONValue.object(JSONObject([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(JSONObject([
                ("tool", .object(JSONObject([("driver", .object(driver))]))),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(results)),
            ]))])),
        ]))
        return log.rendered() + "\n"
    }

    static func level(_ severity: Severity) -> String {
        severity == .error ? "error" : "warning"
    }
}
