/// A document that could not be read: the reader's message at the reader's position.
public struct ParseError: Error, Hashable, Sendable {
    /// `yaml.syntax`, `json.syntax`, `yaml.alias-limit`, …
    public var rule: String
    public var message: String
    public var position: SourcePosition

    public init(rule: String, message: String, position: SourcePosition) {
        self.rule = rule
        self.message = message
        self.position = position
    }
}
