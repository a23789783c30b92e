/// A proposal's `status` as written (docs/spec.md §3); `proposed` when none is written.
public enum ProposalStatus: String, CaseIterable, Sendable {
    case proposed, accepted, declined, withdrawn

    /// Payment and permission requests exist only once the customer accepted.
    public var allowsRequests: Bool { self == .accepted }
}

/// Where a proposal stands at build time: its written status, except that an accepted
/// proposal whose final payment request is accepted (by the customer, or automatically on
/// its tenth day) is completed.
public enum ProposalState: String, Sendable {
    case proposed, accepted, completed, declined, withdrawn

    public init(status: ProposalStatus, schedule: PaymentSchedule) {
        switch status {
        case .proposed: self = .proposed
        case .accepted: self = schedule.isCompleted ? .completed : .accepted
        case .declined: self = .declined
        case .withdrawn: self = .withdrawn
        }
    }
}

/// A payment request's `status` as written.
public enum PaymentStatus: String, CaseIterable, Sendable {
    case awaiting, accepted, declined
}

/// A permission request's `status` as written.
public enum PermissionStatus: String, CaseIterable, Sendable {
    case requested, accepted, declined, revoked
}
