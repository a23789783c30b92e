import DocketContent
import DocketDomain
import DocketSite
import DocketValidation
import Foundation
import Testing

/// The payment arithmetic of docs/spec.md §3: the 3% fee rounded half up to the cent, the amount
/// remaining, and approval on the tenth day.
@Suite struct MoneyTests {
    /// A proposal whose payments exercise every rule, beside the valid site's documents.
    static let proposal = """
    request: harden-network
    expert: ada
    title: Payments that test the arithmetic
    status: accepted
    created: 2026-10-03
    total: 1000
    body: |
      A proposal whose payment schedule exercises the fee and the remaining amount.
    payment_requests:
      - amount: 100
        description: A round hundred
        requested: 2026-10-10
        status: accepted
        decided: 2026-10-11
      - amount: 3.50
        description: Fee of exactly half a cent, rounded up
        requested: 2026-10-12
        status: accepted
        decided: 2026-10-13
      - amount: 123.50
        description: Another fee ending in half a cent
        requested: 2026-10-14
        status: accepted
        decided: 2026-10-15
      - amount: 300
        description: Declined, so it counts for nothing
        requested: 2026-10-16
        status: declined
        decided: 2026-10-17
      - amount: 50
        description: Awaiting since the twelfth
        requested: 2026-11-12
        status: awaiting
      - amount: 250
        description: Awaiting since the thirteenth
        requested: 2026-11-13
        status: awaiting
    """

    static func site() -> SiteFixture {
        let site = SiteFixture.valid()
        site.write("content/proposals/money.yml", proposal)
        return site
    }

    static func account(now: String) throws -> (ProposalAccount, Proposal) {
        let site = site()
        defer { site.delete() }
        let result = try site.validate(now: now)
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let model = try SiteResolver.build(result, siteRoot: SiteRoot(site.root))
        let proposal = try #require(model.proposals.first { $0.slug == "money" })
        return (proposal.account, proposal)
    }

    @Test(arguments: [
        (10_000, 300, 10_300),   // $100.00 → $3.00 → $103.00
        (350, 11, 361),          // 10.5 cents → 11
        (12_350, 371, 12_721),   // 370.5 cents → 371
        (1_650, 50, 1_700),      // 49.5 cents → 50
        (1_649, 49, 1_698),      // 49.47 cents → 49
        (1, 0, 1),               // 0.03 cents → 0
        (17, 1, 18),             // 0.51 cents → 1
    ])
    func feeIsThreePercentRoundedHalfUp(cents: Int64, fee: Int64, customerTotal: Int64) {
        let amount = Money(cents: cents)
        #expect(amount.fee == Money(cents: fee))
        #expect(amount.customerTotal == Money(cents: customerTotal))
    }

    @Test func remainingIsTheTotalLessAcceptedAndAwaiting() throws {
        let (account, _) = try Self.account(now: "2026-11-22")
        // Accepted 100 + 3.50 + 123.50, approved automatically 50; awaiting 250; declined 300 ignored.
        #expect(account.paid == Money(cents: 27_700))
        #expect(account.paidFees == Money(cents: 300 + 11 + 371 + 150))
        #expect(account.paidCustomerTotal == Money(cents: 27_700 + 832))
        #expect(account.awaiting == Money(cents: 25_000))
        #expect(account.remaining == Money(cents: 100_000 - 27_700 - 25_000))
    }

    /// Requested 2026-11-12 counts as accepted on a build dated 2026-11-22; 2026-11-13 does not.
    @Test func approvalOnTheTenthDay() throws {
        let (_, proposal) = try Self.account(now: "2026-11-22")
        let twelfth = try #require(proposal.payments.first { $0.description == "Awaiting since the twelfth" })
        let thirteenth = try #require(proposal.payments.first { $0.description == "Awaiting since the thirteenth" })
        #expect(twelfth.standing == .autoApproved(on: CalendarDay(year: 2026, month: 11, day: 22)!))
        #expect(thirteenth.standing == .awaiting)
    }

    /// Days are whole UTC calendar dates: the last second of the 21st is too early, and so
    /// is a time on the 22nd that is still the 21st in UTC.
    @Test(arguments: [("2026-11-21", false), ("2026-11-21T23:59:59Z", false), ("2026-11-22T00:00:00Z", true),
                      ("2026-11-22T01:00:00+02:00", false), ("2026-11-22T23:59:59Z", true), ("2026-12-30", true)])
    func approvalCountsUTCDays(now: String, approved: Bool) throws {
        let (account, proposal) = try Self.account(now: now)
        let twelfth = try #require(proposal.payments.first { $0.description == "Awaiting since the twelfth" })
        #expect(twelfth.standing.isAccepted == approved)
        #expect(account.remaining == Money(cents: 100_000 - 22_700 - 5_000 - 25_000), "remaining never depends on approval")
    }

    @Test func thePageShowsEachFeeTheCustomerTotalAndTheTenthDay() throws {
        let site = Self.site()
        defer { site.delete() }
        let main = try site.build(now: "2026-11-22").page("proposals/money/index.html").main
        for (description, amount, fee, total) in [("A round hundred", "$100.00", "$3.00", "$103.00"),
                                                  ("Fee of exactly half a cent, rounded up", "$3.50", "$0.11", "$3.61"),
                                                  ("Another fee ending in half a cent", "$123.50", "$3.71", "$127.21"),
                                                  ("Awaiting since the twelfth", "$50.00", "$1.50", "$51.50"),
                                                  ("Awaiting since the thirteenth", "$250.00", "$7.50", "$257.50")] {
            let row = try #require(main.smallest(containing: [description, amount]), "no row for “\(description)”")
            #expect(row.text.contains(fee), "\(description): no fee \(fee) in “\(row.text)”")
            #expect(row.text.contains(total), "\(description): no customer total \(total) in “\(row.text)”")
        }
        let twelfth = try #require(main.smallest(containing: ["Awaiting since the twelfth", "$50.00"]))
        #expect(twelfth.text.contains("approved automatically on 2026-11-22"), "row reads “\(twelfth.text)”")
        let thirteenth = try #require(main.smallest(containing: ["Awaiting since the thirteenth", "$250.00"]))
        #expect(!thirteenth.text.contains("approved automatically"))
        #expect(thirteenth.text.localizedCaseInsensitiveContains("awaiting"))
        let remaining = try #require(main.value(labelled: "Remaining to request"))
        #expect(remaining.contains("$473.00"), "remaining reads “\(remaining)”")
    }

    /// The date shown is the tenth day after the request, whatever the build date.
    @Test func theShownDateIsTheTenthDayNotTheBuildDay() throws {
        let site = Self.site()
        defer { site.delete() }
        let main = try site.build(now: "2026-12-25").page("proposals/money/index.html").main
        let twelfth = try #require(main.smallest(containing: ["Awaiting since the twelfth", "$50.00"]))
        #expect(twelfth.text.contains("approved automatically on 2026-11-22"))
        let thirteenth = try #require(main.smallest(containing: ["Awaiting since the thirteenth", "$250.00"]))
        #expect(thirteenth.text.contains("approved automatically on 2026-11-23"))
        #expect(!main.text.contains("2026-12-25"))
    }
}
