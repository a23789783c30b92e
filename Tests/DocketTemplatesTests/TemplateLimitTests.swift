import DocketTemplates
import Testing

/// Templates come from whoever can open a pull request: none may crash the build.
@Suite struct TemplateLimitTests {
    private let context = TemplateData.object(TemplateObject(["name": .text("x")]))

    @Test func aPartialThatIncludesItselfIsAnErrorNotAStackOverflow() throws {
        var library = TemplateLibrary()
        try library.register("<p>{{name}}{{>loop}}</p>", named: "loop")
        #expect(throws: TemplateRenderError.nestedTooDeeply(template: "loop", at: "loop")) { try library.render(context, with: "loop") }
    }

    @Test func aBlockWhoseOverrideHoldsItselfIsAnErrorNotAStackOverflow() throws {
        var library = TemplateLibrary()
        try library.register("<main>{{$main}}default{{/main}}</main>", named: "layout")
        try library.register("{{<layout}}{{$main}}{{#name}}{{$main}}{{/main}}{{/name}}{{/main}}{{/layout}}", named: "page")
        #expect(throws: TemplateRenderError.nestedTooDeeply(template: "page", at: "$main")) { try library.render(context, with: "page") }
    }

    @Test func partialsNestedWithinTheLimitRender() throws {
        var library = TemplateLibrary()
        for level in 0..<50 { try library.register("{{>p\(level + 1)}}", named: "p\(level)") }
        try library.register("{{name}}", named: "p50")
        #expect(try library.render(context, with: "p0") == Array("x".utf8))
    }

    @Test func sectionsNestedTooDeeplyAreASyntaxErrorNamingTheTag() throws {
        var library = TemplateLibrary()
        let depth = 5_000
        let text = String(repeating: "{{#name}}", count: depth) + String(repeating: "{{/name}}", count: depth)
        let error = try #require(throws: TemplateSyntaxError.self) { try library.register(text, named: "deep") }
        #expect(error.problem == .nestedTooDeeply)
        #expect(error.line == 1 && error.column > 1)
    }

    @Test func aMissingPageTemplateIsAnError() {
        #expect(throws: TemplateRenderError.noTemplate("nowhere")) { try TemplateLibrary().render(context, with: "nowhere") }
    }
}
