import DocketTemplates
import Testing

@Suite struct TemplateDataEncoderTests {
    struct Card: Encodable {
        let title: String
        let note: String?
        let count: Int
        let open: Bool
        let tags: [String]
        let link: Link?
    }

    struct Link: Encodable {
        let url: String
    }

    private func render(_ template: String, _ value: some Encodable, encoder: TemplateDataEncoder = TemplateDataEncoder()) throws -> String {
        var library = TemplateLibrary()
        try library.register(template, named: "t")
        return String(decoding: try library.render(try encoder.encode(value), with: "t"), as: UTF8.self)
    }

    @Test func fieldsKeepTheirNamesAndNilOptionalsAreMissing() throws {
        let card = Card(title: "T", note: nil, count: 2, open: true, tags: ["a", "b"], link: Link(url: "/x"))
        #expect(try render("{{title}}|{{^note}}no note{{/note}}|{{count}}|{{#open}}open{{/open}}|{{#tags}}{{.}}{{/tags}}|{{link.url}}", card)
            == "T|no note|2|open|ab|/x")
    }

    /// A missing optional lets the lookup go on to the enclosing value, as reflection did.
    @Test func aNilOptionalFallsThroughToTheEnclosingValue() throws {
        struct Outer: Encodable { let note: String; let inner: Card }
        let inner = Card(title: "T", note: nil, count: 0, open: false, tags: [], link: nil)
        #expect(try render("{{#inner}}{{note}}{{/inner}}", Outer(note: "outer note", inner: inner)) == "outer note")
    }

    @Test func everyTextPassesTheFilter() throws {
        let encoder = TemplateDataEncoder(textFilter: { $0.uppercased() })
        let card = Card(title: "t", note: "n", count: 1, open: false, tags: ["a"], link: Link(url: "u"))
        #expect(try render("{{title}}{{note}}{{#tags}}{{.}}{{/tags}}{{link.url}}", card, encoder: encoder) == "TNAU")
    }

    @Test func aNumberThatIsNotAnIntIsRefused() {
        struct Price: Encodable { let amount: Double }
        #expect(throws: TemplateDataEncoder.UnsupportedValue.self) { try TemplateDataEncoder().encode(Price(amount: 1.5)) }
    }
}
