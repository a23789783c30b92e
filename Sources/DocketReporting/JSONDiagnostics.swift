import DocketContent
import DocketText

/// `--format json`: one array of `{file, line, column, severity, rule, message}`, keys in
/// that order, one diagnostic per line so diffs of reports stay readable.
enum JSONDiagnostics {
    static func render(_ diagnostics: [Diagnostic]) -> String {
        guard !diagnostics.isEmpty else { return "[]\n" }
        let objects = diagnostics.map { diagnostic in
            "  {\"file\": \(JSONText.quote(diagnostic.file)), \"line\": \(diagnostic.position.line), "
                + "\"column\": \(diagnostic.position.column), \"severity\": \(JSONText.quote(diagnostic.severity.rawValue)), "
                + "\"rule\": \(JSONText.quote(diagnostic.rule)), \"message\": \(JSONText.quote(diagnostic.message))}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}
