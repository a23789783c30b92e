import DocketTemplates
import DocketTestSupport
import PropertyBased
import Testing

/// Docket's template engine against swift-mustache, the dialect it implements: generated
/// templates (balanced ones built from every kind of tag, and unbalanced token soup) must
/// render to the same bytes, or be refused by both.
///
/// Where Docket differs by design (docs/templates.md), the reference data is shaped to
/// match (`ReferenceList`, `ReferenceObject`): lists and objects print as nothing, the
/// first of an empty list is no value, lists of texts sort. Left out: a special character
/// followed by a combining mark in the data (Docket escapes it, swift-mustache does not), and
/// a block inside an override of the same block, which recurses in swift-mustache until the
/// stack overflows (Docket stops it; `TemplateLimitTests`).
@Suite struct TemplateDialectTests {
    static let texts = ["a", "word", " ", "  ", "\t", "\n", "\r\n", "<p>", "&amp;", "x\"y'z", "{", "}", "é", "e\u{301}", "🙂", "{x}", "}}", "{{!c}}"]
    static let tags = [
        "{{name}}", "{{{name}}}", "{{&name}}", "{{ name }}", "{{missing}}", "{{obj.name}}", "{{obj.missing.name}}", "{{.name}}",
        "{{num}}", "{{flag}}", "{{count(list)}}", "{{count(empty)}}", "{{uppercased(name)}}", "{{lowercased(name)}}",
        "{{capitalized(title)}}", "{{reversed(name)}}", "{{plusone(num)}}", "{{minusone(num)}}", "{{even(num)}}",
        "{{empty(list)}}", "{{count(obj)}}", "{{list}}", "{{obj}}", "{{key}}={{value}}", "{{index()}}", "{{first()}}", "{{last()}}", "{{odd()}}",
        "{{! a comment }}", "{{!\nacross lines\n}}", "{{>part}}", "{{> part }}", "{{>missing}}", "{{>*partName}}",
        "{{%CONTENT_TYPE:TEXT}}", "{{%CONTENT_TYPE:HTML}}", "{{=<% %>=}}<%name%> <%{name}%><%={{ }}=%>",
    ]
    static let sections: [(open: String, close: String)] = [
        ("{{#list}}", "{{/list}}"), ("{{#objs}}", "{{/objs}}"), ("{{#obj}}", "{{/obj}}"), ("{{#flag}}", "{{/flag}}"),
        ("{{^flag}}", "{{/flag}}"), ("{{#num}}", "{{/num}}"), ("{{#name}}", "{{/name}}"), ("{{^empty}}", "{{/empty}}"),
        ("{{^list}}", "{{/list}}"), ("{{#empty}}", "{{/empty}}"), ("{{#missing}}", "{{/missing}}"), ("{{^missing}}", "{{/missing}}"),
        ("{{#empty(list)}}", "{{/empty(list)}}"), ("{{^empty(list)}}", "{{/empty(list)}}"), ("{{#first()}}", "{{/first()}}"),
        ("{{^last()}}", "{{/last()}}"), ("{{#first(list)}}", "{{/first(list)}}"), ("{{#first(empty)}}", "{{/first(empty)}}"),
        ("{{#reversed(list)}}", "{{/reversed(list)}}"), ("{{#sorted(obj)}}", "{{/sorted(obj)}}"), ("{{#sorted(list)}}", "{{/sorted(list)}}"),
        ("{{#even(num)}}", "{{/even(num)}}"), ("{{$block}}", "{{/block}}"),
        ("{{<parent}}{{$block}}", "{{/block}}{{/parent}}"), ("{{<parent}}\n  {{$tail}}\n", "\n  {{/tail}}\n{{/parent}}"),
    ]
    static let partials = [
        "part": "[{{name}}]\n  two {{#flag}}on{{/flag}}\n{{#list}}\n  - {{.}}\n{{/list}}\n",
        "parent": "<{{$block}}default {{name}}{{/block}}>\n  {{$tail}}t{{/tail}}\n",
    ]

    /// A template from a list of choices: each picks a text, a tag, or opens or closes a section.
    static func template(from choices: [Int]) -> String {
        var choices = choices.makeIterator()
        return body(&choices, depth: 0, inParent: false)
    }

