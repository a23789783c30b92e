import DocketContent
import DocketSite
import DocketDomain
import DocketValidation
import Foundation
import Testing

/// Every stage throws the one located error type, naming its stage, and its text is the
/// `file:line:column: message` a terminal and an editor understand.
@Suite struct DocketErrorTests {
    @Test func itsTextNamesTheFileAndPositionWhenKnown() {
        #expect(DocketError(.templates, file: "templates/a.mustache", line: 3, column: 7, message: "unclosed tag").description
                == "templates/a.mustache:3:7: unclosed tag")
        #expect(DocketError(.templates, file: "templates/a.mustache", line: 3, message: "unclosed tag").description
                == "templates/a.mustache:3: unclosed tag")
        #expect(DocketError(.output, message: "refusing to replace /").description == "refusing to replace /")
    }

    @Test func anOutputFolderThatMustNotBeReplacedIsAnOutputError() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        let error = try #require(throws: DocketError.self) {
            try OutputGuard.check(output: site.root + "/content", siteRoot: SiteRoot(site.root),
                                  protected: [("the content folder", site.root + "/content")], force: true)
        }
        #expect(error.stage == .output)
        #expect(error.message.contains("content folder"), "\(error)")
    }

    @Test func aTemplateThatDoesNotParseIsATemplatesErrorOnItsLine() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("templates/firm.mustache", "{{<layout}}{{$main}}\n\n<h1>{{name</h1>\n{{/main}}{{/layout}}\n")
        let error = try #require(throws: DocketError.self) {
            try TemplateSet.load(overrides: site.root + "/templates", shownAs: "templates")
        }
        #expect(error.stage == .templates)
        #expect(error.file == site.root + "/templates/firm.mustache")
        #expect(error.line == 3)
        #expect(error.description.hasPrefix(site.root + "/templates/firm.mustache:3:"), "\(error)")
    }

    @Test func anInvalidBuildTimeIsASetupError() {
        let error = #expect(throws: DocketError.self) { try BuildTime.resolve(now: "yesterday", environment: [:]) }
        #expect(error?.stage == .setup)
    }
}
