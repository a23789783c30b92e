import DocketSite
import Foundation
import Testing

/// `templates/<name>.mustache` replaces the built-in template of that name (docs/spec.md §1).
@Suite struct TemplateOverrideTests {
    @Test func anOverrideReplacesTheBuiltInTemplate() throws {
        let site = SiteFixture.sample()
        defer { site.delete() }
        site.write("templates/expert.mustache", """
        {{<layout}}{{$main}}
        <h1 class="custom">Profile of {{name}}</h1>
        <p id="override-marker">Overridden expert page</p>
        {{/main}}{{/layout}}
        """)
        let built = try site.build()
        for slug in ["maya-okafor", "theo-marchand"] {
            let page = try built.page("experts/\(slug)/index.html")
            #expect(page.document.all("p").contains { $0["id"] == "override-marker" }, "\(slug) does not use the override")
            #expect(page.main.first("h1")?.text.hasPrefix("Profile of ") == true)
            #expect(!page.main.text.contains("Certifications"))
        }
        // Other pages keep the built-in templates.
        for file in ["index.html", "experts/index.html", "firms/fenwick-stack/index.html", "requests/route53-dns-cutover/index.html"] {
            #expect(!(built.text(file) ?? "").contains("override-marker"), "\(file) uses the expert override")
        }
        #expect(try built.page("firms/fenwick-stack/index.html").main.text.contains("3 out of 5 stars"))
    }

    @Test func aBrokenOverrideNamesTheFileAndLine() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("templates/expert.mustache", "{{<layout}}{{$main}}\n<h1>{{name}}</h1>\n<ul>{{#skills}}<li>{{.}}</li>\n{{/main}}{{/layout}}\n")
        do {
            try site.build()
            Issue.record("a broken template built")
        } catch {
            #expect(error.stage == .templates)
            let template = try #require(error.templateError)
            #expect(template.file?.hasSuffix("templates/expert.mustache") == true)
            #expect(template.line == 4, "line \(String(describing: template.line)): \(template.description)")
            #expect(error.message.contains("expert.mustache:4"), "\(error.message)")
        }
        #expect(!FileManager.default.fileExists(atPath: site.output), "a broken template wrote output")
    }

    @Test func anUnclosedTagIsReportedOnItsLine() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("templates/firm.mustache", "{{<layout}}{{$main}}\n\n<h1>{{name</h1>\n{{/main}}{{/layout}}\n")
        let error = try #require(throws: BuildFailure.self) { try site.build() }
        #expect(error.templateError?.file?.hasSuffix("templates/firm.mustache") == true)
        #expect(error.templateError?.line == 3, "\(error.message)")
    }

    /// A partial that includes itself would recurse until the stack overflowed: the build
    /// stops with a message naming the template, and writes nothing.
    @Test func aPartialThatIncludesItselfStopsTheBuildWithAMessage() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("templates/reviews.mustache", "<ul>{{#reviews}}<li>{{>reviews}}</li>{{/reviews}}</ul>\n")
        let error = try #require(throws: BuildFailure.self) { try site.build() }
        #expect(error.stage == .builder)
        #expect(error.message.hasPrefix(site.root + "/templates/reviews.mustache: “reviews” includes itself"), "\(error.message)")
        #expect(!FileManager.default.fileExists(atPath: site.output), "a failed build wrote output")
    }

    /// The built-in templates are compiled in: a site with only content/ builds.
    @Test func worksWithoutATemplatesFolder() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        #expect(!FileManager.default.fileExists(atPath: site.root + "/templates"))
        #expect(!FileManager.default.fileExists(atPath: site.root + "/docket.yml"))
        let built = try site.build()
        #expect(built.exists("index.html") && built.exists("experts/ada/index.html") && built.exists("assets/docket.css"))
        #expect(try TemplateSet.load(overrides: nil).assets.keys.contains("assets/docket.css"))
    }

    /// A stylesheet in templates/assets replaces the built-in one.
    @Test func anAssetOverrideIsPublished() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("templates/assets/docket.css", "body { color: black; }\n")
        let built = try site.build()
        #expect(built.text("assets/docket.css") == "body { color: black; }\n")
    }
}
