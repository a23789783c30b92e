/// The HTML of one markdown field and what `docket validate` should say about it.
public struct RenderedMarkdown: Sendable, Hashable {
    /// Safe HTML: only the subset's elements, escaped text, and links to http, https or mailto.
    public var html: String
    /// One finding per construct that was shown as text instead of markup, in source order.
    public var findings: [MarkdownFinding]

    public init(html: String, findings: [MarkdownFinding]) {
        self.html = html
        self.findings = findings
    }
}

/// A construct the subset does not render, located in the markdown source.
public struct MarkdownFinding: Sendable, Hashable {
    public enum Severity: String, Sendable {
        case error, warning
    }

    /// `markdown.unsupported` (warning) or `markdown.link-scheme` (error).
    public var rule: String
    public var severity: Severity
    public var message: String
    /// Byte offset into the input string's UTF-8 where the construct starts.
    public var utf8Offset: Int
    /// 1-based line of `utf8Offset` in the input.
    public var line: Int

    public init(rule: String, severity: Severity, message: String, utf8Offset: Int, line: Int) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.utf8Offset = utf8Offset
        self.line = line
    }
}

extension MarkdownFinding {
    public static let unsupportedRule = "markdown.unsupported"
    public static let linkSchemeRule = "markdown.link-scheme"
}
