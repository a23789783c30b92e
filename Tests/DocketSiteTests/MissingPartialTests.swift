@testable import DocketSite
import DocketTemplates
import Foundation
import Testing

/// A user template that includes a partial no template provides is an error at its tag
/// (issue 13), not a page with a part silently missing.
@Suite struct MissingPartialTests {
    @Test func aMissingPartialIsReportedAtItsTagAndNothingIsWritten() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("templates/expert.mustache", "{{<layout}}{{$main}}\n<h1>{{name}}</h1>\n{{#skills}}{{> skill-chip}}{{/skills}}{{>nope}}\n{{/main}}{{/layout}}\n")
        let error = try #require(throws: BuildFailure.self) { try site.build() }
        #expect(error.stage == .templates)
        let diagnostics = try #require(error.templateError?.diagnostics)
        // Both are reported together, in order.
        #expect(diagnostics.map { "\($0.position.line):\($0.position.column) \($0.rule) \($0.severity)" } == [
            "3:12 template.partial error", "3:39 template.partial error",
        ])
        #expect(diagnostics.allSatisfy { $0.file == "templates/expert.mustache" }, "\(diagnostics)")
        #expect(diagnostics.first?.message.contains("“skill-chip”") == true)
        #expect(!FileManager.default.fileExists(atPath: site.output), "a site was written")
    }

    /// A partial of the templates folder, or a built-in template, is found.
    @Test func partialsThatExistAreFine() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("templates/chip.mustache", "<span class=\"chip\">{{.}}</span>")
        site.write("templates/expert.mustache", "{{<layout}}{{$main}}\n<h1>{{name}}</h1>\n{{#skills}}{{>chip}}{{/skills}}\n{{/main}}{{/layout}}\n")
        let built = try site.build()
        #expect(built.text("experts/ada/index.html")?.contains("<span class=\"chip\">") == true)
    }

    /// An added template (not overriding a built-in) is checked too.
    @Test func anAddedTemplateIsCheckedToo() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("templates/extra.mustache", "\n\n   {{> missing/one}}")
        let error = try #require(throws: BuildFailure.self) { try site.build() }
        #expect(error.templateError?.diagnostics.map { "\($0.file):\($0.position.line):\($0.position.column)" } == ["templates/extra.mustache:3:4"])
    }

    /// The built-in templates hold no include of a template that does not exist.
    @Test func builtInTemplatesIncludeOnlyTemplatesThatExist() throws {
        let set = try TemplateSet.load(overrides: nil)
        var missing: [String] = []
        for name in TemplateName.allCases {
            let template = try #require(set.library[name.rawValue])
            missing += template.includes.filter { set.library[$0.name] == nil }.map { "\(name.rawValue) → \($0.name)" }
        }
        #expect(missing == [])
    }
}
