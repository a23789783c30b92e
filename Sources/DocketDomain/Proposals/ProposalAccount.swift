/// The money of a proposal's payment schedule at build time (docs/spec.md §3): the fee is 3% of
/// each payment, rounded half up to the cent, and not part of the total.
public struct ProposalAccount: Sendable {
    /// Accepted payments, including those approved automatically.
    public let paid: Money
    public let paidFees: Money
    public let paidCustomerTotal: Money
    public let awaiting: Money
    /// What the expert can still request: the total less accepted and awaiting payments.
    public let remaining: Money

    init(_ payments: [(amount: Money, standing: PaymentStanding)], total: Money) {
        let accepted = payments.filter { $0.standing.isAccepted }.map(\.amount)
        let awaiting = payments.filter { $0.standing == .awaiting }.map(\.amount)
        paid = Money.sum(accepted) ?? .zero
        paidFees = Money.sum(accepted.map(\.fee)) ?? .zero
        paidCustomerTotal = paid.adding(paidFees) ?? paid
        self.awaiting = Money.sum(awaiting) ?? .zero
        let committed = paid.adding(self.awaiting) ?? paid
        remaining = total.subtracting(committed).flatMap { $0 >= .zero ? $0 : nil } ?? .zero
    }
}
