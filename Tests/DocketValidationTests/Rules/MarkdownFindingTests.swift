import DocketContent
import DocketDomain
@testable import DocketValidation
import Foundation
import Testing
import DocketTestSupport

/// Markdown outside a field's subset is reported by `docket validate` at its line and
/// column in the content file, through every way YAML and JSON can write the text.
@Suite struct MarkdownFindingTests {
    /// The bio of the valid expert replaced by `bio`, as written in YAML.
    private func expertDiagnostics(bio: String) throws -> [String] {
        let site = SiteFixture.valid()
        let expert = ValidContent.expert.replacingPassage("""
        bio: |
          # About me
          I design **secure** networks for small teams, with clear written reports.
        """, with: bio)
        site.write("content/experts/ada.yml", expert)
        return try site.diagnostics().filter { $0.contains("[markdown.") }
    }

    @Test func literalBlockScalar() throws {
        let found = try expertDiagnostics(bio: """
        bio: |
          I design secure networks for small teams, with reports.

          > a block quote is not in the subset
        """)
        // `bio: |` is on line 9 of the file; the quote is three lines further, indented 2.
        #expect(found == ["content/experts/ada.yml:12:3: warning [markdown.unsupported]"])
    }

    @Test func foldedBlockScalar() throws {
        let found = try expertDiagnostics(bio: """
        bio: >
          I design secure networks for small teams, with reports
          and an image ![diagram](https://example.com/d.png) too.
        """)
        #expect(found == ["content/experts/ada.yml:11:16: warning [markdown.unsupported]"])
    }

    @Test func doubleQuotedScalarWithEscapes() throws {
        let found = try expertDiagnostics(bio: """
        bio: "I design \\"secure\\" networks for small teams, see `code` here."
        """)
        // The backtick sits after two escaped quotes: the column counts the file's characters.
        #expect(found == ["content/experts/ada.yml:9:57: warning [markdown.unsupported]"])
    }

    @Test func plainScalarOverTwoLines() throws {
        let found = try expertDiagnostics(bio: """
        bio: I design secure networks for small teams and write
          clear reports, [click](javascript:alert(1)) here.
        """)
        #expect(found == ["content/experts/ada.yml:10:18: error [markdown.link-scheme]"])
    }

    @Test func headingsAreOutsideTheProposalFlavour() throws {
        let site = SiteFixture.valid()
        let proposal = ValidContent.proposal.replacingPassage("""
        body: |
          I will review your network and write a report with *clear* fixes.
        """, with: """
        body: |
          I will review your network and write a report with *clear* fixes.
          # Deliverables
        """)
        site.write("content/proposals/network-review.yml", proposal)
        let found = try site.diagnostics().filter { $0.contains("[markdown.") }
        #expect(found.count == 1)
        #expect(found.first?.hasSuffix("warning [markdown.unsupported]") == true)
        #expect(found.first?.contains("network-review.yml:9:3:") == true)
    }

    @Test func jsonStringWithEscapes() throws {
        let site = SiteFixture.valid()
        site.remove("content/experts/ada.yml")
        site.write("content/experts/ada.json", """
        {
          "name": "Ada Byron",
          "email": "ada@example.com",
          "country": "GB",
          "firm": "analytical",
          "certifications": [{"name": "Solutions Architect Professional", "level": "professional"}],
          "bio": "I design secure networks for small teams.\\n\\n| a | b |\\n|---|---|\\n| 1 | 2 |"
        }
        """)
        let found = try site.diagnostics().filter { $0.contains("[markdown.") }
        // The table starts right after the two escaped line breaks, on the file's line 7.
        #expect(found == ["content/experts/ada.json:7:56: warning [markdown.unsupported]"])
    }

    @Test func theSampleBiosAndProposalsStayInsideTheSubset() throws {
        let result = try SiteValidation.run(siteRoot: SiteRoot(ContentRoot.repository), buildTime: ISODate.parse("2026-11-22").get())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.textLine))")
    }
}

/// The repository checkout, found from this file's path.
enum ContentRoot {
    static var repository: String {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.path
    }
}
