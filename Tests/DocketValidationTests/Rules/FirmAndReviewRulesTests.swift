@testable import DocketValidation
import Testing
import DocketTestSupport

/// docs/spec.md §3, Firm and Review. `ValidContent.firm` has name 1:7, country 2:10, about 3:8,
/// `reviews` on line 4 and one review: rating 5:13, text 6:11, author 7:13, date 8:11,
/// proposal 9:15, would_work_again 10:23 (the review's mapping starts at 5:5).
@Suite struct FirmAndReviewRulesTests {
    static let file = SiteFixture.firmPath

    private func diagnostics(_ firm: String) throws -> [String] {
        try SiteFixture.valid(replacing: Self.file, with: firm).diagnostics()
    }

    private func replacing(_ line: String, with new: String) throws -> [String] {
        try diagnostics(ValidContent.firm.replacingLine(line, with: new))
    }

    private func expected(_ position: String?, _ rule: String, file: String = file) -> [String] {
        position.map { ["\(file):\($0): error [\(rule)]"] } ?? []
    }

    // MARK: Firm fields

    @Test(arguments: [
        (Text.of(1), nil), (Text.of(100), nil), (Text.of(101), "1:7"), ("\"\"", "1:7"),
        (String(repeating: "🏳️‍🌈", count: 100), nil), (String(repeating: "🏳️‍🌈", count: 101), "1:7"),
    ] as [(String, String?)])
    func name(value: String, error: String?) throws {
        #expect(try replacing("name: Analytical Engines", with: "name: \(value)") == expected(error, "firm.name"))
    }

    @Test(arguments: [("US", nil), ("FR", nil), ("GB", nil), ("anywhere", "2:10"), ("UK", "2:10")] as [(String, String?)])
    func country(value: String, error: String?) throws {
        #expect(try replacing("country: GB", with: "country: \(value)") == expected(error, "firm.country"))
    }

