@testable import DocketValidation
import Testing
import DocketTestSupport

/// docs/spec.md §3, Request. `ValidContent.request` has title on line 1 (value at column 8),
/// description 2:14, budget 3:9, country 4:10, name 5:7, email 6:8, created 7:10, and
/// `responses` on line 8 with `  - ada` on line 9 (column 5).
@Suite struct RequestRulesTests {
    static let file = SiteFixture.requestPath

    private func diagnostics(_ request: String) throws -> [String] {
        try SiteFixture.valid(replacing: Self.file, with: request).diagnostics()
    }

    private func replacing(_ line: String, with new: String) throws -> [String] {
        try diagnostics(ValidContent.request.replacingLine(line, with: new))
    }

    private func expected(_ position: String?, _ rule: String, _ severity: String = "error") -> [String] {
        position.map { ["\(Self.file):\($0): \(severity) [\(rule)]"] } ?? []
    }

    // MARK: Lengths (docs/spec.md §2: grapheme clusters after trimming)

    @Test(arguments: [
        (Text.of(10), nil), (Text.of(9), "1:8"),
        (Text.of(140), nil), (Text.of(141), "1:8"),
        (String(repeating: "👍🏽", count: 10), nil), (String(repeating: "👍🏽", count: 9), "1:8"),
        (String(repeating: "🇫🇷", count: 10), nil),
        (String(repeating: "e\u{301}", count: 10), nil), (String(repeating: "e\u{301}", count: 9), "1:8"),
        ("\"    \(Text.of(10))    \"", nil), ("\"    \(Text.of(9))    \"", "1:8"),
        ("\"\"", "1:8"), ("[a, b]", "1:8"), ("{a: b}", "1:8"),
    ] as [(String, String?)])
    func title(value: String, error: String?) throws {
        #expect(try replacing("title: Harden the network of a small SaaS", with: "title: \(value)")
            == expected(error, "request.title"))
    }

    @Test func titleMessageGivesTheLimitAndTheCount() throws {
        let site = SiteFixture.valid(replacing: Self.file,
                                     with: ValidContent.request.replacingLine("title: Harden the network of a small SaaS", with: "title: \"  Tiny  \""))
        #expect(try site.validate().messages("request.title") == ["title must be at least 10 characters (has 4)"])
    }

    /// A description broken over lines with runs of spaces and tabs: 30 characters once
    /// every run of white space is one space, far more as written.
    static func spreadDescription(lastWord: String) -> String {
        """
        description: |
          abcd   abcd
            abcd abcd

          abcd\t\tabcd\(lastWord)
        """
    }

    @Test(arguments: [
        (spreadDescription(lastWord: "x"), nil), (spreadDescription(lastWord: ""), "2:14"),
        ("description: \(Text.of(30))", nil), ("description: \(Text.of(29))", "2:14"),
        ("description: \(Text.of(1500))", nil), ("description: \(Text.of(1501))", "2:14"),
        ("description: \"\(Text.of(1498))  \\n\\n\\t x\"", nil), ("description: \"\(Text.of(1499))  \\n\\n\\t x\"", "2:14"),
    ] as [(String, String?)])
    func description(line: String, error: String?) throws {
        let request = ValidContent.request.replacingLine(
            "description: We run three services in one account and want the network reviewed before an audit.", with: line)
        #expect(try diagnostics(request) == expected(error, "request.description"))
    }

    @Test(arguments: [
        (Text.of(1), nil), ("J", nil), (Text.of(30), nil), (Text.of(31), "5:7"),
        (String(repeating: "👩‍👩‍👧", count: 30), nil), (String(repeating: "👩‍👩‍👧", count: 31), "5:7"),
        ("\"\"", "5:7"), ("\"   \"", "5:7"),
    ] as [(String, String?)])
    func name(value: String, error: String?) throws {
        #expect(try replacing("name: Jeanne", with: "name: \(value)") == expected(error, "request.name"))
    }

    // MARK: E-mail (WHATWG, at most 254)

    /// A syntactically valid address of `length` characters (labels of at most 63).
    static func address(length: Int) -> String {
        let local = String(repeating: "a", count: 64)
        let domain = [String(repeating: "b", count: 63), String(repeating: "c", count: 63)]
        let last = length - 64 - 1 - 63 - 1 - 63 - 1
        return local + "@" + (domain + [String(repeating: "d", count: last)]).joined(separator: ".")
    }

    @Test(arguments: [
        ("jeanne@example.com", nil), ("a@localhost", nil), ("first.last+tag@sub.example.co.uk", nil),
        (".dots..everywhere.@example.com", nil), ("o'brien@example-host.com", nil),
        ("\"  jeanne@example.com  \"", nil),
        (address(length: 254), nil), (address(length: 255), "6:8"),
        ("jeanne", "6:8"), ("jeanne@", "6:8"), ("\"@example.com\"", "6:8"), ("jeanne@example..com", "6:8"),
        ("jeanne@-example.com", "6:8"), ("jeanne@example-.com", "6:8"), ("jeanne@example.com.", "6:8"),
        ("jeanne@exämple.com", "6:8"), ("jéanne@example.com", "6:8"), ("jeanne smith@example.com", "6:8"),
        ("jeanne@[192.168.0.1]", "6:8"), ("\"\"", "6:8"), ("[jeanne@example.com]", "6:8"),
    ] as [(String, String?)])
    func email(value: String, error: String?) throws {
        #expect(try replacing("email: jeanne@example.com", with: "email: \(value)") == expected(error, "request.email"))
    }

    @Test func emailLongerThan254IsReportedAsTooLong() throws {
        let site = SiteFixture.valid(replacing: Self.file, with: ValidContent.request.replacingLine(
            "email: jeanne@example.com", with: "email: \(Self.address(length: 255))"))
        #expect(try site.validate().messages("request.email") == ["email must be at most 254 characters (has 255)"])
    }

    // MARK: Choices

    @Test(arguments: [
        ("50-100", nil), ("100-1000", nil), ("1000-10000", nil), ("10000+", nil), ("unknown", nil),
        ("100-500", "3:9"), ("Unknown", "3:9"), ("10000", "3:9"), ("\"$50 - $100\"", "3:9"), ("[50-100]", "3:9"),
    ] as [(String, String?)])
    func budget(value: String, error: String?) throws {
        #expect(try replacing("budget: 1000-10000", with: "budget: \(value)") == expected(error, "request.budget"))
    }

    @Test(arguments: [
        ("anywhere", nil), ("FR", nil), ("GB", nil), ("US", nil),
        ("fr", "4:10"), ("DE", "4:10"), ("UK", "4:10"), ("Anywhere", "4:10"), ("France", "4:10"),
    ] as [(String, String?)])
    func country(value: String, error: String?) throws {
        #expect(try replacing("country: FR", with: "country: \(value)") == expected(error, "request.country"))
    }

    @Test func choiceErrorSuggestsTheClosestOption() throws {
        let site = SiteFixture.valid(replacing: Self.file,
                                     with: ValidContent.request.replacingLine("budget: 1000-10000", with: "budget: Unknown"))
        let messages = try site.validate().messages("request.budget")
        #expect(messages.count == 1)
        #expect(messages.first?.hasSuffix("did you mean 'unknown'?") == true)
    }

    // MARK: Dates

    @Test(arguments: [
        ("2026-10-01", nil), ("2026-10-01T14:05:00Z", nil), ("2026-10-01T14:05:00+02:00", nil),
        ("\"2026-10-01\"", nil), ("2024-02-29", nil),
        ("2026-02-29", "7:10"), ("2026-02-30", "7:10"), ("2026-13-01", "7:10"), ("2026-10-1", "7:10"),
        ("01/10/2026", "7:10"), ("2026-10-01T25:00:00Z", "7:10"), ("yesterday", "7:10"), ("[2026-10-01]", "7:10"),
    ] as [(String, String?)])
    func created(value: String, error: String?) throws {
        #expect(try replacing("created: 2026-10-01", with: "created: \(value)") == expected(error, "request.created"))
    }

    // MARK: Booleans and references

    @Test(arguments: [
        ("true", nil), ("false", nil), ("yes", nil), ("no", nil),
        ("\"true\"", "10:22"), ("maybe", "10:22"), ("1", "10:22"),
    ] as [(String, String?)])
    func acceptingResponses(value: String, error: String?) throws {
        #expect(try diagnostics(ValidContent.request.appending("accepting_responses: \(value)"))
            == expected(error, "request.accepting_responses"))
    }

    /// A second item after `  - ada`, on line 10: `ada` again is listed twice.
    @Test(arguments: [
        ("  - ada", "10:5"), ("  - bob", "10:5"), ("  - Ada", "10:5"), ("  - \"\"", "10:5"), ("  - [ada]", "10:5"),
        ("  -", "10:4"),
    ] as [(String, String?)])
    func responses(item: String, error: String?) throws {
        #expect(try diagnostics(ValidContent.request.appending(item)) == expected(error, "request.responses"))
    }

    @Test func responsesMustBeAList() throws {
        let request = ValidContent.request.removingLine("  - ada").replacingLine("responses:", with: "responses: ada")
        // Only the broken field: the proposal by ada is not blamed for responses nobody could read.
        #expect(try diagnostics(request) == expected("8:12", "request.responses"))
    }

    @Test func responseThatIsNotASlugSaysSo() throws {
        let site = SiteFixture.valid(replacing: Self.file, with: ValidContent.request.appending("  - Ada"))
        #expect(try site.validate().messages("request.responses") == ["responses must name an expert by its slug (got \"Ada\")"])
    }

    @Test func unknownResponderSuggestsAnExpert() throws {
        let site = SiteFixture.valid(replacing: Self.file, with: ValidContent.request.appending("  - adaa"))
        let messages = try site.validate().messages("request.responses")
        #expect(messages.count == 1)
        #expect(messages.first?.hasSuffix("did you mean 'ada'?") == true)
    }

    // MARK: Required and unknown keys

    @Test(arguments: [
        "title: Harden the network of a small SaaS",
        "description: We run three services in one account and want the network reviewed before an audit.",
        "budget: 1000-10000", "country: FR", "name: Jeanne", "email: jeanne@example.com", "created: 2026-10-01",
    ])
    func missingRequiredField(line: String) throws {
        let key = String(line.prefix { $0 != ":" })
        #expect(try diagnostics(ValidContent.request.removingLine(line)) == expected("1:1", "request.\(key)"))
    }

    @Test func emptyOrNullRequiredFieldIsMissing() throws {
        #expect(try replacing("name: Jeanne", with: "name:") == expected("5:6", "request.name"))
        #expect(try replacing("name: Jeanne", with: "name: null") == expected("5:7", "request.name"))
        #expect(try replacing("name: Jeanne", with: "name: ~") == expected("5:7", "request.name"))
    }

    @Test func optionalFieldsMayBeLeftOut() throws {
        let request = ValidContent.request.removingLine("  - ada").removingLine("responses:")
        // The proposal by ada now answers a request ada did not respond to: a warning only.
        #expect(try diagnostics(request) == ["content/proposals/network-review.yml:2:9: warning [proposal.not-responded]"])
    }

    @Test func unknownKeyIsAnErrorAtTheKeyWithAHint() throws {
        let site = SiteFixture.valid(replacing: Self.file, with: ValidContent.request.appending("budjet: 100-1000\ncolour: red"))
        #expect(try site.diagnostics() == [
            "\(Self.file):10:1: error [schema.unknown-key]",
            "\(Self.file):11:1: error [schema.unknown-key]",
        ])
        #expect(try site.validate().messages("schema.unknown-key") == [
            "unknown key 'budjet' in request; did you mean 'budget'?",
            "unknown key 'colour' in request",
        ])
    }

    @Test func documentThatIsNotAMappingIsOneError() throws {
        #expect(try diagnostics("- title: a list, not a request") == expected("1:1", "schema.type"))
    }

    // MARK: Warnings about the description (docs/spec.md §3: at their place inside it)

    @Test(arguments: [
        // "description: " is 13 characters, so the value starts at column 14.
        ("description: Our café runs three services; write to jeanne@example.org before the audit.", "2:53", "request.contact-details"),
        ("description: Our café runs three services; call +33 1 23 45 67 89 before the audit please.", "2:49", "request.contact-details"),
        ("description: Our café runs three services; the brief is at https://example.com/brief today.", "2:60", "request.contact-details"),
        ("description: Our café runs three services and it is **really** urgent for the audit.", "2:53", "request.markup"),
        ("description: Our café runs three services and the <b>audit</b> is due next month.", "2:51", "request.markup"),
        ("description: \"Our café runs three services; write to jeanne@example.org before the audit.\"", "2:54", "request.contact-details"),
    ])
    func descriptionWarningsPointInsideTheText(line: String, position: String, rule: String) throws {
        let request = ValidContent.request.replacingLine(
            "description: We run three services in one account and want the network reviewed before an audit.", with: line)
        #expect(try diagnostics(request) == expected(position, rule, "warning"))
    }

    @Test func descriptionWarningsInABlockScalar() throws {
        let request = ValidContent.request.replacingLine(
            "description: We run three services in one account and want the network reviewed before an audit.",
            with: """
            description: |
              We run three services in one account and want
              the network reviewed. Call +33 1 23 45 67 89 or
              see https://example.com/brief, it is *urgent*.
            """)
        #expect(try diagnostics(request) == [
            "\(Self.file):4:30: warning [request.contact-details]",
            "\(Self.file):5:7: warning [request.contact-details]",
            "\(Self.file):5:40: warning [request.markup]",
        ])
    }

    @Test func descriptionWarningsInAJSONFile() throws {
        let site = SiteFixture.valid()
        site.remove(Self.file)
        // The escapes before the address are wider in the file than in the value.
        site.write("content/requests/harden-network.json", """
        {
          "title": "Harden the network of a small SaaS",
          "description": "We run \\"three\\" services\\u0020in one account; write to jeanne@example.org soon.",
          "budget": "1000-10000", "country": "FR", "name": "Jeanne", "email": "jeanne@example.com",
          "created": "2026-10-01", "responses": ["ada"]
        }
        """)
        #expect(try site.diagnostics() == ["content/requests/harden-network.json:3:75: warning [request.contact-details]"])
    }

    /// A description that breaks its own rule is not looked into for warnings.
    @Test func tooShortDescriptionIsOnlyTooShort() throws {
        let request = ValidContent.request
            .replacingLine("description: We run three services in one account and want the network reviewed before an audit.",
                           with: "description: mail me at a@b.io")
        #expect(try diagnostics(request) == [
            "\(Self.file):2:14: error [request.description]",
        ])
    }
}
