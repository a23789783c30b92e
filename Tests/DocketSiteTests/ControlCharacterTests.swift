import Foundation
import Testing

/// Control characters and noncharacters in content (`\u0001`, `\u000b`, `\u007f`,
/// `\u0085`, `\ufffe` in a JSON or YAML string): HTML forbids them and XML 1.0 cannot hold
/// them, so pages and the Atom feed show U+FFFD in their place. The feed stays XML.
@Suite struct ControlCharacterTests {
    static let title = "Harden\u{1} the\u{B} network\u{C} of a\u{7F} small\u{85} SaaS\u{FFFE}"

    @Test func controlCharactersInATitleBecomeReplacementCharacters() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("docket.yml", "base_url: https://example.org/\n")
        site.remove("content/requests/harden-network.yml")
        site.write("content/requests/harden-network.json", #"""
        {"title": "Harden\u0001 the\u000b network\u000c of a\u007f small\u0085 SaaS\ufffe",
         "description": "We run three services in one account and want the network reviewed before an audit.",
         "budget": "1000-10000", "country": "FR", "name": "Jea\u0002nne", "email": "jeanne@example.com",
         "created": "2026-10-01", "responses": ["ada"]}
        """#)
        let built = try site.build()
        let forbidden = Set(Self.title.unicodeScalars.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0xFFFE })
        #expect(forbidden.count == 6)
        for file in built.files where file.hasSuffix(".html") || file.hasSuffix(".xml") || file.hasSuffix(".json") {
            let text = try #require(built.text(file))
            #expect(!text.unicodeScalars.contains(where: forbidden.contains), "\(file) holds a forbidden code point")
        }
        let feed = try #require(built.data("requests/feed.xml"))
        #expect(Markup.xml(feed) != nil, "feed.xml is not well-formed XML")
        let page = try built.page("requests/harden-network/index.html")
        #expect(page.document.first("h1")?.text == "Harden\u{FFFD} the\u{FFFD} network\u{FFFD} of a\u{FFFD} small\u{FFFD} SaaS\u{FFFD}")
        #expect(page.main.text.contains("Jea\u{FFFD}nne"))
    }
}
