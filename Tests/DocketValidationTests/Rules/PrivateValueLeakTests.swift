@testable import DocketValidation
import Testing
import DocketTestSupport

/// `privacy.repeated-value`: a private value (every `email`) written again in any public
/// field, of its own file or another, is an error where it is written, never quoted.
/// `ValidContent`: the expert's address is ada@example.com, the request's
/// jeanne@example.com.
@Suite struct PrivateValueLeakTests {
    static let rule = "privacy.repeated-value"

    private func leaks(_ site: SiteFixture) throws -> [String] {
        let result = try site.validate()
        for diagnostic in result.diagnostics {
            #expect(!diagnostic.message.lowercased().contains("ada@example.com"), "\(diagnostic.message)")
            #expect(!diagnostic.message.lowercased().contains("jeanne@example.com"), "\(diagnostic.message)")
        }
        return result.diagnostics.filter { $0.rule == Self.rule }.map { "\($0.file):\($0.position.line):\($0.position.column)" }
    }

    private func expert(_ line: String, _ new: String) -> SiteFixture {
        SiteFixture.valid(replacing: SiteFixture.expertPath, with: ValidContent.expert.replacingLine(line, with: new))
    }

    @Test(arguments: [
        // A mailto: link in the bio (line 11 of the block), at the address.
        ("  I design **secure** networks for small teams, with clear written reports.",
         "  I design networks. Write to [me](mailto:ada@example.com) for a quote or a report.", "11:43"),
        // Any case, in the bio as plain text.
        ("  I design **secure** networks for small teams, with clear written reports.",
         "  I design networks for small teams. Mail ADA@Example.COM for details.", "11:43"),
        // The display name, a skill, a link title: the value as written, at its place.
        ("name: Ada Byron", "name: \"ada@example.com\"", "1:8"),
        ("skills: [networking, security]", "skills: [networking, ada@example.com]", "12:22"),
        ("  - title: A case study", "  - title: Mail ada@example.com", "14:17"),
        // Inside a longer run (the page would still show the address).
        ("name: Ada Byron", "name: xada@example.com.uk", "1:8"),
    ])
    func expertFieldsRepeatingTheirOwnAddress(line: String, new: String, position: String) throws {
        #expect(try leaks(expert(line, new)) == ["\(SiteFixture.expertPath):\(position)"])
    }

    /// Cross-file: a request description quoting the expert's address.
    @Test func aRequestDescriptionRepeatingAnExpertsAddress() throws {
        let site = SiteFixture.valid(replacing: SiteFixture.requestPath, with: ValidContent.request.replacingLine(
            "description: We run three services in one account and want the network reviewed before an audit.",
            with: "description: We run three services and want ada@example.com to review the network before an audit."))
        #expect(try leaks(site) == ["\(SiteFixture.requestPath):2:45"])
        let message = try site.validate().messages(Self.rule)
        #expect(message == ["description repeats the private e-mail address of content/experts/ada.yml, which is never published"])
    }

    /// A review text (a firm) repeating the customer's address of the request.
    @Test func aReviewTextRepeatingARequestsAddress() throws {
        let site = SiteFixture.valid(replacing: SiteFixture.firmPath, with: ValidContent.firm.replacingLine(
            "    text: Clear plan, delivered on time and well explained.",
            with: "    text: Clear plan, thanks to jeanne@example.com for it."))
        #expect(try leaks(site) == ["\(SiteFixture.firmPath):6:33"])
    }

    /// Only after rendering: entities, a backslash escape, markup splitting the address,
    /// percent-encoding in a link. Reported at the field's value (9:6).
    @Test(arguments: [
        "  Write to alice or to ada&#64;example.com for the details of the work.",
        "  Write to alice or to ada&#x40;Example.com for the details of the work.",
        "  Write to alice or to ada\\@example.com for the details of the work.",
        "  Write to alice or to **ada**@example.com for the details of the work.",
        "  Write to [me](mailto:ada%40example.com) for the details of the work.",
        "  Write to [me](mailto:ad&#97;@example.com) for the details of the work.",
    ])
    func aBioShowingTheAddressOnlyOnceRendered(line: String) throws {
        let site = expert("  I design **secure** networks for small teams, with clear written reports.", line)
        #expect(try leaks(site) == ["\(SiteFixture.expertPath):9:6"])
    }

