import DocketContent
import DocketDomain

/// The findings of the rules that span files, per document, kept between runs with the
/// documents each one read (`CrossFileDependencies`): a run after a change checks again
/// only the documents that changed and those that read one of them.
///
/// A document whose checks found something also depends on the set of slugs of each type
/// it references, because a "did you mean" hint is chosen among them.
struct CrossFileChecks {
    private struct Entry {
        var diagnostics: [Diagnostic]
        var dependencies: Set<DocumentKey>
    }

    private var entries: [DocumentKey: Entry] = [:]
    /// Who read a document: the reverse of the entries' dependencies.
    private var dependents: [DocumentKey: Set<DocumentKey>] = [:]
    /// What the entries were computed from.
    private var documents: SiteDocuments?
    private var buildTime: ISODate?

    /// The findings for every document of `documents`, in no particular order.
    mutating func run(documents: SiteDocuments, config: SiteConfig, buildTime: ISODate) -> [Diagnostic] {
        let stale: Set<DocumentKey>
        if let previous = self.documents, self.buildTime == buildTime {
            stale = affected(by: SiteChange(from: previous, to: documents))
        } else {
            self = CrossFileChecks()
            stale = Set(ContentKind.allCases.flatMap { kind in (documents.byKind[kind] ?? [:]).keys.map { DocumentKey(kind: kind, slug: $0) } })
        }
        self.documents = documents
        self.buildTime = buildTime
        for key in stale { forget(key) }
        let rules = Rules(documents: documents, config: config, buildTime: buildTime)
        let present = Array(stale.filter { documents.contains($0.kind, $0.slug) })
        let checked = present.parallelMap { key in
            let document = documents[key.kind, key.slug]!
            return Entry(diagnostics: rules.check(document), dependencies: CrossFileDependencies.of(document, in: documents))
        }
        for (key, entry) in zip(present, checked) {
            entries[key] = entry
            for dependency in entry.dependencies { dependents[dependency, default: []].insert(key) }
        }
        return entries.values.flatMap(\.diagnostics)
    }

    /// The documents whose findings may differ after `change`.
    private func affected(by change: SiteChange) -> Set<DocumentKey> {
        var stale = change.keys
        for key in change.keys { stale.formUnion(dependents[key] ?? []) }
        if !change.kindsWithNewOrGoneSlugs.isEmpty {
            for (key, entry) in entries where !entry.diagnostics.isEmpty
                && entry.dependencies.contains(where: { change.kindsWithNewOrGoneSlugs.contains($0.kind) }) {
                stale.insert(key)
            }
        }
        return stale
    }

    private mutating func forget(_ key: DocumentKey) {
        guard let entry = entries.removeValue(forKey: key) else { return }
        for dependency in entry.dependencies { dependents[dependency]?.remove(key) }
    }

    /// The cross-file rules of one run.
    private struct Rules: Sendable {
        let references: SlugReferenceRules
        let proposals: ProposalRules
        let reviews: ReviewRules
        let limits: Limits

        init(documents: SiteDocuments, config: SiteConfig, buildTime: ISODate) {
            references = SlugReferenceRules(documents: documents)
            proposals = ProposalRules(documents: documents, buildTime: buildTime)
            reviews = ReviewRules(documents: documents, buildTime: buildTime)
            limits = config.limits
        }

        func check(_ document: CheckedDocument) -> [Diagnostic] {
            var context = CheckContext(file: document.path, fileText: document.text, limits: limits, media: nil)
            references.check(document, into: &context)
            switch document.kind {
            case .proposal: proposals.check(document, into: &context)
            case .firm: reviews.check(document, into: &context)
            case .request, .expert: break
            }
            return context.diagnostics
        }
    }
}
