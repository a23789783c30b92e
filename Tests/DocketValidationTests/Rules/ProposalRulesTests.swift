@testable import DocketValidation
import Testing
import DocketTestSupport

/// docs/spec.md §3, Proposal. `ValidContent.proposal` has request 1:10, expert 2:9, title 3:8,
/// status 4:9, created 5:10, total 6:8, body 7:7, and one milestone: title 10:12,
/// amount 11:13, due 12:10. Field rules without payments are tested on `ExtraProposal`.
@Suite struct ProposalRulesTests {
    static let file = SiteFixture.proposalPath

    private func diagnostics(_ proposal: String) throws -> [String] {
        try SiteFixture.valid(replacing: Self.file, with: proposal).diagnostics()
    }

    private func replacing(_ line: String, with new: String) throws -> [String] {
        try diagnostics(ValidContent.proposal.replacingLine(line, with: new))
    }

    private func extra(_ text: String) throws -> [String] {
        try ExtraProposal.site(text).diagnostics()
    }

    private func expected(_ position: String?, _ rule: String, file: String = file, _ severity: String = "error") -> [String] {
        position.map { ["\(file):\($0): \(severity) [\(rule)]"] } ?? []
    }

    // MARK: References

    @Test(arguments: [("harden-network", nil), ("harden-netwrk", "1:10"), ("Harden-Network", "1:10"), ("[harden-network]", "1:10")] as [(String, String?)])
    func request(value: String, error: String?) throws {
        #expect(try replacing("request: harden-network", with: "request: \(value)") == expected(error, "proposal.request"))
    }

