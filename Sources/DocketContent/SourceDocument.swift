/// One content file as read from disk: its type, slug, text and parsed tree.
public struct SourceDocument: Sendable {
    public var kind: ContentKind
    public var slug: String
    /// The path diagnostics print: relative to the site root, `/`-separated.
    public var path: String
    /// The decoded text (without a byte order mark), to point into its scalars.
    public var text: String
    public var root: ContentNode

    public init(kind: ContentKind, slug: String, path: String, text: String, root: ContentNode) {
        self.kind = kind
        self.slug = slug
        self.path = path
        self.text = text
        self.root = root
    }
}