    /// Percent-encoded in a plain field, and behind a Unicode case mapping (KELVIN SIGN
    /// lower-cases to k): both would show the address on the page.
    @Test func percentEncodedAndUnicodeCaseVariants() throws {
        let percent = expert("  - title: A case study", "  - title: Mail ada%40example.com")
        #expect(try leaks(percent) == ["\(SiteFixture.expertPath):14:12"])
        let site = SiteFixture.valid()
        site.write("content/experts/kate.yml", ValidContent.expert.replacingLine("email: ada@example.com", with: "email: kate@example.com"))
        site.write(SiteFixture.requestPath, ValidContent.request.replacingLine("name: Jeanne", with: "name: \u{212A}ate@example.com"))
        #expect(try leaks(site) == ["\(SiteFixture.requestPath):5:7"])
    }

    /// An address split by a character a reader does not see (word joiner, zero-width
    /// space, soft hyphen) shows as the address on the page (review finding).
    @Test(arguments: ["ada\u{2060}@example.com", "ada@exa\u{200B}mple.com", "ada@example\u{00AD}.com"])
    func anAddressSplitByAnInvisibleCharacter(name: String) throws {
        let site = SiteFixture.valid(replacing: SiteFixture.requestPath, with: ValidContent.request.replacingLine("name: Jeanne", with: "name: \"\(name)\""))
        #expect(try leaks(site) == ["\(SiteFixture.requestPath):5:7"])
    }

    /// Not leaks: the private field itself, other addresses, a yes/no private value
    /// written in public text, an address that merely shares a domain or a local part.
    @Test func whatIsNotALeak() throws {
        let site = SiteFixture.valid(replacing: SiteFixture.requestPath, with: ValidContent.request
            .replacingLine("name: Jeanne", with: "name: yes")
            .replacingLine(
                "description: We run three services in one account and want the network reviewed before an audit.",
                with: "description: Write to bob@example.com or to ada@example.org or adb@example.com, not a leak."))
        #expect(try leaks(site) == [])
        #expect(try SiteFixture.valid().diagnostics() == [])
    }

    /// docket.yml's title is on every page: a private value in it is reported there.
    @Test func theSiteTitleRepeatingAnAddress() throws {
        let site = SiteFixture.valid()
        site.write("docket.yml", "title: Experts, ask ADA@example.com\npage_size: 5")
        #expect(try leaks(site) == ["docket.yml:1:8"])
        site.write("docket.yml", "title: Experts, ask ada%40example.com")
        #expect(try leaks(site) == ["docket.yml:1:8"])
        site.write("docket.yml", "title: Experts, ask bob@example.com")
        #expect(try leaks(site) == [])
    }

    /// Two documents holding the same address: the message names the first in path order.
    @Test func theOwnerIsTheFirstFileHoldingTheValue() throws {
        let site = SiteFixture.valid()
        site.write("content/experts/zed.yml", ValidContent.expert.replacingLine("name: Ada Byron", with: "name: Zed ada@example.com"))
        let messages = try site.validate().messages(Self.rule)
        #expect(messages == ["name repeats the private e-mail address of content/experts/ada.yml, which is never published"])
    }

    /// The index finds values by their `@`, whatever their lengths and neighbours.
    @Test func indexFindsEveryOccurrence() {
        let index = PrivateValueIndex(values: [
            PrivateValue(bytes: Array("a@b.co".utf8), owner: "x", what: "e-mail address"),
            PrivateValue(bytes: Array("long.name@b.co".utf8), owner: "y", what: "e-mail address"),
            PrivateValue(bytes: Array("secret".utf8), owner: "z", what: "note value"),
        ])
        let text = Array("A@B.CO, long.name@b.com and a@b.c; SECRETS".utf8)
        let found = index.occurrences(in: text).map { (String(decoding: text[$0.range], as: UTF8.self), $0.value.owner) }
        #expect(found.map(\.0) == ["A@B.CO", "long.name@b.co", "SECRET"])
        #expect(found.map(\.1) == ["x", "y", "z"])
    }
}
