extension Money {
    /// The marketplace fee, in percent of each payment.
    public static let feePercent: Int64 = 3

    /// 3% of the amount, rounded half up to the cent: $0.50 → 1.5¢ → $0.02. Computed on
    /// whole dollars and the cents remainder separately so it cannot overflow for any
    /// amount. Negative amounts round half away from zero, mirroring positive ones.
    public var fee: Money {
        let dollars = cents / 100
        let remainder = cents % 100
        let half: Int64 = remainder < 0 ? -50 : 50
        return Money(cents: dollars * Self.feePercent + (remainder * Self.feePercent + half) / 100)
    }

    /// What the customer pays: the amount plus its fee. The fee is not part of a
    /// proposal's `total`. Nil only on overflow, which parsed amounts cannot reach.
    public var customerTotal: Money? {
        adding(fee)
    }
}
