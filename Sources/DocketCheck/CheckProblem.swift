/// One thing wrong with a built site, on a page and, where known, a line.
public struct CheckProblem: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Relative to the checked folder.
    public let file: String
    public let line: Int?
    /// A `check.*` rule of the rule table's built-site section (`check.link`, `check.form`, …).
    public let rule: String
    public let message: String

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): error: \(message) [\(rule)]"
    }

    public static func < (lhs: CheckProblem, rhs: CheckProblem) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.rule, lhs.message) < (rhs.file, rhs.line ?? 0, rhs.rule, rhs.message)
    }
}