    @Test func unknownRequestSuggestsTheClosest() throws {
        let site = SiteFixture.valid(replacing: Self.file,
                                     with: ValidContent.proposal.replacingLine("request: harden-network", with: "request: harden-netwrk"))
        #expect(try site.validate().messages("proposal.request")
            == ["no request 'harden-netwrk' exists (looked for requests/harden-netwrk.yml, .yaml or .json); did you mean 'harden-network'?"])
    }

    /// An expert that does not exist is one error: no warning that it did not respond.
    @Test func expertMustExist() throws {
        #expect(try replacing("expert: ada", with: "expert: nobody") == expected("2:9", "proposal.expert"))
    }

    @Test func expertWhoDidNotRespondIsAWarning() throws {
        let site = SiteFixture.valid()
        site.write("content/experts/bob.yml", ValidContent.expert)
        site.write(ExtraProposal.path, ExtraProposal.text().replacingLine("expert: ada", with: "expert: bob"))
        #expect(try site.diagnostics() == expected("2:9", "proposal.not-responded", file: ExtraProposal.path, "warning"))
        #expect(try site.validate().messages("proposal.not-responded")
            == ["expert 'bob' is not among the responses of request 'harden-network'"])
        site.write(SiteFixture.requestPath, ValidContent.request.appending("  - bob"))
        #expect(try site.diagnostics() == [])
    }

    // MARK: Fields

    @Test(arguments: [
        (Text.of(10), nil), (Text.of(9), "3:8"), (Text.of(140), nil), (Text.of(141), "3:8"),
        (String(repeating: "🧑🏾‍💻", count: 10), nil), (String(repeating: "🧑🏾‍💻", count: 9), "3:8"),
        ("\"   \(Text.of(9))   \"", "3:8"),
    ] as [(String, String?)])
    func title(value: String, error: String?) throws {
        #expect(try extra(ExtraProposal.text().replacingLine("title: Extra work on the network", with: "title: \(value)"))
            == expected(error, "proposal.title", file: ExtraProposal.path))
    }

    @Test(arguments: [
        ("proposed", nil), ("accepted", nil), ("declined", nil), ("withdrawn", nil),
        ("Accepted", "4:9"), ("open", "4:9"), ("\"\"", "4:9"),
    ] as [(String, String?)])
    func status(value: String, error: String?) throws {
        #expect(try extra(ExtraProposal.text(status: value)) == expected(error, "proposal.status", file: ExtraProposal.path))
    }

    @Test func statusDefaultsToProposed() throws {
        let payments = [ExtraProposal.payment("100")]
        let text = ExtraProposal.text(payments: payments).removingLine("status: accepted")
        // payment_requests moves up to line 7; its list starts on line 8.
        #expect(try extra(text) == expected("8:3", "proposal.payment_requests", file: ExtraProposal.path))
        #expect(try ExtraProposal.site(text).validate().messages("proposal.payment_requests")
            == ["payment_requests are only allowed on an accepted proposal (this one is proposed)"])
    }

    /// A mistyped status is one error; the payments are not also blamed on a status that
    /// was never read.
    @Test func misspelledStatusIsOneError() throws {
        let text = ExtraProposal.text(status: "Accepted", payments: [ExtraProposal.payment("100")],
                                      permissions: [ExtraProposal.permission("SecurityAudit")])
        #expect(try extra(text) == expected("4:9", "proposal.status", file: ExtraProposal.path))
    }

    @Test(arguments: [
        ("2026-10-05", nil), ("2026-10-05T10:00:00Z", nil), ("2026-10-05T10:00:00.5+05:30", nil),
        ("2026-10-32", "5:10"), ("2026/10/05", "5:10"), ("2026-10-05T10:00", "5:10"),
    ] as [(String, String?)])
    func created(value: String, error: String?) throws {
        #expect(try extra(ExtraProposal.text().replacingLine("created: 2026-10-05", with: "created: \(value)"))
            == expected(error, "proposal.created", file: ExtraProposal.path))
    }

    @Test(arguments: [
        ("1000", nil), ("1000.5", nil), ("1000.50", nil), ("\"1000.50\"", nil), ("'1000'", nil), ("0.01", nil),
        ("999999999999.99", nil),
        ("1000.505", "6:8"), ("0", "6:8"), ("0.00", "6:8"), ("-1", "6:8"), ("-0.01", "6:8"), ("\"$1,000\"", "6:8"),
        ("1,000", "6:8"), ("1e3", "6:8"), ("abc", "6:8"), (".5", "6:8"), ("5.", "6:8"), ("0100", "6:8"),
        ("1000000000000", "6:8"), ("[1000]", "6:8"), ("|\n  1000", "6:8"),
    ] as [(String, String?)])
    func total(value: String, error: String?) throws {
        #expect(try extra(ExtraProposal.text(total: value)) == expected(error, "proposal.total", file: ExtraProposal.path))
    }

    @Test func moneyErrorsSayWhatIsWrong() throws {
        let site = ExtraProposal.site(ExtraProposal.text(total: "1000.505"))
        #expect(try site.validate().messages("proposal.total").first?.contains("1000.505") == true)
        let negative = ExtraProposal.site(ExtraProposal.text(total: "-1"))
        #expect(try negative.validate().messages("proposal.total").count == 1)
    }

    @Test(arguments: [
        ("1000.50", nil), ("\"1000.50\"", nil), ("1000.505", "6:12"), ("0", "6:12"), ("-5", "6:12"), ("true", "6:12"), ("1e3", "6:12"),
    ] as [(String, String?)])
    func totalInJSON(value: String, error: String?) throws {
        let site = SiteFixture.valid()
        site.write("content/proposals/extra-work.json", """
        {
          "request": "harden-network",
          "expert": "ada",
          "title": "Extra work on the network",
          "created": "2026-10-05",
          "total": \(value),
          "body": "A body long enough to pass the thirty characters."
        }
        """)
        #expect(try site.diagnostics() == expected(error, "proposal.total", file: "content/proposals/extra-work.json"))
    }

    @Test(arguments: [
        (Text.of(30), nil), (Text.of(29), "7:7"), (Text.of(10000), nil), (Text.of(10001), "7:7"),
    ] as [(String, String?)])
    func body(value: String, error: String?) throws {
        let text = ExtraProposal.text().replacingLine("body: A body long enough to pass the thirty characters.", with: "body: \(value)")
        #expect(try extra(text) == expected(error, "proposal.body", file: ExtraProposal.path))
    }

    @Test(arguments: [
        "request: harden-network", "expert: ada", "title: Extra work on the network", "created: 2026-10-05",
        "total: 1000", "body: A body long enough to pass the thirty characters.",
    ])
    func missingRequiredField(line: String) throws {
        let key = String(line.prefix { $0 != ":" })
        #expect(try extra(ExtraProposal.text().removingLine(line)) == expected("1:1", "proposal.\(key)", file: ExtraProposal.path))
    }

    @Test func unknownKeyWithAHint() throws {
        let site = ExtraProposal.site(ExtraProposal.text().appending("milestone: []"))
        #expect(try site.diagnostics() == expected("8:1", "schema.unknown-key", file: ExtraProposal.path))
        #expect(try site.validate().messages("schema.unknown-key") == ["unknown key 'milestone' in proposal; did you mean 'milestones'?"])
    }

    // MARK: Milestones

    /// A second milestone on lines 13–14, its amount at 14:13.
    @Test(arguments: [("600", nil), ("599.99", nil), ("600.01", "14:13")] as [(String, String?)])
    func milestonesAddUpToAtMostTheTotal(amount: String, error: String?) throws {
        let proposal = ValidContent.proposal.inserting("  - title: Report\n    amount: \(amount)", after: "    due: 2026-10-20")
        #expect(try diagnostics(proposal) == expected(error, "proposal.milestones"))
    }

    @Test func milestonesOverTheTotalAreReportedOnce() throws {
        let proposal = ValidContent.proposal
            .inserting("  - title: Report\n    amount: 700\n  - title: Extra\n    amount: 50", after: "    due: 2026-10-20")
        #expect(try diagnostics(proposal) == expected("14:13", "proposal.milestones"))
        #expect(try SiteFixture.valid(replacing: Self.file, with: proposal).validate().messages("proposal.milestones")
            == ["milestone amounts add up to $1,100.00, more than the total $1,000.00"])
    }

    @Test(arguments: [
        (Text.of(1), nil), (Text.of(140), nil), (Text.of(141), "10:12"), ("\"\"", "10:12"),
    ] as [(String, String?)])
    func milestoneTitle(value: String, error: String?) throws {
        #expect(try replacing("  - title: Review", with: "  - title: \(value)") == expected(error, "milestone.title"))
    }

    @Test(arguments: [("0.01", nil), ("400.00", nil), ("0", "11:13"), ("400.001", "11:13"), ("-400", "11:13")] as [(String, String?)])
    func milestoneAmount(value: String, error: String?) throws {
        #expect(try replacing("    amount: 400", with: "    amount: \(value)") == expected(error, "milestone.amount"))
    }

    @Test(arguments: [("2026-10-20", nil), ("2026-10-20T12:00:00Z", nil), ("2026-10-200", "12:10"), ("soon", "12:10")] as [(String, String?)])
    func milestoneDue(value: String, error: String?) throws {
        #expect(try replacing("    due: 2026-10-20", with: "    due: \(value)") == expected(error, "milestone.due"))
    }

    @Test func milestoneNeedsOnlyATitle() throws {
        let proposal = ValidContent.proposal.removingLine("    amount: 400").removingLine("    due: 2026-10-20")
        #expect(try diagnostics(proposal) == [])
        let untitled = ValidContent.proposal.removingLine("  - title: Review").replacingLine("    amount: 400", with: "  - amount: 400")
        #expect(try diagnostics(untitled) == expected("10:5", "milestone.title"))
    }
}
