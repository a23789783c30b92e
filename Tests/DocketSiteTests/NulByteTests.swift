import Foundation
import Testing
import DocketTestSupport

/// NUL in content. Escaped in a string (`\0` in YAML, `\u0000` in JSON) it is a character
/// like any other: the build succeeds, and the page shows U+FFFD where it was (a NUL is not
/// allowed in HTML; browsers read it as U+FFFD too). A raw NUL byte in a file is an error.
/// Never a crash.
@Suite struct NulByteTests {
    static let name = "Ada\u{0}Byron"

    private static func expectNoNUL(in site: BuiltSite, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for file in site.files {
            #expect(!(site.data(file) ?? Data()).contains(0), "\(file) holds a NUL byte", sourceLocation: sourceLocation)
        }
        let page = try site.page("experts/ada/index.html")
        #expect(page.main.text.contains("Ada\u{FFFD}Byron"), sourceLocation: sourceLocation)
    }

    @Test func escapedNulInAYAMLStringIsShownAsAReplacementCharacter() throws {
        let site = SiteFixture.valid()
        site.write("content/experts/ada.yml", ValidContent.expert.replacingOccurrences(
            of: "name: Ada Byron", with: #"name: "Ada\0Byron""#))
        try Self.expectNoNUL(in: try site.build())
    }

    @Test func escapedNulInAJSONStringIsShownAsAReplacementCharacter() throws {
        let site = SiteFixture.valid()
        site.remove("content/experts/ada.yml")
        site.write("content/experts/ada.json", #"""
        {"name": "Ada\u0000Byron", "email": "ada@example.com", "country": "GB", "firm": "analytical",
         "certifications": [{"name": "Solutions \u0000 Architect", "level": "professional"}],
         "skills": ["net\u0000working"],
         "bio": "I design secure networks for small teams, with \u0000 clear written reports."}
        """#)
        try Self.expectNoNUL(in: try site.build())
    }

    @Test func aRawNulByteInAFileIsAnError() throws {
        let site = SiteFixture.valid()
        site.write("content/experts/ada.yml", bytes: Data(ValidContent.expert.replacingOccurrences(
            of: "name: Ada Byron", with: "name: Ada\u{0}Byron").utf8))
        let result = try site.validate()
        #expect(result.errorCount > 0)
        #expect(result.diagnostics.allSatisfy { $0.file == "content/experts/ada.yml" })
        #expect(throws: BuildFailure.self) { try site.build() }
    }
}
