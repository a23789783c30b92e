import DocketContent
import DocketText

/// The ways `docket validate` prints diagnostics (docs/spec.md §6).
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text, json, github, junit, sarif

    /// The whole report for a run.
    /// - Parameters:
    ///   - files: every file checked, for formats that list passing files too (JUnit).
    ///   - strict: warnings fail, as with `--strict`.
    public func render(_ diagnostics: [Diagnostic], files: [String] = [], strict: Bool = false) -> String {
        switch self {
        case .text: return diagnostics.map { $0.textLine + "\n" }.joined()
        case .json: return JSONDiagnostics.render(diagnostics)
        case .github: return diagnostics.map(Self.githubLine).map { $0 + "\n" }.joined()
        case .junit: return JUnitReport.render(diagnostics, files: files, strict: strict)
        case .sarif: return SARIFReport.render(diagnostics)
        }
    }


    /// A GitHub Actions workflow command, so a pull request shows the problem on its line.
    static func githubLine(_ diagnostic: Diagnostic) -> String {
        let properties = [
            "file=" + escapeProperty(TerminalText.escape(diagnostic.file)),
            "line=\(diagnostic.position.line)",
            "col=\(diagnostic.position.column)",
            "title=" + escapeProperty(TerminalText.escape(diagnostic.rule)),
        ].joined(separator: ",")
        return "::\(diagnostic.severity.rawValue) \(properties)::\(escapeData(TerminalText.escape(diagnostic.message)))"
    }

    // The escapes GitHub's runner undoes for workflow commands.
    private static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
