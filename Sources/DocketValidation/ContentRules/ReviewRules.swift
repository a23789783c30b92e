import DocketContent
import DocketDomain
import DocketValues

/// A firm's reviews: each about a completed proposal of one of its experts.
struct ReviewRules {
    let documents: SiteDocuments
    let buildTime: ISODate

    func check(_ firm: CheckedDocument, into context: inout CheckContext) {
        for review in firm.fields.reviews {
            checkProposal(of: review, firm: firm.slug, into: &context)
        }
    }

    private func checkProposal(of review: CheckedFields.ReviewFields, firm: String, into context: inout CheckContext) {
        guard let slug = review.proposal else { return }
        guard let proposal = documents[.proposal, slug.value] else {
            guard !documents.isUnreadable(.proposal, slug.value) else { return }
            var message = "no proposal '\(slug.value)' exists"
            if let hint = Suggestion.closest(to: slug.value, among: Array((documents.byKind[.proposal] ?? [:]).keys)) {
                message += "; did you mean '\(hint)'?"
            }
            context.report(.reviewProposal, message, at: slug.position)
            return
        }
        if let schedule = proposal.fields.proposal?.schedule(at: buildTime), !schedule.isCompleted {
            context.report(.reviewProposal, "proposal '\(slug.value)' is not completed (its final payment request is not accepted); only completed proposals can be reviewed", at: slug.position)
        }
        if let expert = proposal.fields.expert, let expertDocument = documents[.expert, expert.value],
           expertDocument.fields.firm?.value != firm {
            context.report(.reviewProposal, "proposal '\(slug.value)' is by expert '\(expert.value)', who does not belong to firm '\(firm)'", at: slug.position)
        }
    }
}
