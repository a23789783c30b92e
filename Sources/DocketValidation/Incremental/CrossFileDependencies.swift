import DocketContent

/// The documents a document's cross-file checks read, besides itself: when one of them
/// changes, appears or vanishes, its checks are run again.
///
/// This mirrors what `SlugReferenceRules`, `ProposalRules` and `ReviewRules` look up; the
/// incremental-equals-full property test fails when a rule reads something not listed here.
enum CrossFileDependencies {
    static func of(_ document: CheckedDocument, in documents: SiteDocuments) -> Set<DocumentKey> {
        let fields = document.fields
        switch document.kind {
        case .request:
            return Set(fields.responses.map { DocumentKey(kind: .expert, slug: $0.value) })
        case .expert:
            return Set(fields.firm.map { [DocumentKey(kind: .firm, slug: $0.value)] } ?? [])
        case .proposal:
            var keys: Set<DocumentKey> = []
            if let request = fields.request { keys.insert(DocumentKey(kind: .request, slug: request.value)) }
            if let expert = fields.expert { keys.insert(DocumentKey(kind: .expert, slug: expert.value)) }
            return keys
        case .firm:
            // A review reads its proposal, and the firm of that proposal's expert.
            var keys: Set<DocumentKey> = []
            for review in fields.reviews {
                guard let slug = review.proposal?.value else { continue }
                keys.insert(DocumentKey(kind: .proposal, slug: slug))
                if let expert = documents[.proposal, slug]?.fields.expert {
                    keys.insert(DocumentKey(kind: .expert, slug: expert.value))
                }
            }
            return keys
        }
    }
}
