@testable import DocketValidation
import Foundation
import Testing
import DocketTestSupport

/// Huge strings and deep nesting under the file-size cap: diagnostics, no crash, no hang.
/// (Not a timing test: finishing at all is what is asserted.)
@Suite struct HugeInputTests {
    static let expert = SiteFixture.expertPath

    @Test func a900KilobyteBioIsTooLongNotFatal() throws {
        let bio = String(repeating: "Careful **network** work, [written](https://example.com) up. ", count: 900_000 / 61)
        let text = ValidContent.expert.replacingPassage(
            "  # About me\n  I design **secure** networks for small teams, with clear written reports.",
            with: "  " + bio)
        #expect(text.utf8.count > 880_000 && text.utf8.count < 1 << 20)
        let diagnostics = try SiteFixture.valid(replacing: Self.expert, with: text).diagnostics()
        #expect(diagnostics == ["\(Self.expert):9:6: error [expert.bio]"])
    }

    @Test func aHugeSingleLineJSONStringIsTooLongNotFatal() throws {
        let site = SiteFixture.valid()
        site.remove(Self.expert)
        let name = String(repeating: "\\u202e<b>", count: 90_000)
        site.write("content/experts/ada.json", """
        {"name": "\(name)", "email": "ada@example.com", "country": "GB", "firm": "analytical",
         "certifications": [{"name": "Solutions Architect Professional", "level": "professional"}],
         "bio": "I design secure networks for small teams, with clear written reports."}
        """)
        #expect(try site.diagnostics() == ["content/experts/ada.json:1:10: error [expert.name]"])
    }

    @Test(arguments: [(1_000, "yaml"), (100_000, "yaml"), (1_000, "json"), (100_000, "json")] as [(Int, String)])
    func deepNestingIsReportedNotFatal(depth: Int, format: String) throws {
        let site = SiteFixture.valid()
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        if format == "yaml" {
            site.write("content/firms/deep.yml", "name: Deep\ncountry: US\nabout: \(nested)\n")
        } else {
            site.write("content/firms/deep.json", "{\"name\": \"Deep\", \"country\": \"US\", \"about\": \(nested)}")
        }
        let result = try site.validate()
        #expect(result.errorCount > 0)
        #expect(result.diagnostics.allSatisfy { $0.file.hasPrefix("content/firms/deep.") })
    }
}
