/// An exact amount of US dollars, held as a whole number of cents so that sums, fees and
/// comparisons never meet binary floating point.
///
/// Any `Int64` of cents can be held (differences may be negative); only `parse` enforces
/// the content rules (greater than 0, at most two decimals, below `Money.parseLimit`).
public struct Money: Hashable, Comparable, Sendable {
    public var cents: Int64

    public init(cents: Int64) {
        self.cents = cents
    }

    public static let zero = Money(cents: 0)

    public static func < (lhs: Money, rhs: Money) -> Bool {
        lhs.cents < rhs.cents
    }

    /// The total of `amounts`, or nil if it would overflow. Parsed amounts are below
    /// $10^12, so this only fails on sums of tens of thousands of near-limit amounts.
    public static func sum(_ amounts: some Sequence<Money>) -> Money? {
        var total: Int64 = 0
        for amount in amounts {
            let (next, overflow) = total.addingReportingOverflow(amount.cents)
            if overflow { return nil }
            total = next
        }
        return Money(cents: total)
    }

    public func adding(_ other: Money) -> Money? {
        let (result, overflow) = cents.addingReportingOverflow(other.cents)
        return overflow ? nil : Money(cents: result)
    }

    public func subtracting(_ other: Money) -> Money? {
        let (result, overflow) = cents.subtractingReportingOverflow(other.cents)
        return overflow ? nil : Money(cents: result)
    }
}

extension Money: CustomStringConvertible {
    /// `$1,234.50`: always two decimals, commas between thousands, a minus sign before the
    /// dollar sign for negative amounts.
    public var formatted: String {
        let magnitude = cents.magnitude
        let dollars = magnitude / 100
        let remainder = magnitude % 100
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        if cents < 0 { bytes.append(ASCII.minus) }
        bytes.append(UInt8(ascii: "$"))
        bytes.append(contentsOf: Self.groupedDigits(dollars))
        bytes.append(ASCII.dot)
        bytes.append(UInt8(ascii: "0") + UInt8(remainder / 10))
        bytes.append(UInt8(ascii: "0") + UInt8(remainder % 10))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `1234.50`: the plain decimal, for machine-readable output (JSON, schema examples).
    public var decimalText: String {
        let magnitude = cents.magnitude
        let remainder = magnitude % 100
        let sign = cents < 0 ? "-" : ""
        return "\(sign)\(magnitude / 100).\(remainder / 10)\(remainder % 10)"
    }

    public var description: String { formatted }

    private static func groupedDigits(_ value: UInt64) -> [UInt8] {
        let digits = Array(String(value).utf8)
        var grouped: [UInt8] = []
        grouped.reserveCapacity(digits.count + digits.count / 3)
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(ASCII.comma) }
            grouped.append(digit)
        }
        return grouped
    }
}
