/// One content file as read from disk: its type, slug, text and parsed tree.
public struct SourceDocument: Sendable {
    public var kind: ContentKind
    public var slug: String
    /// The path diagnostics print: relative to the site root, `/`-separated.
    public var path: String
    /// The decoded text (without a byte order mark), to point into its scalars.
    public var text: String
    public var root: ContentNode
    /// The file as it was read, so later work on it can be reused while it is unchanged.
    public var fingerprint: FileFingerprint?

    public init(kind: ContentKind, slug: String, path: String, text: String, root: ContentNode, fingerprint: FileFingerprint? = nil) {
        self.kind = kind
        self.slug = slug
        self.path = path
        self.text = text
        self.root = root
        self.fingerprint = fingerprint
    }
}
