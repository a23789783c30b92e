import DocketContent
import DocketDomain
@testable import DocketValidation
import Foundation
import Testing
import DocketTestSupport

/// The parts of the generated schema that restate a Docket rule as a pattern or a list.
@Suite struct JSONSchemaGeneratorTests {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The date pattern takes what `ISODate.parse` takes, and refuses what it refuses,
    /// except day counts a pattern cannot know (2026-02-30).
    @Test(arguments: [
        "2026-11-21", "2026-01-31", "2024-02-29", "2026-11-21T14:05:00Z", "2026-11-21T00:00:00",
        "2026-11-21T23:59:59.123456789+02:00", "2026-11-21T14:05:00-23:59",
        "2026-13-01", "2026-00-10", "2026-01-32", "2026-01-00", "26-11-21", "2026-1-05",
        "2026/11/21", "20261121", "2026-11-21T24:00:00Z", "2026-11-21T14:60:00Z", "2026-11-21T14:05:60Z",
        "2026-11-21T14:05Z", "2026-11-21t14:05:00z", "2026-11-21 14:05:00", "2026-11-21T14:05:00+24:00",
        "2026-11-21T14:05:00.Z", "2026-11-21T14:05:00.1234567890Z", "2026-11-21Z", "November 21, 2026",
    ])
    func datePatternAgreesWithTheDateParser(text: String) {
        let parses = (try? ISODate.parse(text).get()) != nil
        #expect(Self.matches(JSONSchemaGenerator.datePattern, text) == parses, "\(text): Docket \(parses ? "takes" : "refuses") it")
    }

    @Test func datePatternCannotCountDaysInAMonth() {
        #expect(Self.matches(JSONSchemaGenerator.datePattern, "2026-02-30"))
        #expect((try? ISODate.parse("2026-02-30").get()) == nil)
    }

    /// The words the schema takes as booleans besides true and false (a YAML 1.2 parser
    /// hands them over as strings) are words Docket reads as booleans when written plain.
    @Test func booleanWordsAreOnesDocketTakes() throws {
        guard case .array(let items) = try #require(JSONSchemaGenerator.yesNoStrings["enum"]) else {
            Issue.record("yesNoStrings is not an enum")
            return
        }
        let words = items.compactMap { item -> String? in if case .string(let word) = item { word } else { nil } }
        #expect(words.count == 12)
        for word in words + ["maybe", "y", "n", "1"] {
            let site = SiteFixture.valid()
            site.write("content/requests/harden-network.yml", ValidContent.request.appending("accepting_responses: \(word)"))
            let rules = try site.validate().diagnostics.map(\.rule)
            let inSchema = words.contains(word)
            #expect(rules == (inSchema ? [] : ["request.accepting_responses"]), "accepting_responses: \(word)")
        }
    }

    static func property(_ key: String, of kind: ContentKind, limits: Limits = Limits()) throws -> JSONObject {
        guard case .object(let schema) = JSONSchemaGenerator.schema(for: kind, limits: limits),
              case .object(let properties)? = schema["properties"], case .object(let property)? = properties[key] else {
            throw SchemaShape.missing(key)
        }
        return property
    }

    enum SchemaShape: Error { case missing(String) }

    /// `docket new` writes optional keys with no value (`firm:`), which the validator takes
    /// as absent: the schema must take them too (issue 14, point 11).
    @Test func anOptionalKeyWithNoValueIsAllowedAndARequiredOneIsNot() throws {
        let firm = try Self.property("firm", of: .expert)
        #expect(firm["type"] == .array([.string("string"), .string("null")]), "\(firm)")
        let links = try Self.property("links", of: .expert)
        #expect(links["type"] == .array([.string("array"), .string("null")]), "\(links)")
        let rate = try Self.property("hourly_rate", of: .expert)
        guard case .array(let choices)? = rate["anyOf"] else {
            Issue.record("hourly_rate is not an anyOf: \(rate)")
            return
        }
        #expect(choices.last == .object(JSONObject([("type", .string("null"))])))
        let name = try Self.property("name", of: .expert)
        #expect(name["anyOf"] == nil)
        #expect(name["type"] == .string("string"))
    }

    /// Descriptions state the length in force, from the rule table or docket.yml's `limits`.
    @Test func descriptionsStateTheLimitInForce() throws {
        let standard = try Self.property("title", of: .request)
        #expect(standard["description"] == .string(RuleTable.rule("request.title").summary + " Length here: 10 to 140 characters."))
        let overridden = try Self.property("title", of: .request, limits: Limits(overrides: ["request.title": LengthLimit(min: 5, max: 200)]))
        guard case .string(let text)? = overridden["description"] else {
            Issue.record("no description")
            return
        }
        #expect(text.hasSuffix("Length here: 5 to 200 characters."))
        #expect(overridden["maxLength"] == .number(200))
        let about = try Self.property("about", of: .firm)
        guard case .string(let aboutText)? = about["description"] else { return }
        #expect(aboutText.hasSuffix("Length here: at most 3000 characters."))
    }
}
