/// One rule Docket enforces: the id diagnostics print, how bad breaking it is, and what it
/// asks for. Every diagnostic's rule id is one of `RuleTable.all`. Each rule is a
/// constant (`Rule.yamlSyntax`): code names rules by constant, never by their id text.
public struct Rule: Hashable, Sendable {
    public let id: String
    public let severity: Severity
    /// One sentence for the docs and SARIF metadata.
    public let summary: String
    /// The default length limit, for rules that `limits` in docket.yml may override.
    public let length: LengthLimit?

    public init(_ id: String, _ severity: Severity, _ summary: String, length: LengthLimit? = nil) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.length = length
    }
}

/// A length limit in user-perceived characters, after trimming (docs/spec.md §2).
public struct LengthLimit: Hashable, Sendable {
    public var min: Int
    public var max: Int?

    public init(min: Int = 0, max: Int?) {
        self.min = min
        self.max = max
    }

    /// The most Unicode scalars (code points) a value may hold: a value of few characters
    /// can be huge in scalars (150,000 combining marks are one character) and in bytes.
    /// `max` × `scalarsPerCharacter`; nil without a maximum. UTF-8 spends at
    /// most 4 bytes on a scalar, so this caps the bytes too.
    public var maxScalars: Int? { max.map { $0 * Self.scalarsPerCharacter } }

    /// Code points allowed per character of a maximum: room for the longest emoji
    /// sequences (a family with skin tones is 7–10) and for scripts that stack marks, not
    /// for a name of 150,000 combining marks.
    public static let scalarsPerCharacter = 10

    public static func range(_ min: Int, _ max: Int) -> LengthLimit { LengthLimit(min: min, max: max) }
    public static func atMost(_ max: Int) -> LengthLimit { LengthLimit(min: 0, max: max) }
}
