import DocketContent
@testable import DocketValidation
import DocketValues
import Testing
import DocketTestSupport

/// Content values that passed their rules and then broke the output: dates past 9999 in
/// UTC, names short in characters but huge in code points, host names such as `-.com`,
/// and a request naming one responding expert twice.
@Suite struct ContentEdgeTests {
    private func request(_ line: String, _ new: String) throws -> [String] {
        try SiteFixture.valid(replacing: SiteFixture.requestPath, with: ValidContent.request.replacingLine(line, with: new)).diagnostics()
    }

    private func expert(_ line: String, _ new: String) throws -> [String] {
        try SiteFixture.valid(replacing: SiteFixture.expertPath, with: ValidContent.expert.replacingLine(line, with: new)).diagnostics()
    }

    @Test(arguments: [
        ("created: 9999-12-31T23:00:00-05:00", "7:10"), ("created: 0999-12-31", "7:10"), ("created: 9999-12-31", nil),
    ] as [(String, String?)])
    func requestDatesStayInTheYears1000To9999(line: String, error: String?) throws {
        #expect(try request("created: 2026-10-01", line)
            == (error.map { ["\(SiteFixture.requestPath):\($0): error [request.created]"] } ?? []))
    }

    @Test func aDateOutOfRangeSaysSo() throws {
        let site = SiteFixture.valid(replacing: SiteFixture.requestPath, with: ValidContent.request
            .replacingLine("created: 2026-10-01", with: "created: 9999-12-31T23:00:00-05:00"))
        #expect(try site.validate().messages("request.created") == ["created falls outside the years 1000 to 9999 once converted to UTC"])
    }

    /// One character of 150,000 combining marks counts as one character, and is 300 KB.
    @Test func aNameOfOneCharacterAndManyCodePointsIsRefused() throws {
        let zalgo = "A" + String(repeating: "\u{301}", count: 150_000)
        #expect(zalgo.count == 1)
        #expect(try expert("name: Ada Byron", "name: \"\(zalgo)\"") == ["\(SiteFixture.expertPath):1:7: error [expert.name]"])
        let site = SiteFixture.valid(replacing: SiteFixture.expertPath, with: ValidContent.expert.replacingLine("name: Ada Byron", with: "name: \"\(zalgo)\""))
        #expect(try site.validate().messages("expert.name")
            == ["name holds 150001 Unicode code points; at most 300 (10 per character of its limit) are allowed"])
    }

    /// The cap is the rule table's (10 code points per character of the maximum), so it
    /// follows a `limits` override, and it leaves room for long emoji sequences.
    @Test func theCapFollowsTheLimitAndAllowsEmojiSequences() throws {
        // 👩🏽‍❤️‍💋‍👨🏿 is one character of 10 code points: 30 of them fill expert.name exactly.
        let kiss = "\u{1F469}\u{1F3FD}\u{200D}\u{2764}\u{FE0F}\u{200D}\u{1F48B}\u{200D}\u{1F468}\u{1F3FF}"
        #expect(kiss.unicodeScalars.count == 10 && kiss.count == 1)
        #expect(try expert("name: Ada Byron", "name: \"\(String(repeating: kiss, count: 30))\"") == [])
        let title = "Harden " + String(repeating: "e\u{301}\u{302}\u{303}\u{304}\u{305}", count: 10)
        let site = SiteFixture.valid(replacing: SiteFixture.requestPath, with: ValidContent.request
            .replacingLine("title: Harden the network of a small SaaS", with: "title: \"\(title)\""))
        #expect(try site.diagnostics() == [])
        site.write("docket.yml", "limits:\n  request.title: {min: 1, max: 5}")
        #expect(try site.validate().messages("request.title") == ["title holds 67 Unicode code points; at most 50 (10 per character of its limit) are allowed"])
        #expect(LengthLimit.range(1, 30).maxScalars == 300 && LengthLimit(min: 3, max: nil).maxScalars == nil)
    }

    @Test(arguments: [
        ("    url: https://-.com/", "15:10"), ("    url: https://case-.example.com/", "15:10"), ("    url: https://example..com/", "15:10"),
        ("    url: https://case-study.example.com/", nil), ("    url: http://192.0.2.1/", nil), ("    url: http://[2001:db8::1]/", nil),
    ] as [(String, String?)])
    func linkHostsAreHostNames(line: String, error: String?) throws {
        #expect(try expert("    url: https://example.com/case", line)
            == (error.map { ["\(SiteFixture.expertPath):\($0): error [link.url]"] } ?? []))
    }

    @Test func aRequestListingAnExpertTwiceIsAnErrorAtTheSecond() throws {
        let site = SiteFixture.valid(replacing: SiteFixture.requestPath, with: ValidContent.request.appending("  - ada\n  - \"ada\""))
        #expect(try site.diagnostics() == [
            "\(SiteFixture.requestPath):10:5: error [request.responses]",
            "\(SiteFixture.requestPath):11:5: error [request.responses]",
        ])
        #expect(try site.validate().messages("request.responses").first == "responses lists expert 'ada' twice (first on line 9); list each expert once")
    }
}
