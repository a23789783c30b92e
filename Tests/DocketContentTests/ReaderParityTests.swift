import DocketContent
import Foundation
import Testing

/// YAML reads JSON too: the same text through both readers must give the same tree and
/// the same positions, only the styles differ.
@Suite struct ReaderParityTests {
    static let documents = [
        #"{"name": "Zoë", "rate": {"min": 80, "max": 120.5}, "skills": ["aws", "日本"], "ok": true, "firm": null}"#,
        "{\n  \"a\": [\n    1,\n    {\"b\": \"😀 x\"}\n  ],\n\t\"c\": \"\\u00e9\\n\"\n}\n",
        "[\r\n  \"crlf\",\r\n  [ ],\r\n  { }\r\n]",
        "\u{FEFF}{\"bom\": 1}",
        #"["👩‍💻", "tab\tin\tquotes", -0.5e-3]"#,
    ]

    @Test(arguments: documents)
    func readsJSONAsYAMLWithTheSamePositions(text: String) throws {
        let json = try readJSON(text)
        let yaml = try readYAML(text)
        #expect(shape(of: json) == shape(of: yaml))
    }

    /// The tree without styles, which legitimately differ (`.jsonString`/`.doubleQuoted`).
    func shape(of node: ContentNode) -> String {
        switch node {
        case .scalar(let scalar):
            return "\(scalar.text.debugDescription)@\(scalar.position)"
        case .sequence(let items, let position):
            return "[\(position) " + items.map(shape).joined(separator: ", ") + "]"
        case .mapping(let entries, let position):
            return "{\(position) " + entries.map { "\($0.key.text)@\($0.key.position): \(shape(of: $0.value))" }.joined(separator: ", ") + "}"
        }
    }

    @Test func givesEquivalentBlockYAMLTheSameValuePositions() throws {
        // Aligned so each value starts in the same column in both files.
        let json = try readJSON("{\"name\": \"Zoë\",\n \"rate\": 80}")
        let yaml = try readYAML("name:    Zoë\nrate:    80")
        #expect(json["name"]?.position == yaml["name"]?.position)
        #expect(json["rate"]?.position == yaml["rate"]?.position)
    }

    @Test func readsDecodedFiles() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb: é\r\n".utf8)
        let root = try readYAML(try ContentText.decode(bytes))
        #expect(root["b"]?.scalar == Scalar(text: "é", style: .plain, position: at(2, 4)))
    }
}
