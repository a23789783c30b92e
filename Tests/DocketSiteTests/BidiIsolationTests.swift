import Foundation
import Testing
import DocketTestSupport

/// Bidirectional-override characters (U+202E and friends) in user text: the build succeeds,
/// the text is shown as written, and it cannot reorder the page's own text around it.
/// "Safely" means: every text holding such a character is inside a `<bdi>` (or an element
/// with `dir="auto"`), or is the only text of its block (a heading, list item, cell), where
/// the override ends with the block anyway.
@Suite struct BidiIsolationTests {
    static let override = "\u{202E}"
    static let expertName = "Ada \u{202E}nortyB\u{202C} \u{2067}x"
    static let requestTitle = "Harden \u{202E}krowten\u{202C} the network \u{200F}now"
    static let customerName = "Jea\u{202E}nne"

    static func built() throws -> BuiltSite {
        let site = SiteFixture.valid()
        site.write("content/experts/ada.yml", ValidContent.expert.replacingOccurrences(
            of: "name: Ada Byron", with: "name: \"\(expertName)\""))
        site.write("content/requests/harden-network.yml", ValidContent.request
            .replacingOccurrences(of: "title: Harden the network of a small SaaS", with: "title: \"\(requestTitle)\"")
            .replacingOccurrences(of: "name: Jeanne", with: "name: \"\(customerName)\""))
        return try site.build()
    }

    private static let bidiControls: Set<Unicode.Scalar> = ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
                                                            "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"]

    private static func holdsControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { bidiControls.contains($0) }
    }

    /// Whether a text node is isolated: a `<bdi>` or `dir="auto"` ancestor, or alone in its block.
    private static func isIsolated(_ text: Node) -> Bool {
        var node = text.parent
        while let current = node {
            if current.name == "bdi" || current["dir"] == "auto" { return true }
            if !Node.inlineElements.contains(current.name) {
                return Node.collapse(current.rawText) == Node.collapse(text.content)
            }
            node = current.parent
        }
        return false
    }

    @Test func overridesInNamesAndTitlesAreIsolated() throws {
        let site = try Self.built()
        var seen: Set<String> = []
        for path in site.htmlFiles {
            let page = try site.page(path)
            guard let body = page.document.first("body") else { continue }
            for text in body.textNodes where Self.holdsControl(text.content) {
                #expect(Self.isIsolated(text), "\(path): \(text.content.debugDescription) can reorder the text around it")
                seen.insert(path)
            }
        }
        #expect(seen.contains("experts/ada/index.html"))
        #expect(seen.contains("requests/harden-network/index.html"))
        #expect(seen.contains("requests/index.html"))
        let request = try site.page("requests/harden-network/index.html")
        #expect(request.main.text.contains(Self.requestTitle))
        #expect(request.main.text.contains(Self.customerName))
        #expect(try site.page("experts/ada/index.html").main.text.contains(Self.expertName))
    }
}

extension Node {
    /// Every text node below this one, in document order.
    var textNodes: [Node] {
        children.flatMap { $0.kind == .text ? [$0] : $0.textNodes }
    }
}
