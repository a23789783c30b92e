import DocketContent
import Testing

@Suite struct SlugTests {
    @Test(arguments: [
        "a", "0", "vpc", "alice-martin", "a-b-c", "2026-budget", "x1-y2",
        String(repeating: "a", count: 64),
        String(repeating: "ab-", count: 21) + "a",
    ])
    func accepts(slug: String) {
        #expect(Slug.isValid(slug))
    }

    @Test(arguments: [
        "", "-", "-a", "a-", "a--b", "Alice", "alice_martin", "alice.martin", "alice martin",
        "élodie", "a/b", "a\n", String(repeating: "a", count: 65),
    ])
    func rejects(slug: String) {
        #expect(!Slug.isValid(slug))
    }
}
