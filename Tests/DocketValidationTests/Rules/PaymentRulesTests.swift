@testable import DocketValidation
import Testing
import DocketTestSupport

/// docs/spec.md §3, payment requests and their rules, on `ExtraProposal` (total 1000): payment k
/// (from 0) has amount at (9+5k):13, description (10+5k):18, requested (11+5k):16,
/// status (12+5k):13 and final (13+5k):12.
@Suite struct PaymentRulesTests {
    static let file = ExtraProposal.path
    typealias P = ExtraProposal

    private func diagnostics(status: String = "accepted", total: String = "1000", _ payments: [String]) throws -> [String] {
        try P.site(P.text(status: status, total: total, payments: payments)).diagnostics()
    }

    private func expected(_ errors: [(String, String)]) -> [String] {
        errors.map { "\(Self.file):\($0.0): error [\($0.1)]" }
    }

    // MARK: Only on an accepted proposal

    @Test(arguments: [("accepted", nil), ("proposed", "9:3"), ("declined", "9:3"), ("withdrawn", "9:3")] as [(String, String?)])
    func onlyOnAnAcceptedProposal(status: String, error: String?) throws {
        #expect(try diagnostics(status: status, [P.payment("100")])
            == expected(error.map { [($0, "proposal.payment_requests")] } ?? []))
    }

    @Test func anEmptyListIsNoPaymentRequest() throws {
        #expect(try P.site(P.text(status: "proposed") + "\npayment_requests: []").diagnostics() == [])
    }

    // MARK: Accepted and awaiting add up to at most the total

    @Test(arguments: [
        // Exactly the total is fine; a cent more is reported at the request that crosses it.
        ([P.payment("400"), P.payment("600")], []),
        ([P.payment("400"), P.payment("600.01")], [("14:13", "payment.total")]),
        // Awaiting requests count (build 2026-11-22: these are recent, still awaiting).
        ([P.payment("400", requested: "2026-11-20", status: "awaiting"), P.payment("600.01", requested: "2026-11-20", status: "awaiting")],
         [("14:13", "payment.total")]),
        // Declined requests do not.
        ([P.payment("400"), P.payment("500", status: "declined"), P.payment("600")], []),
        ([P.payment("1000.01", status: "declined")], []),
        // Reported once, at the first request past the total.
        ([P.payment("1000"), P.payment("1"), P.payment("2")], [("14:13", "payment.total")]),
    ] as [([String], [(String, String)])])
    func acceptedAndAwaitingAddUpToAtMostTheTotal(payments: [String], errors: [(String, String)]) throws {
        #expect(try diagnostics(payments) == expected(errors))
    }

    @Test func totalMessageShowsTheAmounts() throws {
        let site = P.site(P.text(payments: [P.payment("400"), P.payment("600.01")]))
        #expect(try site.validate().messages("payment.total")
            == ["accepted and awaiting payment requests add up to $1,000.01, more than the total $1,000.00"])
    }

    // MARK: One final request, and nothing requested after it

    @Test(arguments: [
        ([P.payment("400", final: true)], []),
        ([P.payment("400", final: true), P.payment("600", final: true)], [("18:12", "payment.final")]),
        ([P.payment("100", final: true), P.payment("100", final: true), P.payment("100", final: true)],
         [("18:12", "payment.final"), ("23:12", "payment.final")]),
        // Requested the same day as the final one, or before it: fine.
        ([P.payment("400", requested: "2026-11-01", final: true), P.payment("600", requested: "2026-11-01")], []),
        ([P.payment("400", requested: "2026-11-01", final: true), P.payment("600", requested: "2026-10-31")], []),
        // The day after: not.
        ([P.payment("400", requested: "2026-11-01", final: true), P.payment("600", requested: "2026-11-02")],
         [("16:16", "payment.final")]),
        ([P.payment("400", requested: "2026-11-01T23:00:00Z", final: true), P.payment("600", requested: "2026-11-02T00:30:00+02:00")], []),
    ] as [([String], [(String, String)])])
    func oneFinalRequestAndNothingAfterIt(payments: [String], errors: [(String, String)]) throws {
        #expect(try diagnostics(payments) == expected(errors))
    }

    @Test func decidedCannotBeBeforeRequested() throws {
        let decided = { (day: String) in P.payment("400", requested: "2026-10-20") + "\n    decided: \(day)" }
        #expect(try diagnostics([decided("2026-10-20")]) == [])
        #expect(try diagnostics([decided("2026-10-19")]) == expected([("14:14", "payment.decided")]))
        #expect(try diagnostics([decided("someday")]) == expected([("14:14", "payment.decided")]))
    }

    // MARK: Fields

    @Test(arguments: [
        ("0.01", nil), ("400", nil), ("\"400.5\"", nil), ("0", "9:13"), ("0.00", "9:13"), ("-400", "9:13"), ("400.001", "9:13"),
        ("$400", "9:13"), ("\"\"", "9:13"),
    ] as [(String, String?)])
    func amount(value: String, error: String?) throws {
        #expect(try diagnostics([P.payment(value)]) == expected(error.map { [($0, "payment.amount")] } ?? []))
    }

    @Test(arguments: [
        (Text.of(1), nil), (Text.of(1500), nil), (Text.of(1501), "10:18"), ("\"\"", "10:18"), ("\"  \"", "10:18"),
    ] as [(String, String?)])
    func description(value: String, error: String?) throws {
        #expect(try diagnostics([P.payment("400", description: value)]) == expected(error.map { [($0, "payment.description")] } ?? []))
    }

    @Test(arguments: [
        ("2026-10-20", nil), ("2026-10-20T08:00:00Z", nil), ("2026-10-20 08:00", "11:16"), ("20/10/2026", "11:16"),
    ] as [(String, String?)])
    func requested(value: String, error: String?) throws {
        #expect(try diagnostics([P.payment("400", requested: value)]) == expected(error.map { [($0, "payment.requested")] } ?? []))
    }

    @Test(arguments: [
        ("awaiting", nil), ("accepted", nil), ("declined", nil), ("approved", "12:13"), ("Accepted", "12:13"), ("paid", "12:13"),
    ] as [(String, String?)])
    func status(value: String, error: String?) throws {
        #expect(try diagnostics([P.payment("400", requested: "2026-11-20", status: value)])
            == expected(error.map { [($0, "payment.status")] } ?? []))
    }

    @Test func finalIsABoolean() throws {
        let payment = P.payment("400").replacingLine("    final: false", with: "    final: maybe")
        #expect(try diagnostics([payment]) == expected([("13:12", "payment.final")]))
        let yes = P.payment("400").replacingLine("    final: false", with: "    final: yes")
        #expect(try diagnostics([yes]) == [])
    }

    @Test(arguments: ["  - amount: 400", "    description: Work done", "    requested: 2026-10-20", "    status: accepted"])
    func missingRequiredField(line: String) throws {
        var payment = P.payment("400").removingLine(line)
        if line == "  - amount: 400" { payment = payment.replacingLine("    description: Work done", with: "  - description: Work done") }
        let key = line.drop { $0 == " " || $0 == "-" }.prefix { $0 != ":" }
        #expect(try diagnostics([payment]) == expected([("9:5", "payment.\(key)")]))
    }

    @Test func aPaymentRequestIsAMapping() throws {
        #expect(try diagnostics(["  - 400"]) == expected([("9:5", "proposal.payment_requests")]))
    }

    // MARK: The 10-day auto-approval (docs/spec.md §3), seen through the review of the valid fixture

    /// The valid proposal's final payment, awaiting since `requested`; the firm reviews it.
    static func awaitingFinalPayment(requested: String) -> SiteFixture {
        let proposal = ValidContent.proposal.replacingPassage("""
            requested: 2026-11-01
            status: accepted
            decided: 2026-11-02
        """, with: """
            requested: \(requested)
            status: awaiting
        """)
        return SiteFixture.valid(replacing: SiteFixture.proposalPath, with: proposal)
    }

    @Test(arguments: [
        ("2026-11-12", "2026-11-22", true),
        ("2026-11-12", "2026-11-21", false),
        ("2026-11-13", "2026-11-22", false),
        ("2026-11-12", "2027-01-01", true),
        // Whole UTC calendar days: the time of day does not matter, the offset does.
        ("2026-11-12T23:59:59Z", "2026-11-22T00:00:00Z", true),
        ("2026-11-12T00:00:00Z", "2026-11-21T23:59:59Z", false),
        ("2026-11-12T23:30:00-02:00", "2026-11-22", false),
        ("2026-11-13T01:00:00+02:00", "2026-11-22", true),
        ("2026-11-12", "2026-11-22T00:00:00+01:00", false),
    ])
    func awaitingTenDaysCountsAsAccepted(requested: String, now: String, completed: Bool) throws {
        let site = Self.awaitingFinalPayment(requested: requested)
        #expect(try site.diagnostics(now: now) == (completed ? [] : ["content/firms/analytical.yml:9:15: error [review.proposal]"]))
    }
}
