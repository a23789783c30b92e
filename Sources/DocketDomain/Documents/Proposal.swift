/// A proposal at build time, decoded once by `DocumentDecoder`: its payment schedule and
/// state are derived with `PaymentSchedule` and `ProposalState`.
public struct Proposal: Sendable {
    public let slug: String
    public let request: String
    public let expert: String
    public let title: String
    public let status: ProposalStatus
    /// The status at build time, completion derived from the payment schedule.
    public let state: ProposalState
    public let created: ISODate
    public let total: Money
    public let bodyHTML: String
    public let milestones: [Milestone]
    public let payments: [Payment]
    public let permissions: [Permission]
    /// The schedule's money: paid, fees, awaiting, remaining.
    public let account: ProposalAccount

    public init(slug: String, request: String, expert: String, title: String, status: ProposalStatus, state: ProposalState, created: ISODate, total: Money, bodyHTML: String, milestones: [Milestone], payments: [Payment], permissions: [Permission], account: ProposalAccount) {
        self.slug = slug
        self.request = request
        self.expert = expert
        self.title = title
        self.status = status
        self.state = state
        self.created = created
        self.total = total
        self.bodyHTML = bodyHTML
        self.milestones = milestones
        self.payments = payments
        self.permissions = permissions
        self.account = account
    }

    public var isCompleted: Bool { state == .completed }
}

public struct Milestone: Sendable {
    public let title: String
    public let amount: Money?
    public let due: ISODate?

    public init(title: String, amount: Money?, due: ISODate?) {
        self.title = title
        self.amount = amount
        self.due = due
    }
}

public struct Payment: Sendable {
    public let amount: Money
    public let description: String
    public let requested: ISODate
    public let standing: PaymentStanding
    public let decided: ISODate?
    public let isFinal: Bool

    public init(amount: Money, description: String, requested: ISODate, standing: PaymentStanding, decided: ISODate?, isFinal: Bool) {
        self.amount = amount
        self.description = description
        self.requested = requested
        self.standing = standing
        self.decided = decided
        self.isFinal = isFinal
    }
}

public struct Permission: Sendable {
    public let policy: PermissionPolicy
    public let description: String?
    public let status: PermissionStatus

    public init(policy: PermissionPolicy, description: String?, status: PermissionStatus) {
        self.policy = policy
        self.description = description
        self.status = status
    }
}
