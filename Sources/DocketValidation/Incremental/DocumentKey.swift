import DocketContent

/// A document by its type and slug: what one document names when it references another.
struct DocumentKey: Hashable, Sendable {
    let kind: ContentKind
    let slug: String
}
