import DocketContent
import DocketDomain
import DocketValues

/// Every slug a document names must belong to a document of the right type.
struct SlugReferenceRules {
    let documents: SiteDocuments

    func check(_ document: CheckedDocument, into context: inout CheckContext) {
        let fields = document.fields
        switch document.kind {
        case .request:
            for expert in fields.responses {
                require(.expert, expert, rule: .requestResponses, into: &context)
            }
        case .expert:
            if let firm = fields.firm { require(.firm, firm, rule: .expertFirm, into: &context) }
        case .proposal:
            if let request = fields.request { require(.request, request, rule: .proposalRequest, into: &context) }
            if let expert = fields.expert { require(.expert, expert, rule: .proposalExpert, into: &context) }
        case .firm:
            break // reviews are checked with their proposals by ReviewRules
        }
    }

    private func require(_ kind: ContentKind, _ slug: Located<String>, rule: Rule, into context: inout CheckContext) {
        guard !documents.contains(kind, slug.value), !documents.isUnreadable(kind, slug.value) else { return }
        var message = "no \(kind.rawValue) '\(slug.value)' exists (looked for \(kind.folder)/\(slug.value).yml, .yaml or .json)"
        if let hint = Suggestion.closest(to: slug.value, among: Array((documents.byKind[kind] ?? [:]).keys)) {
            message += "; did you mean '\(hint)'?"
        }
        context.report(rule, message, at: slug.position)
    }
}
