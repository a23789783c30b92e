import DocketContent

/// A content file after its schema check: what later rules and the site builder read.
///
/// A class, though never changed: every build of `docket serve` puts ten thousand of them
/// in new dictionaries and arrays, and copying a reference is one retain, not six.
public final class CheckedDocument: Sendable {
    public let kind: ContentKind
    public let slug: String
    public let path: String
    /// The file's text, to point at a place inside one of its scalars.
    public let text: String
    /// The fields that passed their rules.
    public let record: Record
    /// What the rules read of them, read once.
    public let fields: CheckedFields

    init(kind: ContentKind, slug: String, path: String, text: String, record: Record) {
        self.kind = kind
        self.slug = slug
        self.path = path
        self.text = text
        self.record = record
        fields = CheckedFields(kind: kind, record: record)
    }
}

/// Every checked document, by type and slug. A slug used twice keeps the first file in
/// path order (the second is reported as `slug.duplicate`).
public struct SiteDocuments: Sendable {
    public private(set) var count = 0
    public private(set) var byKind: [ContentKind: [String: CheckedDocument]] = [:]
    /// Files that exist but could not be read or parsed, by type: their slugs are taken.
    public private(set) var unreadable: [ContentKind: Set<String>] = [:]

    public init(_ documents: [CheckedDocument], unreadable: [ContentKind: Set<String>] = [:]) {
        self.unreadable = unreadable
        for document in documents where byKind[document.kind]?[document.slug] == nil {
            byKind[document.kind, default: [:]][document.slug] = document
            count += 1
        }
    }

    public subscript(kind: ContentKind, slug: String) -> CheckedDocument? { byKind[kind]?[slug] }

    /// The documents of one type in slug order.
    public func all(_ kind: ContentKind) -> [CheckedDocument] {
        (byKind[kind] ?? [:]).values.sorted { $0.slug < $1.slug }
    }

    /// Every document, in no particular order.
    var everyDocument: [CheckedDocument] { byKind.values.flatMap(\.values) }

    public func contains(_ kind: ContentKind, _ slug: String) -> Bool { byKind[kind]?[slug] != nil }

    /// Every checked file's path, sorted.
    public var paths: [String] {
        byKind.values.flatMap { $0.values.map(\.path) }.sorted()
    }

    /// A file of this slug exists but could not be read: what it holds is unknown.
    public func isUnreadable(_ kind: ContentKind, _ slug: String) -> Bool { unreadable[kind]?.contains(slug) ?? false }
}
