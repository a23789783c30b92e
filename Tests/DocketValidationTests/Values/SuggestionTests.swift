import DocketValidation
import DocketValues
import Testing

@Suite struct SuggestionTests {
    static let requestKeys = ["title", "description", "budget", "country", "name", "email", "created",
                              "accepting_responses", "responses"]
    static let expertKeys = ["name", "email", "country", "firm", "photo", "certifications", "hourly_rate",
                             "bio", "skills", "links"]

    @Test(arguments: [
        ("titel", "title"),          // transposition
        ("e-mail", "email"),         // insertion
        ("Title", "title"),          // case only
        ("TITEL", "title"),
        ("descripton", "description"),
        ("budjet", "budget"),
        ("respones", "responses"),
        ("acceptingresponses", "accepting_responses"),
        ("create", "created"),
        ("countries", "country"),
        ("createdAt", "created"),    // 2 edits, 9 characters: within a third
    ])
    func suggestsNearRequestKeys(word: String, expected: String) {
        #expect(Suggestion.closest(to: word, among: Self.requestKeys) == expected)
    }

    @Test(arguments: [
        ("hourly_rates", "hourly_rate"),
        ("hourlyRate", "hourly_rate"),
        ("skill", "skills"),
        ("certification", "certifications"),
        ("fimr", "firm"),
        ("photos", "photo"),
    ])
    func suggestsNearExpertKeys(word: String, expected: String) {
        #expect(Suggestion.closest(to: word, among: Self.expertKeys) == expected)
    }

    @Test(arguments: ["zzz", "", "x", "colour", "website", "tags", "phone", "created_at_time"])
    func staysQuietWhenNothingIsClose(word: String) {
        #expect(Suggestion.closest(to: word, among: Self.requestKeys) == nil)
    }

    @Test func thresholdGrowsWithLength() {
        // Up to 5 characters: one edit. 6–8: two. 9 and more: three, never more.
        #expect(Suggestion.closest(to: "naem", among: ["name"]) == "name")
        #expect(Suggestion.closest(to: "nmae", among: ["name"]) == "name")
        #expect(Suggestion.closest(to: "nxmx", among: ["name"]) == nil)
        #expect(Suggestion.closest(to: "cuontyr", among: ["country"]) == "country")
        #expect(Suggestion.closest(to: "cuxntxy", among: ["country"]) == nil)
        #expect(Suggestion.closest(to: "certxfxcatxons", among: ["certifications"]) == "certifications")
        #expect(Suggestion.closest(to: "cxrtxfxcatxons", among: ["certifications"]) == nil)
    }

    @Test func tiesGoToTheEarliestCandidate() {
        #expect(Suggestion.closest(to: "bat", among: ["cat", "hat"]) == "cat")
        #expect(Suggestion.closest(to: "bat", among: ["hat", "cat"]) == "hat")
        #expect(Suggestion.closest(to: "cat", among: ["hat", "cat"]) == "cat")
    }
}