    @Test(arguments: [(0, nil), (1, nil), (3000, nil), (3001, "3:8")] as [(Int, String?)])
    func about(length: Int, error: String?) throws {
        let line = length == 0 ? "about: \"\"" : "about: \(Text.of(length))"
        #expect(try replacing("about: We build careful cloud foundations for small companies.", with: line)
            == expected(error, "firm.about"))
    }

    @Test func aFirmNeedsOnlyANameAndACountry() throws {
        let site = SiteFixture.valid()
        site.write("content/firms/plain.json", #"{"name": "Plain", "country": "FR"}"#)
        #expect(try site.diagnostics() == [])
        site.write("content/firms/plain.json", #"{"country": "FR"}"#)
        #expect(try site.diagnostics() == ["content/firms/plain.json:1:1: error [firm.name]"])
    }

    @Test func reviewsAreAListOfMappings() throws {
        let scalar = "name: Analytical Engines\ncountry: GB\nreviews: great"
        #expect(try diagnostics(scalar) == expected("3:10", "firm.reviews"))
        let item = "name: Analytical Engines\ncountry: GB\nreviews:\n  - great"
        #expect(try diagnostics(item) == expected("4:5", "firm.reviews"))
    }

    // MARK: Review fields

    @Test(arguments: [
        ("1", nil), ("5", nil), ("0", "5:13"), ("6", "5:13"), ("-1", "5:13"), ("4.5", "5:13"), ("five", "5:13"), ("[5]", "5:13"),
    ] as [(String, String?)])
    func rating(value: String, error: String?) throws {
        #expect(try replacing("  - rating: 5", with: "  - rating: \(value)") == expected(error, "review.rating"))
    }

    @Test(arguments: [(Text.of(500), nil), (Text.of(501), "6:11"), ("\"\"", nil)] as [(String, String?)])
    func text(value: String, error: String?) throws {
        #expect(try replacing("    text: Clear plan, delivered on time and well explained.", with: "    text: \(value)")
            == expected(error, "review.text"))
    }

    @Test(arguments: [(Text.of(1), nil), (Text.of(30), nil), (Text.of(31), "7:13"), ("\"\"", "7:13")] as [(String, String?)])
    func author(value: String, error: String?) throws {
        #expect(try replacing("    author: Jeanne D.", with: "    author: \(value)") == expected(error, "review.author"))
    }

    @Test(arguments: [
        ("2026-11-10", nil), ("2026-11-10T09:30:00Z", nil), ("2026-11-31", "8:11"), ("10 Nov 2026", "8:11"),
    ] as [(String, String?)])
    func date(value: String, error: String?) throws {
        #expect(try replacing("    date: 2026-11-10", with: "    date: \(value)") == expected(error, "review.date"))
    }

    @Test(arguments: [
        ("yes", nil), ("no", nil), ("true", nil), ("false", nil), ("Yes", nil), ("\"no\"", nil),
        ("maybe", "10:23"), ("1", "10:23"), ("[yes]", "10:23"),
    ] as [(String, String?)])
    func wouldWorkAgain(value: String, error: String?) throws {
        #expect(try replacing("    would_work_again: yes", with: "    would_work_again: \(value)")
            == expected(error, "review.would_work_again"))
    }

    /// The review's mapping starts at 5:5 whichever key comes first.
    @Test(arguments: [
        ("  - rating: 5", "review.rating"), ("    author: Jeanne D.", "review.author"),
        ("    date: 2026-11-10", "review.date"), ("    proposal: network-review", "review.proposal"),
    ])
    func missingRequiredReviewField(line: String, rule: String) throws {
        var firm = ValidContent.firm.removingLine(line)
        if line == "  - rating: 5" {
            firm = firm.replacingLine("    text: Clear plan, delivered on time and well explained.",
                                      with: "  - text: Clear plan, delivered on time and well explained.")
        }
        #expect(try diagnostics(firm) == expected("5:5", rule))
    }

    @Test func optionalReviewFieldsMayBeLeftOut() throws {
        let firm = ValidContent.firm.removingLine("    text: Clear plan, delivered on time and well explained.")
            .removingLine("    would_work_again: yes")
        #expect(try diagnostics(firm) == [])
    }

    // MARK: The reviewed proposal

    @Test func reviewedProposalMustExist() throws {
        let site = SiteFixture.valid(replacing: Self.file, with: ValidContent.firm.replacingLine(
            "    proposal: network-review", with: "    proposal: network-reveiw"))
        #expect(try site.diagnostics() == expected("9:15", "review.proposal"))
        #expect(try site.validate().messages("review.proposal") == ["no proposal 'network-reveiw' exists; did you mean 'network-review'?"])
    }

    /// Bob works for the firm `other`, and his proposal `bob-job` is completed.
    static func siteWithOtherFirm() -> SiteFixture {
        let site = SiteFixture.valid()
        site.write("content/firms/other.yml", "name: Other Firm\ncountry: US")
        site.write("content/experts/bob.yml", ValidContent.expert.replacingLine("firm: analytical", with: "firm: other"))
        site.write("content/proposals/bob-job.yml", ValidContent.proposal.replacingLine("expert: ada", with: "expert: bob"))
        site.write(SiteFixture.requestPath, ValidContent.request.appending("  - bob"))
        return site
    }

    @Test func reviewedProposalMustBeByAnExpertOfTheFirm() throws {
        let site = Self.siteWithOtherFirm()
        #expect(try site.diagnostics() == [])
        site.write(Self.file, ValidContent.firm.replacingLine("    proposal: network-review", with: "    proposal: bob-job"))
        #expect(try site.diagnostics() == expected("9:15", "review.proposal"))
        // The same review under bob's own firm is fine.
        site.write(Self.file, ValidContent.firm)
        site.write("content/firms/other.yml", "name: Other Firm\ncountry: US\n" + ValidContent.firm.split(separator: "\n").dropFirst(3)
            .joined(separator: "\n").replacingOccurrences(of: "proposal: network-review", with: "proposal: bob-job"))
        #expect(try site.diagnostics() == [])
    }

    @Test func reviewedProposalOfAnExpertWithoutFirmIsRefused() throws {
        let site = Self.siteWithOtherFirm()
        site.write("content/experts/bob.yml", ValidContent.expert.removingLine("firm: analytical"))
        site.write(Self.file, ValidContent.firm.replacingLine("    proposal: network-review", with: "    proposal: bob-job"))
        #expect(try site.diagnostics() == expected("9:15", "review.proposal"))
    }

    static let finalPayment = """
      - amount: 600
        description: Report delivered
        requested: 2026-11-01
        status: accepted
        decided: 2026-11-02
        final: true
    """

    @Test(arguments: [
        // The valid fixture: final payment accepted.
        (finalPayment, nil),
        // Final payment declined, or not yet answered (requested 2026-11-20, build 2026-11-22).
        (finalPayment.replacingOccurrences(of: "status: accepted", with: "status: declined"), "9:15"),
        (finalPayment.replacingOccurrences(of: "requested: 2026-11-01\n    status: accepted\n    decided: 2026-11-02",
                                           with: "requested: 2026-11-20\n    status: awaiting"), "9:15"),
        // No payment request is final.
        (finalPayment.replacingOccurrences(of: "final: true", with: "final: false"), "9:15"),
    ] as [(String, String?)])
    func reviewedProposalMustBeCompleted(finalPayment: String, error: String?) throws {
        let site = SiteFixture.valid(replacing: SiteFixture.proposalPath,
                                     with: ValidContent.proposal.replacingPassage(Self.finalPayment, with: finalPayment))
        #expect(try site.diagnostics() == expected(error, "review.proposal"))
    }

    // MARK: Review text (docs/spec.md §3: errors at their place inside the text)

    @Test(arguments: [
        ("Clear plan, delivered on time and well explained.", []),
        ("Call 555-123-4567 anytime, great work.", [("6:16", "review.contact-details")]),
        ("Visit them at 12 Baker Street, great team.", [("6:25", "review.contact-details")]),
        ("Write to 10 rue de Rivoli, 75001 Paris.", [("6:20", "review.contact-details"), ("6:38", "review.contact-details")]),
        ("Details at https://evil.example.com/x for all.", [("6:22", "review.link-domain")]),
        ("See https://amazon.co.uk.evil.io/x today.", [("6:15", "review.link-domain")]),
        ("Their page example.org/about says it all.", [("6:22", "review.link-domain")]),
        ("Reach us on +44 20 7946 0958 or at 5 avenue Foch.", [("6:23", "review.contact-details"), ("6:46", "review.contact-details")]),
        ("Bought their book at https://www.amazon.com/dp/B000 and loved it.", []),
        ("Also on https://amazon.fr/dp/B000 and https://smile.amazon.co.uk/x too.", []),
        ("Mail them at team@example.com, they answer fast.", []),
    ] as [(String, [(String, String)])])
    func reviewText(text: String, errors: [(String, String)]) throws {
        let result = try replacing("    text: Clear plan, delivered on time and well explained.", with: "    text: \(text)")
        #expect(result == errors.map { "\(Self.file):\($0.0): error [\($0.1)]" })
    }

    @Test func reviewTextErrorsInABlockScalar() throws {
        let firm = ValidContent.firm.replacingLine("    text: Clear plan, delivered on time and well explained.", with: """
            text: |
              Clear plan, delivered on time.
              Call +44 20 7946 0958 any time.
        """)
        #expect(try diagnostics(firm) == expected("8:12", "review.contact-details"))
    }

    @Test func reviewLinkDomainsFromTheConfigReplaceTheDefault() throws {
        let site = SiteFixture.valid()
        site.write("docket.yml", "review_link_domains: [example.com]")
        let text = "    text: Clear plan, delivered on time and well explained."
        site.write(Self.file, ValidContent.firm.replacingLine(text, with: "    text: Notes at https://docs.example.com/x here."))
        #expect(try site.diagnostics() == [])
        site.write(Self.file, ValidContent.firm.replacingLine(text, with: "    text: Book at https://www.amazon.com/dp/B000 here."))
        #expect(try site.diagnostics() == expected("6:19", "review.link-domain"))
        #expect(try site.validate().messages("review.link-domain")
            == ["text links to www.amazon.com, which is not one of review_link_domains (example.com)"])
    }
}
