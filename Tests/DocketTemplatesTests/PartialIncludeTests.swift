import DocketTemplates
import Testing

/// `CompiledTemplate.includes`: the partials a template names, where their tags start, so
/// that a missing one can be reported at its line and column.
@Suite struct PartialIncludeTests {
    private func includes(_ text: String) throws -> [String] {
        var library = TemplateLibrary()
        try library.register(text, named: "page")
        return try #require(library["page"]).includes.map { "\($0.name)@\($0.tag.line):\($0.tag.column)" }
    }

    @Test func everyStaticIncludeWithWhereItsTagStarts() throws {
        #expect(try includes("{{> head}}\n<p>{{#items}}\n  {{>item}}{{/items}}</p>\n") == ["head@1:1", "item@3:3"])
    }

    @Test func includesInsideBlocksOverridesAndInvertedSections() throws {
        let text = "{{<layout}}\n{{$main}}{{^none}}{{>empty}}{{/none}}{{/main}}\n{{/layout}}\n{{$side}}x {{> aside }}{{/side}}"
        #expect(try includes(text) == ["layout@1:1", "empty@2:19", "aside@4:12"])
    }

    /// `{{>*name}}` is named by a value, known only while rendering.
    @Test func dynamicIncludesAreLeftOut() throws {
        #expect(try includes("{{>*which}}{{<*other}}{{/*other}}{{>fixed}}") == ["fixed@1:34"])
    }

    /// Columns count characters, as the syntax errors' do, after other delimiters too.
    @Test func columnsCountCharactersAfterSetDelimiters() throws {
        #expect(try includes("é{{=<% %>=}}\n  ü<%> p %>") == ["p@2:4"])
    }

    /// Rendering still follows the Mustache spec: a missing partial renders as nothing.
    @Test func renderingAMissingPartialStillGivesNothing() throws {
        var library = TemplateLibrary()
        try library.register("a{{>nope}}b", named: "page")
        #expect(String(decoding: try library.render(.object(TemplateObject([:])), with: "page"), as: UTF8.self) == "ab")
    }
}
