import DocketText

public enum Severity: String, Sendable, Codable, Comparable {
    case error, warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// One problem found in the content: where it is, how bad it is, which rule it breaks.
public struct Diagnostic: Hashable, Sendable {
    /// The file as the user names it: relative to the site root, `/`-separated.
    public var file: String
    public var position: SourcePosition
    public var severity: Severity
    /// A stable rule id (`request.title`, `yaml.syntax`, …) from the rule table.
    public var rule: String
    public var message: String

    public init(file: String, position: SourcePosition, severity: Severity, rule: String, message: String) {
        self.file = file
        self.position = position
        self.severity = severity
        self.rule = rule
        self.message = message
    }
}

extension Diagnostic: Comparable {
    /// Sorted by file, then position, then errors before warnings; ties broken by rule and
    /// message so that the order never depends on the order rules ran in.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file.utf8.lexicographicallyPrecedes(rhs.file.utf8) }
        if lhs.position != rhs.position { return lhs.position < rhs.position }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return lhs.message < rhs.message
    }
}

extension Diagnostic {
    /// `content/requests/vpc.yml:3:8: error: title must be … [request.title]`, on one line
    /// whatever the file name or the message hold (`TerminalText`): how every command and
    /// error prints a diagnostic as text.
    public var textLine: String {
        let file = TerminalText.escape(file), message = TerminalText.escape(message)
        return "\(file):\(position.line):\(position.column): \(severity.rawValue): \(message) [\(TerminalText.escape(rule))]"
    }
}
