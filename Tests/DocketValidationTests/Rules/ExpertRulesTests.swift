@testable import DocketValidation
import Foundation
import Testing
import DocketTestSupport

/// docs/spec.md §3, Expert. `ValidContent.expert` has name 1:7, email 2:8, country 3:10, firm 4:7,
/// `certifications` on line 5 with the first one's name at 6:11 and level at 7:12,
/// hourly_rate 8:14, bio 9:6 (a `|` block on lines 10–11), skills 12:9 (a flow list),
/// and `links` on line 13 with title 14:12 and url 15:10.
@Suite struct ExpertRulesTests {
    static let file = SiteFixture.expertPath

    private func diagnostics(_ expert: String) throws -> [String] {
        try SiteFixture.valid(replacing: Self.file, with: expert).diagnostics()
    }

    private func replacing(_ line: String, with new: String) throws -> [String] {
        try diagnostics(ValidContent.expert.replacingLine(line, with: new))
    }

    private func expected(_ position: String?, _ rule: String, file: String = file) -> [String] {
        position.map { ["\(file):\($0): error [\(rule)]"] } ?? []
    }

    // MARK: Lengths

    @Test(arguments: [
        (Text.of(1), nil), (Text.of(30), nil), (Text.of(31), "1:7"),
        (String(repeating: "🇬🇧", count: 30), nil), (String(repeating: "🇬🇧", count: 31), "1:7"),
        ("\"\"", "1:7"), ("\" \"", "1:7"), ("[Ada]", "1:7"),
    ] as [(String, String?)])
    func name(value: String, error: String?) throws {
        #expect(try replacing("name: Ada Byron", with: "name: \(value)") == expected(error, "expert.name"))
    }

    @Test(arguments: [
        ("ada@example.com", nil), ("a@localhost", nil),
        (RequestRulesTests.address(length: 254), nil), (RequestRulesTests.address(length: 255), "2:8"),
        ("ada", "2:8"), ("ada@example..com", "2:8"), ("ada@exämple.com", "2:8"), ("\"\"", "2:8"),
    ] as [(String, String?)])
    func email(value: String, error: String?) throws {
        #expect(try replacing("email: ada@example.com", with: "email: \(value)") == expected(error, "expert.email"))
    }

    /// The bio is the block on lines 10–11; its length is the text's, trimmed.
    @Test(arguments: [
        (30, nil), (29, "9:6"), (3000, nil), (3001, "9:6"),
    ] as [(Int, String?)])
    func bio(length: Int, error: String?) throws {
        let expert = ValidContent.expert
            .replacingLine("  # About me", with: "  " + Text.of(length))
            .removingLine("  I design **secure** networks for small teams, with clear written reports.")
        #expect(try diagnostics(expert) == expected(error, "expert.bio"))
    }

    @Test(arguments: [
        ("[\(Text.of(40))]", nil), ("[\(Text.of(41))]", "12:10"), ("[\"\"]", "12:10"), ("[ok, \"\"]", "12:14"),
    ] as [(String, String?)])
    func skill(value: String, error: String?) throws {
        #expect(try replacing("skills: [networking, security]", with: "skills: \(value)") == expected(error, "expert.skill"))
    }

