import CCmarkGFM
import Foundation
import Testing
@testable import DocketMarkdown

/// The GFM spec as an oracle (Data/README.md): an example whose tree holds
/// only the flavour's constructs must render exactly as the spec says (links gaining
/// `rel`, profile headings moved down); every other example must pass the allow-list.
@Suite struct GFMSpecTests {
    static func loadExamples() throws -> [GFMSpecExample] {
        let text = try String(contentsOf: GFMSpec.url, encoding: .utf8)
        return GFMSpec.examples(in: text)
    }

    @Test func specFileHasAllExamples() throws {
        #expect(try Self.loadExamples().count == 673)
    }

    @Test(arguments: MarkdownFlavour.allCases)
    func examplesRenderAsSpecifiedOrSafely(_ flavour: MarkdownFlavour) throws {
        let examples = try Self.loadExamples()
        try #require(examples.count == 673, "the spec file at \(GFMSpec.url.path) is missing or changed")
        let renderer = SubsetRenderer(flavour: flavour)
        var matched = 0
        var shownAsText = 0
        var flaggedDespiteTree = 0
        for example in examples {
            let rendered = renderer.render(example.markdown)
            let treeInFlavour = SubsetTree.holdsOnlyNodes(of: flavour, example.markdown)
            if rendered.findings.isEmpty {
                matched += 1
                // Independent check: nothing the renderer kept as markup is outside the flavour.
                #expect(treeInFlavour, "example \(example.number) has no findings but its tree is outside the flavour")
                #expect(rendered.html == CmarkReference.adjusted(example.html, flavour: flavour),
                        "example \(example.number): \(example.markdown.debugDescription)")
            } else {
                shownAsText += 1
                if treeInFlavour { flaggedDespiteTree += 1 }
            }
            #expect(AllowListChecker.violations(in: rendered.html) == [],
                    "example \(example.number): \(example.markdown.debugDescription)")
        }
        print("GFM spec, \(flavour) flavour: \(matched) within the flavour (identical to the spec),"
            + " \(shownAsText) outside it (allow-list only), of which \(flaggedDespiteTree) have only"
            + " the flavour's node types but use autolink or setext syntax")
        // Sanity: both buckets are large; the profile flavour keeps more (its headings).
        #expect(matched > 150)
        #expect(shownAsText > 250)
        #expect(flaggedDespiteTree < 60)
    }

    @Test func profileKeepsMoreThanProposal() throws {
        let examples = try Self.loadExamples()
        func kept(_ flavour: MarkdownFlavour) -> Int {
            let renderer = SubsetRenderer(flavour: flavour)
            return examples.filter { renderer.render($0.markdown).findings.isEmpty }.count
        }
        #expect(kept(.profile) > kept(.proposal))
    }
}

/// A second opinion on "within the flavour", from cmark-gfm's tree alone: node types,
/// heading levels and link schemes (it cannot see autolink or setext syntax).
enum SubsetTree {
    static func holdsOnlyNodes(of flavour: MarkdownFlavour, _ markdown: String) -> Bool {
        let bytes = Array(markdown.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            GFMParser.shared.withDocument(buffer) { document in
                guard let iterator = cmark_iter_new(document) else { return false }
                defer { cmark_iter_free(iterator) }
                while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                    guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                    if !allowed(node, flavour) { return false }
                }
                return true
            } ?? false
        }
    }

    private static func allowed(_ node: OpaquePointer, _ flavour: MarkdownFlavour) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT, CMARK_NODE_PARAGRAPH, CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK,
             CMARK_NODE_LINEBREAK, CMARK_NODE_STRONG, CMARK_NODE_EMPH, CMARK_NODE_LIST:
            return true
        case CMARK_NODE_ITEM:
            return String(cString: cmark_node_get_type_string(node)) == "item"
        case CMARK_NODE_HEADING:
            return flavour == .profile && cmark_node_get_heading_level(node) <= 3
        case CMARK_NODE_LINK:
            let url = String(cString: cmark_node_get_url(node)).lowercased()
            return ["http:", "https:", "mailto:"].contains { url.hasPrefix($0) }
                && !url.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
        default:
            return false
        }
    }
}
