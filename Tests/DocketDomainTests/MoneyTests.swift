import DocketDomain
import Testing

@Suite struct MoneyParsingTests {
    @Test(arguments: [
        ("1234", 123_400),
        ("1234.5", 123_450),
        ("1234.50", 123_450),
        ("0.01", 1),
        ("0.1", 10),
        ("1", 100),
        ("100", 10_000),
        ("  42.00\t", 4_200),
        ("999999999999.99", 99_999_999_999_999),
    ] as [(String, Int64)])
    func parsesExactCents(text: String, cents: Int64) {
        #expect(Money.parse(text) == .success(Money(cents: cents)))
    }

    @Test(arguments: [
        ("1234.567", MoneyParseError.tooManyDecimals(3)),
        ("0.001", .tooManyDecimals(3)),
        ("1.0000", .tooManyDecimals(4)),
        ("0", .notPositive),
        ("0.00", .notPositive),
        ("-5", .negative),
        ("-0.01", .negative),
        ("1e3", .exponent),
        ("1.5E+3", .exponent),
        ("NaN", .notANumber),
        (".nan", .notANumber),
        ("-.inf", .negative),
        ("Infinity", .notANumber),
        (".5", .missingIntegerPart),
        ("5.", .missingFractionDigits),
        (".", .notANumber),
        ("0123", .leadingZero),
        ("00.50", .leadingZero),
        ("1,234.50", .thousandsSeparator),
        ("1,234", .thousandsSeparator),
        ("1_000", .thousandsSeparator),
        ("1 000", .thousandsSeparator),
        ("1'000", .thousandsSeparator),
        ("1\u{A0}000", .thousandsSeparator),
        ("12,50", .decimalComma),
        ("$12", .currencySymbol),
        ("12$", .currencySymbol),
        ("€12", .currencySymbol),
        ("1000000000000", .tooLarge),
        ("", .empty),
        ("   ", .empty),
        ("+5", .unexpectedCharacter("+")),
        ("12.3.4", .unexpectedCharacter(".")),
        ("12 USD", .unexpectedCharacter(" ")),
        ("ten", .unexpectedCharacter("t")),
    ])
    func rejectsWithAReason(text: String, error: MoneyParseError) {
        #expect(Money.parse(text) == .failure(error))
    }

    @Test func limitIsTwelveIntegerDigits() {
        #expect(Money.parse("999999999999") == .success(Money(cents: 99_999_999_999_900)))
        #expect(Money.parse("1000000000000") == .failure(.tooLarge))
        #expect(Money.parse("1000000000000.00") == .failure(.tooLarge))
        #expect(Money.parseLimit.cents == 100_000_000_000_000)
    }

    @Test func errorsReadAsTheEndOfASentence() {
        #expect(MoneyParseError.tooManyDecimals(3).description == "has 3 decimals; at most 2")
        #expect(MoneyParseError.notPositive.description == "must be greater than 0")
    }
}

@Suite struct MoneyFormattingTests {
    @Test(arguments: [
        (0, "$0.00"),
        (1, "$0.01"),
        (10, "$0.10"),
        (99_999, "$999.99"),
        (100_000, "$1,000.00"),
        (123_450, "$1,234.50"),
        (100_000_000, "$1,000,000.00"),
        (12_345_678_901, "$123,456,789.01"),
        (-123_450, "-$1,234.50"),
        (Int64.min, "-$92,233,720,368,547,758.08"),
    ] as [(Int64, String)])
    func formatsDollarsWithGroupsAndTwoDecimals(cents: Int64, text: String) {
        #expect(Money(cents: cents).formatted == text)
        #expect(Money(cents: cents).description == text)
    }

    @Test func decimalTextIsPlain() {
        #expect(Money(cents: 123_450).decimalText == "1234.50")
        #expect(Money(cents: 5).decimalText == "0.05")
        #expect(Money(cents: -5).decimalText == "-0.05")
    }
}

@Suite struct MoneyFeeTests {
    @Test(arguments: [
        (10_000, 300),   // $100.00 → $3.00
        (50, 2),         // $0.50 → 1.5¢ → 2¢ (half up)
        (16, 0),         // 0.48¢ → 0¢
        (17, 1),         // 0.51¢ → 1¢
        (1, 0),          // 0.03¢
        (150, 5),        // 4.5¢ → 5¢
        (250, 8),        // 7.5¢ → 8¢
        (83, 2),         // 2.49¢ → 2¢
        (84, 3),         // 2.52¢ → 3¢
        (123_450, 3_704), // $1,234.50 → $37.035 → $37.04
        (99_999_999_999_999, 3_000_000_000_000), // just under the parse limit
    ] as [(Int64, Int64)])
    func feeIsThreePercentRoundedHalfUp(amount: Int64, fee: Int64) {
        #expect(Money(cents: amount).fee == Money(cents: fee))
        #expect(Money(cents: amount).customerTotal == Money(cents: amount + fee))
    }

    @Test func worksExampleFromTheGuide() {
        let payment = try! Money.parse("100").get()
        #expect(payment.fee.formatted == "$3.00")
        #expect(payment.customerTotal?.formatted == "$103.00")
    }

    @Test func negativeAmountsRoundAwayFromZeroAndNeverOverflow() {
        #expect(Money(cents: -50).fee == Money(cents: -2))
        #expect(Money(cents: -16).fee == Money(cents: 0))
        #expect(Money(cents: Int64.max).fee.cents > 0)
        #expect(Money(cents: Int64.min).fee.cents < 0)
        #expect(Money(cents: Int64.max).customerTotal == nil)
    }
}

@Suite struct MoneyArithmeticTests {
    @Test func sumsExactly() {
        let amounts = ["0.10", "0.20", "0.30"].map { try! Money.parse($0).get() }
        #expect(Money.sum(amounts) == Money(cents: 60))
        #expect(Money.sum([]) == .zero)
    }

    @Test func sumReportsOverflowInsteadOfTrapping() {
        #expect(Money.sum([Money(cents: Int64.max), Money(cents: 1)]) == nil)
        #expect(Money.sum([Money(cents: Int64.max), Money(cents: 0)]) == Money(cents: Int64.max))
        #expect(Money(cents: Int64.min).subtracting(Money(cents: 1)) == nil)
        #expect(Money(cents: 500).subtracting(Money(cents: 700)) == Money(cents: -200))
    }

    @Test func comparesByValue() {
        #expect(Money(cents: 99) < Money(cents: 100))
        #expect(Money.parse("1.5") == Money.parse("1.50"))
    }
}
