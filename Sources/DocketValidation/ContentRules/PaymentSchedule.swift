import DocketContent
import DocketDomain

/// A payment request as it stands at build time: a request left awaiting for 10 days is
/// approved automatically on its tenth day (docs/spec.md §3).
public enum PaymentStanding: Hashable, Sendable {
    case awaiting
    case accepted
    case declined
    /// Approved automatically; the day it happened.
    case autoApproved(on: CalendarDay)

    public init(status: String, requested: ISODate, buildTime: ISODate) {
        switch status {
        case "accepted": self = .accepted
        case "declined": self = .declined
        default:
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

/// Reads the payment requests of a checked proposal.
public struct PaymentSchedule: Sendable {
    public struct Entry: Sendable {
        public let record: Record
        public let amount: Located<Money>?
        public let requested: Located<ISODate>?
        public let standing: PaymentStanding?
        public let isFinal: Bool
    }

    public let entries: [Entry]

    public init(proposal: Record, buildTime: ISODate) {
        entries = proposal.records("payment_requests").map { payment in
            let requested = payment.date("requested")
            let standing = zip(payment.text("status"), requested).map {
                PaymentStanding(status: $0.value, requested: $1.value, buildTime: buildTime)
            }
            return Entry(record: payment, amount: payment.money("amount"), requested: requested,
                         standing: standing, isFinal: payment.bool("final") ?? false)
        }
    }

    /// Completed: the final payment request is accepted, by the customer or automatically.
    public var isCompleted: Bool {
        entries.contains { $0.isFinal && ($0.standing?.isAccepted ?? false) }
    }
}

private func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
