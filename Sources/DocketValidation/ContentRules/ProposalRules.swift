import DocketContent
import DocketDomain

/// A proposal's business rules: its expert answered the request, milestones and payments
/// stay within the total, payments and permissions only once the proposal is accepted.
struct ProposalRules {
    let documents: SiteDocuments
    let buildTime: ISODate

    func check(_ document: CheckedDocument, into context: inout CheckContext) {
        guard let fields = document.fields.proposal else { return }
        checkResponded(document.fields, into: &context)
        let total = fields.total?.value
        checkMilestones(fields.milestoneAmounts, total: total, into: &context)
        // A status that broke its rule is unknown, not the default: nothing to compare with.
        if let status = fields.status, !status.allowsRequests {
            for (key, rule, position) in fields.requestLists {
                context.report(rule, "\(key) are only allowed on an accepted proposal (this one is \(status.rawValue))", at: position)
            }
        }
        checkPayments(fields.schedule(at: buildTime), total: total, into: &context)
    }

    private func checkResponded(_ proposal: CheckedFields, into context: inout CheckContext) {
        guard let expert = proposal.expert, let requestSlug = proposal.request,
              documents.contains(.expert, expert.value),
              let request = documents[.request, requestSlug.value],
              request.fields.responsesAreKnown else { return }
        if !request.fields.responses.contains(where: { $0.value == expert.value }) {
            context.report(.proposalNotResponded,
                           "expert '\(expert.value)' is not among the responses of request '\(requestSlug.value)'",
                           at: expert.position)
        }
    }

    private func checkMilestones(_ amounts: [Located<Money>], total: Money?, into context: inout CheckContext) {
        guard let total else { return }
        var sum = Money.zero
        for amount in amounts {
            sum = sum.adding(amount.value) ?? .parseLimit
            if sum > total {
                context.report(.proposalMilestones,
                               "milestone amounts add up to \(sum.formatted), more than the total \(total.formatted)",
                               at: amount.position)
                return
            }
        }
    }

    private func checkPayments(_ schedule: PaymentSchedule, total: Money?, into context: inout CheckContext) {
        var sum = Money.zero
        var reportedTotal = false
        for entry in schedule.entries {
            guard let amount = entry.request.amount, let standing = entry.standing, standing.countsTowardTotal, let total else { continue }
            sum = sum.adding(amount.value) ?? .parseLimit
            if sum > total && !reportedTotal {
                context.report(.paymentTotal,
                               "accepted and awaiting payment requests add up to \(sum.formatted), more than the total \(total.formatted)",
                               at: amount.position)
                reportedTotal = true
            }
        }
        for entry in schedule.entries.map(\.request) {
            if let decided = entry.decided, let requested = entry.requested, decided.value.utcDay < requested.value.utcDay {
                context.report(.paymentDecided, "decided \(decided.value.isoString) is before requested \(requested.value.isoString)", at: decided.position)
            }
        }
        let finals = schedule.entries.map(\.request).filter(\.isFinal)
        for extra in finals.dropFirst() {
            context.report(.paymentFinal, "only one payment request may be final", at: extra.final?.position ?? extra.position)
        }
        guard let final = finals.first, let finalDay = final.requested?.value.utcDay else { return }
        for entry in schedule.entries.map(\.request) where !entry.isFinal {
            if let requested = entry.requested, requested.value.utcDay > finalDay {
                context.report(.paymentFinal,
                               "requested \(requested.value.isoString), after the final payment request of \(finalDay.isoString)",
                               at: requested.position)
            }
        }
    }
}
