/// Bounds that keep a hostile content file from exhausting the stack or the memory of a
/// build that reads thousands of files.
public enum ContentLimits {
    /// How many lists and mappings may nest, in YAML and JSON alike. Real content needs a
    /// handful; the readers' recursion and the validator's stay far from the stack's end.
    public static let maxDepth = 200

    /// How many nodes YAML aliases may add in total once expanded. A billion-laughs file
    /// reaches it after a few aliases, while anchors that share real content stay far below.
    public static let maxAliasExpansion = 100_000
}
