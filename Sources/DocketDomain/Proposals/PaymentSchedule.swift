import DocketContent

/// A payment request as it stands at build time: a request left awaiting for 10 days is
/// approved automatically on its tenth day (docs/spec.md §3).
public enum PaymentStanding: Hashable, Sendable {
    case awaiting
    case accepted
    case declined
    /// Approved automatically; the day it happened.
    case autoApproved(on: CalendarDay)

    public init(status: PaymentStatus, requested: ISODate, buildTime: ISODate) {
        switch status {
        case .accepted: self = .accepted
        case .declined: self = .declined
        case .awaiting:
            self = AutoApproval.isApproved(requested: requested.utcDay, buildDay: buildTime.utcDay)
                ? .autoApproved(on: AutoApproval.day(requested: requested.utcDay)) : .awaiting
        }
    }

    /// Money the customer has agreed to pay, or will unless they act.
    public var countsTowardTotal: Bool { self != .declined }

    public var isAccepted: Bool {
        switch self {
        case .accepted, .autoApproved: return true
        case .awaiting, .declined: return false
        }
    }
}

/// One entry of a proposal's `payment_requests`, with the fields that passed their rules:
/// the rules that span files read it while other fields of the same entry may have failed.
public struct PaymentRequest: Sendable {
    public let amount: Located<Money>?
    public let description: String?
    public let requested: Located<ISODate>?
    public let status: PaymentStatus?
    public let decided: Located<ISODate>?
    /// `final: true`, and where it is written.
    public let final: Located<Bool>?
    /// The entry itself, for a finding about it as a whole.
    public let position: SourcePosition

    public init(amount: Located<Money>?, description: String?, requested: Located<ISODate>?, status: PaymentStatus?,
                decided: Located<ISODate>?, final: Located<Bool>?, position: SourcePosition) {
        self.amount = amount
        self.description = description
        self.requested = requested
        self.status = status
        self.decided = decided
        self.final = final
        self.position = position
    }

    public var isFinal: Bool { final?.value ?? false }
}

/// A proposal's payment requests at build time: the one place their standing, the
/// completion of the proposal and the money of the schedule are derived. Rules, pages and
/// feeds all read it.
public struct PaymentSchedule: Sendable {
    public struct Entry: Sendable {
        public let request: PaymentRequest
        /// Nil when the status or the requested date failed its rule.
        public let standing: PaymentStanding?
    }

    public let entries: [Entry]

    public init(_ requests: [PaymentRequest], buildTime: ISODate) {
        entries = requests.map { request in
            let standing = request.status.flatMap { status in
                request.requested.map { PaymentStanding(status: status, requested: $0.value, buildTime: buildTime) }
            }
            return Entry(request: request, standing: standing)
        }
    }

    /// Completed: the final payment request is accepted, by the customer or automatically.
    public var isCompleted: Bool {
        entries.contains { $0.request.isFinal && ($0.standing?.isAccepted ?? false) }
    }

    /// The money of the schedule against the proposal's `total`.
    public func account(total: Money) -> ProposalAccount {
        ProposalAccount(entries.compactMap { entry in
            guard let amount = entry.request.amount?.value, let standing = entry.standing else { return nil }
            return (amount, standing)
        }, total: total)
    }
}
