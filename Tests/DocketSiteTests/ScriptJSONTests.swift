import DocketSite
import DocketValidation
import Foundation
import Testing

/// JSON-LD text inside `<script>` (issue 18 point 1): nothing in it can end the element,
/// open a comment or end a line, and it still means the same JSON.
@Suite struct ScriptJSONTests {
    static let hostile = "</script><script>alert(1)</script> <!-- x --> a & b \u{2028} c \u{2029} \"q\" \\ \n"

    @Test func hostileTextIsEscapedAndRoundTrips() throws {
        let value = JSONValue.object(JSONObject([("name", .string(Self.hostile)), ("list", .array([.string("<!--"), .number(3), .decimal("4.5"), .bool(true)]))]))
        let text = ScriptJSON.render(value)
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}", "\n"] {
            #expect(!text.contains(forbidden), "\(forbidden.unicodeScalars.map(\.value)) in \(text)")
        }
        #expect(text.contains(#"\u003c/script\u003e"#) && text.contains(#"\u003c!--"#) && text.contains(#"\u2028"#) && text.contains(#"\u0026"#))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(parsed["name"] as? String == Self.hostile)
        let list = try #require(parsed["list"] as? [Any])
        #expect(list[0] as? String == "<!--")
        #expect((list[2] as? NSNumber)?.doubleValue == 4.5)
    }

    @Test func keysAreEscapedToo() {
        let text = ScriptJSON.render(.object(JSONObject([("</script>", .string("x"))])))
        #expect(text == #"{"\u003c/script\u003e":"x"}"#)
    }
}
