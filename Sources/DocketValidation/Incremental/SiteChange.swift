import DocketContent

/// The documents that differ between two runs: added, removed, edited (another file or
/// another text), or whose file became readable or unreadable.
struct SiteChange {
    private(set) var keys: Set<DocumentKey> = []
    /// Types whose set of slugs changed: "did you mean" hints among them may differ.
    private(set) var kindsWithNewOrGoneSlugs: Set<ContentKind> = []

    /// Compares every document by its path and text (the same text is one shared buffer
    /// for a reused document, so comparing is cheap).
    init(from old: SiteDocuments, to new: SiteDocuments) {
        for kind in ContentKind.allCases {
            let before = old.byKind[kind] ?? [:]
            let after = new.byKind[kind] ?? [:]
            for (slug, document) in after {
                guard let earlier = before[slug] else {
                    insert(kind, slug, slugSetChanged: true)
                    continue
                }
                if earlier.path != document.path || earlier.text != document.text { insert(kind, slug, slugSetChanged: false) }
            }
            for slug in before.keys where after[slug] == nil { insert(kind, slug, slugSetChanged: true) }
            let unreadable = (old.unreadable[kind] ?? []).symmetricDifference(new.unreadable[kind] ?? [])
            for slug in unreadable { insert(kind, slug, slugSetChanged: false) }
        }
    }

    private mutating func insert(_ kind: ContentKind, _ slug: String, slugSetChanged: Bool) {
        keys.insert(DocumentKey(kind: kind, slug: slug))
        if slugSetChanged { kindsWithNewOrGoneSlugs.insert(kind) }
    }
}
