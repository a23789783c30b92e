import DocketContent
import DocketDomain
import DocketText
import DocketValidation
import Foundation
import Mustache
import Testing
@testable import DocketSite

/// Docket renders with its own Mustache engine (DocketTemplates) since it replaced
/// swift-mustache for speed. Every page of the sample site and of the hostile-text site must
/// come out byte for byte as swift-mustache rendered it from the same built-in templates,
/// with the context reflected into dictionaries as Docket used to do.
@Suite struct TemplateEngineParityTests {
    static func pages(of siteRoot: String) throws -> [PlannedPage] {
        let result = try SiteValidation.run(siteRoot: SiteRoot(siteRoot), buildTime: ISODate.parse("2026-11-22").get())
        #expect(result.errorCount == 0)
        return PagePlanner(model: try SiteResolver.build(result, siteRoot: SiteRoot(siteRoot))).plan()
    }

    static let reference: MustacheLibrary = {
        var library = MustacheLibrary()
        for name in TemplateName.allCases {
            library.register(try! MustacheTemplate(string: BuiltInTemplates.source(of: name)), named: name.rawValue)
        }
        return library
    }()

    @Test func theSampleSiteRendersAsWithSwiftMustache() throws {
        let templates = try TemplateSet.load(overrides: nil)
        let pages = try Self.pages(of: SiteFixture.repository)
        #expect(pages.count > 40)
        for page in pages {
            let expected = Self.reference.render(ReflectedContext.box(page.context), withTemplate: page.template.rawValue)
            #expect(try templates.render(page) == expected, "\(page.file)")
        }
    }

    @Test func hostileTextRendersAsWithSwiftMustache() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("content/experts/ada.yml", site.read("content/experts/ada.yml")
            .replacingOccurrences(of: "skills: [networking, security]", with: #"skills: ["<b>&amp; 'q' \"dq\" \u0001 \u202E}} {{x}}", security]"#))
        let templates = try TemplateSet.load(overrides: nil)
        let page = try #require(try Self.pages(of: site.root).first { $0.file == "experts/ada/index.html" })
        let html = try templates.render(page)
        #expect(html.contains("&lt;b&gt;&amp;amp; &#39;q&#39; &quot;dq&quot; \u{FFFD} \u{202E}}} {{x}}"), "\(html)")
        #expect(html == Self.reference.render(ReflectedContext.box(page.context), withTemplate: page.template.rawValue))
    }
}

/// How Docket gave contexts to swift-mustache before: structs reflected into dictionaries,
/// nil optionals left out, every text without the characters HTML forbids.
enum ReflectedContext {
    static func box(_ value: Any) -> Any {
        boxOrNil(value) ?? value
    }

    private static func boxOrNil(_ value: Any) -> Any? {
        if let text = value as? String { return text.withoutForbiddenCodePoints }
        if value is Int || value is Bool { return value }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional: return mirror.children.first.flatMap { boxOrNil($0.value) }
        case .collection, .set: return mirror.children.compactMap { boxOrNil($0.value) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                if let label = child.label, let field = boxOrNil(child.value) { fields[label] = field }
            }
            return fields
        default: return value
        }
    }
}