    /// Tags `t01`… in a flow list: item k (from 0) starts at column 10 + 5k.
    @Test(arguments: [(20, nil), (21, "12:110"), (0, nil)] as [(Int, String?)])
    func skillCount(count: Int, error: String?) throws {
        let tags = (1...max(count, 1)).map { String(format: "t%02d", $0) }.prefix(count)
        #expect(try replacing("skills: [networking, security]", with: "skills: [\(tags.joined(separator: ", "))]")
            == expected(error, "expert.skills"))
    }

    // MARK: Choices

    @Test(arguments: [
        ("US", nil), ("FR", nil), ("GB", nil), ("anywhere", "3:10"), ("UK", "3:10"), ("gb", "3:10"),
    ] as [(String, String?)])
    func country(value: String, error: String?) throws {
        #expect(try replacing("country: GB", with: "country: \(value)") == expected(error, "expert.country"))
    }

    @Test(arguments: [
        ("associate", nil), ("professional", nil), ("specialty", nil),
        ("foundational", "7:12"), ("Professional", "7:12"), ("expert", "7:12"), ("\"\"", "7:12"),
    ] as [(String, String?)])
    func certificationLevel(value: String, error: String?) throws {
        #expect(try replacing("    level: professional", with: "    level: \(value)") == expected(error, "certification.level"))
    }

    @Test(arguments: [
        (Text.of(1), nil), (Text.of(100), nil), (Text.of(101), "6:11"), ("\"\"", "6:11"),
    ] as [(String, String?)])
    func certificationName(value: String, error: String?) throws {
        #expect(try replacing("  - name: Solutions Architect Professional", with: "  - name: \(value)")
            == expected(error, "certification.name"))
    }

    @Test func certificationsAreRequiredAndNotEmpty() throws {
        let without = ValidContent.expert.removingLine("certifications:")
            .removingLine("  - name: Solutions Architect Professional").removingLine("    level: professional")
        #expect(try diagnostics(without) == expected("1:1", "expert.certifications"))
        let empty = without.appending("certifications: []")
        #expect(try diagnostics(empty) == expected("13:17", "expert.certifications"))
        #expect(try replacing("    level: professional", with: "    level:") == expected("7:11", "certification.level"))
        #expect(try diagnostics(ValidContent.expert.removingLine("    level: professional"))
            == expected("6:5", "certification.level"))
        #expect(try diagnostics(ValidContent.expert.replacingLine("  - name: Solutions Architect Professional", with: "  - SAA Pro")
            .removingLine("    level: professional")) == expected("6:5", "expert.certifications"))
    }

    // MARK: Hourly rate (money or {min, max})

    @Test(arguments: [
        ("120", nil), ("120.5", nil), ("120.50", nil), ("\"120.50\"", nil), ("0.01", nil),
        ("{min: 100, max: 200}", nil), ("{min: 100, max: 100}", nil), ("{min: 99.99, max: \"100\"}", nil),
        ("120.505", "8:14"), ("0", "8:14"), ("0.00", "8:14"), ("-5", "8:14"), ("\"$120\"", "8:14"),
        ("1e2", "8:14"), ("abc", "8:14"), ("[120]", "8:14"),
        ("{min: 200, max: 100}", "8:20"), ("{min: 100.01, max: 100}", "8:20"),
        ("{min: 100}", "8:14"), ("{max: 0, min: 10}", "8:20"),
    ] as [(String, String?)])
    func hourlyRate(value: String, error: String?) throws {
        #expect(try replacing("hourly_rate: 120", with: "hourly_rate: \(value)") == expected(error, "expert.hourly_rate"))
    }

    @Test func hourlyRateRangeTakesOnlyMinAndMax() throws {
        #expect(try replacing("hourly_rate: 120", with: "hourly_rate: {min: 100, max: 200, mni: 1}")
            == expected("8:35", "schema.unknown-key"))
    }

    // MARK: Links

    @Test(arguments: [
        ("https://example.com/case", nil), ("http://example.com", nil), ("HTTPS://EXAMPLE.COM/x", nil),
        ("ftp://example.com/case", "15:10"), ("javascript:alert(1)", "15:10"), ("example.com/case", "15:10"),
        ("/case", "15:10"), ("https://", "15:10"), ("\"https://exa mple.com\"", "15:10"), ("mailto:ada@example.com", "15:10"),
    ] as [(String, String?)])
    func linkURL(value: String, error: String?) throws {
        #expect(try replacing("    url: https://example.com/case", with: "    url: \(value)") == expected(error, "link.url"))
    }

    @Test(arguments: [
        (Text.of(1), nil), (Text.of(100), nil), (Text.of(101), "14:12"), ("\"\"", "14:12"),
    ] as [(String, String?)])
    func linkTitle(value: String, error: String?) throws {
        #expect(try replacing("  - title: A case study", with: "  - title: \(value)") == expected(error, "link.title"))
    }

    @Test func linksAreAListOfTitleAndURL() throws {
        #expect(try diagnostics(ValidContent.expert.removingLine("    url: https://example.com/case"))
            == expected("14:5", "link.url"))
        let scalar = ValidContent.expert.removingLine("  - title: A case study").removingLine("    url: https://example.com/case")
            .replacingLine("links:", with: "links: https://example.com/case")
        #expect(try diagnostics(scalar) == expected("13:8", "expert.links"))
    }

    // MARK: Firm reference

    /// A second expert, bob, that nothing refers to, so that only his own rules speak.
    static let bobPath = "content/experts/bob.yml"

    @Test(arguments: [("analytical", nil), ("analytic", "4:7"), ("nobody", "4:7"), ("Analytical", "4:7")] as [(String, String?)])
    func firm(value: String, error: String?) throws {
        let site = SiteFixture.valid()
        site.write(Self.bobPath, ValidContent.expert.replacingLine("firm: analytical", with: "firm: \(value)"))
        #expect(try site.diagnostics() == expected(error, "expert.firm", file: Self.bobPath))
    }

    @Test func unknownFirmSuggestsTheClosest() throws {
        let site = SiteFixture.valid()
        site.write(Self.bobPath, ValidContent.expert.replacingLine("firm: analytical", with: "firm: analytic"))
        #expect(try site.validate().messages("expert.firm")
            == ["no firm 'analytic' exists (looked for firms/analytic.yml, .yaml or .json); did you mean 'analytical'?"])
    }

    @Test func optionalFieldsMayBeLeftOut() throws {
        let site = SiteFixture.valid()
        let bare = ValidContent.expert.removingLine("firm: analytical").removingLine("hourly_rate: 120")
            .removingLine("skills: [networking, security]").removingLine("links:")
            .removingLine("  - title: A case study").removingLine("    url: https://example.com/case")
        site.write(Self.bobPath, bare)
        #expect(try site.diagnostics() == [])
    }

    // MARK: Photo (docs/spec.md §3: inside content/media/, a real JPEG, PNG or GIF by its bytes)

    static func photoSite(_ photo: String) -> SiteFixture {
        let site = SiteFixture.valid()
        site.write("content/media/bob.png", bytes: ImageBytes.png)
        site.write("content/media/png-named.jpg", bytes: ImageBytes.png)
        site.write("content/media/people/bob.jpeg", bytes: ImageBytes.jpeg)
        site.write("content/media/old.gif", bytes: ImageBytes.gif87)
        site.write("content/media/new.gif", bytes: ImageBytes.gif89)
        site.write("content/media/fake.png", bytes: ImageBytes.text)
        site.write("content/media/short.jpg", bytes: [0xFF, 0xD8])
        site.write("content/media/empty.png", bytes: [])
        site.write("outside.png", bytes: ImageBytes.png)
        site.symlink("content/media/link.png", to: site.root + "/content/media/bob.png")
        site.symlink("content/media/escape.png", to: site.root + "/outside.png")
        site.symlink("content/media/linked-folder", to: site.root + "/content/media/people")
        site.write(bobPath, ValidContent.expert.appending("photo: \(photo)"))
        return site
    }

    @Test(arguments: [
        ("bob.png", nil), ("png-named.jpg", nil), ("people/bob.jpeg", nil), ("old.gif", nil), ("new.gif", nil),
        ("fake.png", "16:8"), ("short.jpg", "16:8"), ("empty.png", "16:8"), ("missing.png", "16:8"), ("people", "16:8"),
        ("../../outside.png", "16:8"), ("people/../bob.png", "16:8"), ("./bob.png", "16:8"), ("\"\"", "16:8"),
        ("link.png", "16:8"), ("escape.png", "16:8"), ("linked-folder/bob.jpeg", "16:8"), ("\"people\\\\bob.jpeg\"", "16:8"),
    ] as [(String, String?)])
    func photo(value: String, error: String?) throws {
        let site = Self.photoSite(value)
        #expect(try site.diagnostics() == expected(error, "expert.photo", file: Self.bobPath))
    }

    @Test func absolutePhotoPathIsRefusedEvenToARealImage() throws {
        let site = Self.photoSite("PLACEHOLDER")
        site.write(Self.bobPath, ValidContent.expert.appending("photo: \(site.root)/content/media/bob.png"))
        #expect(try site.diagnostics() == expected("16:8", "expert.photo", file: Self.bobPath))
    }

    // MARK: Keys

    @Test func missingRequiredFields() throws {
        for (line, key) in [("name: Ada Byron", "name"), ("email: ada@example.com", "email"), ("country: GB", "country")] {
            #expect(try diagnostics(ValidContent.expert.removingLine(line)) == expected("1:1", "expert.\(key)"))
        }
        let noBio = ValidContent.expert.removingLine("bio: |").removingLine("  # About me")
            .removingLine("  I design **secure** networks for small teams, with clear written reports.")
        #expect(try diagnostics(noBio) == expected("1:1", "expert.bio"))
    }

    @Test func unknownKeyWithAHint() throws {
        let site = SiteFixture.valid(replacing: Self.file, with: ValidContent.expert.appending("hourly-rate: 120"))
        #expect(try site.diagnostics() == expected("16:1", "schema.unknown-key"))
        #expect(try site.validate().messages("schema.unknown-key") == ["unknown key 'hourly-rate' in expert; did you mean 'hourly_rate'?"])
    }

    @Test func unknownKeyInANestedRecordNamesTheRecord() throws {
        let site = SiteFixture.valid(replacing: Self.file, with: ValidContent.expert.inserting("    levl: associate", after: "    level: professional"))
        #expect(try site.diagnostics() == expected("8:5", "schema.unknown-key"))
        #expect(try site.validate().messages("schema.unknown-key") == ["unknown key 'levl' in certification; did you mean 'level'?"])
    }
}
