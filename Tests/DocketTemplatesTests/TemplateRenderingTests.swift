import DocketTemplates
import Testing

@Suite struct TemplateRenderingTests {
    private func render(_ template: String, _ context: TemplateData, partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        try library.register(template, named: "page")
        for (name, text) in partials { try library.register(text, named: name) }
        return String(decoding: try library.render(context, with: "page"), as: UTF8.self)
    }

    private let person = TemplateData.object(TemplateObject([
        "name": .text("Ada <Lovelace>"), "age": .number(36), "retired": .flag(true),
        "skills": .list([.text("maths"), .text("engines")]),
    ]))

    @Test func variablesAreEscapedUnlessTripleOrAmpersand() throws {
        #expect(try render("{{name}}|{{{name}}}|{{&name}}|{{age}}|{{retired}}", person)
            == "Ada &lt;Lovelace&gt;|Ada <Lovelace>|Ada <Lovelace>|36|true")
    }

    @Test func sectionsIterateListsAndInvertedSectionsShowWhenEmpty() throws {
        #expect(try render("{{#skills}}[{{.}}]{{/skills}}{{^missing}}none{{/missing}}", person) == "[maths][engines]none")
    }

    @Test func listPositionAndTransforms() throws {
        #expect(try render("{{#skills}}{{^first()}}, {{/first()}}{{index()}}:{{uppercased(.)}}{{/skills}} {{count(skills)}}", person)
            == "0:MATHS, 1:ENGINES 2")
    }

    @Test func inheritanceFillsTheLayoutsBlocks() throws {
        let page = "{{<layout}}{{$main}}<p>{{name}}</p>{{/main}}{{/layout}}"
        let layout = "<main>{{$main}}default{{/main}}</main>{{$foot}}(c){{/foot}}"
        #expect(try render(page, person, partials: ["layout": layout]) == "<main><p>Ada &lt;Lovelace&gt;</p></main>(c)")
    }

    @Test func standaloneTagsLeaveNoBlankLines() throws {
        #expect(try render("<ul>\n  {{#skills}}\n  <li>{{.}}</li>\n  {{/skills}}\n</ul>\n", person)
            == "<ul>\n  <li>maths</li>\n  <li>engines</li>\n</ul>\n")
    }

    @Test func aQuoteWithACombiningMarkIsStillEscaped() throws {
        let context = TemplateData.object(TemplateObject(["title": .text("x\"\u{301} onmouseover=alert(1) '\u{301}")]))
        #expect(try render("<a title=\"{{title}}\">", context) == "<a title=\"x&quot;\u{301} onmouseover=alert(1) &#39;\u{301}\">")
    }

    @Test func anUnclosedSectionIsReportedAtItsOpeningTag() throws {
        var library = TemplateLibrary()
        let error = try #require(throws: TemplateSyntaxError.self) {
            try library.register("<ul>\n  {{#skills}}\n  <li>{{.}}</li>\n</ul>\n", named: "page")
        }
        #expect(error.problem == .sectionNeverClosed)
        #expect((error.line, error.column, error.lineText) == (2, 3, "  {{#skills}}"))
    }
}