    private static func body(_ choices: inout IndexingIterator<[Int]>, depth: Int, inParent: Bool) -> String {
        var text = ""
        while let choice = choices.next() {
            switch choice % 10 {
            case 0...3: text += texts[choice / 10 % texts.count]
            case 4...6: text += tags[choice / 10 % tags.count]
            case 7: text += "{{.}}"
            case 8 where depth < 4:
                let section = sections[choice / 10 % sections.count]
                let opensParent = section.open.hasPrefix("{{<")
                // Inside an inheriting partial, a block could hold itself (see above).
                if inParent && section.open.contains(where: { $0 == "<" || $0 == "$" }) { continue }
                text += section.open + body(&choices, depth: depth + 1, inParent: inParent || opensParent) + section.close
            default:
                if depth > 0 { return text }
            }
        }
        return text
    }

    /// Tags and fragments in any order: mostly templates that one engine or both refuse.
    static func soup(from choices: [Int]) -> String {
        let pieces = texts + tags + ["{{", "}}}", "{{#", "{{/", "{{{name}}", "{{=| |=}}", "|name|", "{{%X:Y}}", "{{name", "{{a(b}}", "{{a(b))}}"]
        let sectionTags = sections.flatMap { [$0.open, $0.close] }.filter { !$0.contains("{{<") && !$0.contains("{{$") }
        // One piece in sixteen opens or closes a section, in no particular order.
        return choices.prefix(6).map { $0 % 16 == 0 ? sectionTags[$0 / 16 % sectionTags.count] : pieces[$0 % pieces.count] }.joined()
    }

    static func data(_ variant: Int) -> TemplateData {
        .object(TemplateObject([
            "name": .text("Ada <b>&\"'"), "title": .text("the analytical engine"), "num": .number(variant % 3),
            "flag": .flag(variant % 2 == 0), "list": .list([.text("x"), .text("y<"), .text("z")]), "empty": .list([]),
            "objs": .list([.object(TemplateObject(["name": .text("one")])), .object(TemplateObject(["name": .text("two"), "flag": .flag(false)]))]),
            "obj": .object(TemplateObject(["name": .text("inner"), "list": .list([.text("i")])])), "partName": .text("part"),
        ]))
    }

    static let choices = Gen<Int>.int(in: 0...9_999).array(of: 0...40)

    @Test func balancedTemplatesRenderAsSwiftMustacheRendersThem() async {
        await propertyCheck(count: 3_000, input: Self.choices, Gen<Int>.int(in: 0...5)) { choices, variant in
            let template = Self.template(from: choices)
            let expected = MustacheReference.render(template, Self.data(variant), partials: Self.partials)
            #expect(MustacheReference.renderWithDocket(template, Self.data(variant), partials: Self.partials) == expected,
                    "template \(template.debugDescription)")
        }
    }

    @Test func tokenSoupIsRefusedOrRenderedAsSwiftMustacheDoes() async {
        await propertyCheck(count: 3_000, input: Self.choices, Gen<Int>.int(in: 0...5)) { choices, variant in
            let template = Self.soup(from: choices)
            let expected = MustacheReference.render(template, Self.data(variant), partials: Self.partials)
            #expect(MustacheReference.renderWithDocket(template, Self.data(variant), partials: Self.partials) == expected,
                    "template \(template.debugDescription)")
        }
    }

    /// The generator reaches what it claims to: sections, standalone lines, partials,
    /// inheritance and refusals all occur among the generated templates.
    @Test func theGeneratorsCoverTheDialect() {
        var generator = SeededGenerator(seed: 7)
        let balanced = (0..<400).map { _ in Self.template(from: (0..<40).map { _ in Int.random(in: 0...9_999, using: &generator) }) }
        for feature in ["{{#list}}", "{{<parent}}", "{{>part}}", "{{=<% %>=}}", "{{%CONTENT_TYPE:TEXT}}", "{{.}}", "\n"] {
            #expect(balanced.contains { $0.contains(feature) }, "no generated template has \(feature)")
        }
        let soups = (0..<400).map { _ in Self.soup(from: (0..<40).map { _ in Int.random(in: 0...9_999, using: &generator) }) }
        let refused = soups.filter { MustacheReference.render($0, Self.data(0), partials: Self.partials).output == nil }.count
        // Both outcomes must be common, or the soup test compares little of one of them.
        #expect(refused > 40 && refused < 360, "\(refused) of 400 soups refused: the soup test would prove little")
    }
}
