/// A 1-based line and column in a content file.
///
/// Columns count Unicode scalars (code points), as libyaml does, so a YAML file and the
/// same data written as JSON report the same column for the same character.
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The position of a problem with the file as a whole (unreadable, too large, …).
    public static let fileStart = SourcePosition(line: 1, column: 1)

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}
