import DocketContent
import DocketDomain

/// A checked proposal's fields in the marketplace's own types, read from its record in
/// this one place: the proposal rules, the review rules and the site model all start here.
public struct ProposalFields: Sendable {
    /// Nil when `status` broke its rule: unknown, not the default.
    public let status: ProposalStatus?
    public let total: Located<Money>?
    public let paymentRequests: [PaymentRequest]
    /// The amounts of the milestones that have one, in order.
    public let milestoneAmounts: [Located<Money>]
    /// `payment_requests` and `permission_requests` when written with items: the keys, the
    /// rule each breaks on a proposal that is not accepted, and where each list is.
    public let requestLists: [(key: String, rule: Rule, position: SourcePosition)]

    public init(_ proposal: Record) {
        if proposal.rejected.contains("status") {
            status = nil
        } else {
            status = proposal.text("status").flatMap { ProposalStatus(rawValue: $0.value) } ?? .proposed
        }
        total = proposal.money("total")
        milestoneAmounts = proposal.records("milestones").compactMap { $0.money("amount") }
        requestLists = [("payment_requests", Rule.proposalPaymentRequests), ("permission_requests", Rule.proposalPermissionRequests)]
            .compactMap { key, rule in
                guard let field = proposal[key], case .list(let items) = field.value, !items.isEmpty else { return nil }
                return (key, rule, field.position)
            }
        paymentRequests = proposal.records("payment_requests").map { payment in
            PaymentRequest(amount: payment.money("amount"), description: payment.text("description")?.value,
                           requested: payment.date("requested"),
                           status: payment.text("status").flatMap { PaymentStatus(rawValue: $0.value) },
                           decided: payment.date("decided"),
                           final: payment.bool("final").flatMap { value in payment["final"].map { Located(value, at: $0.position) } },
                           position: payment.position)
        }
    }

    /// The schedule as it stands at `buildTime`.
    public func schedule(at buildTime: ISODate) -> PaymentSchedule {
        PaymentSchedule(paymentRequests, buildTime: buildTime)
    }
}
