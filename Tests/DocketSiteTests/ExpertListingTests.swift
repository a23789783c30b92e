import Foundation
import Testing

/// `experts/index.html` and the level and country listings of the sample site (docs/spec.md §5).
@Suite struct ExpertListingTests {
    static let all: Set = ["camille-lefevre", "daniel-reyes", "ines-benali", "maya-okafor", "oliver-hartley",
                           "priya-raman", "rahul-mistry", "siobhan-doyle", "theo-marchand"]

    @Test func theListingHasEveryExpert() throws {
        let page = try Sample.site.page("experts/index.html")
        #expect(Set(page.linkedSlugs(under: "experts")) == Self.all)
    }

    @Test func theListingIsInNameOrder() throws {
        let page = try Sample.site.page("experts/index.html")
        let names = page.linkedSlugs(under: "experts").compactMap { slug in
            page.links.first { $0.target == "experts/\(slug)/index.html" }?.node.text
        }
        #expect(names.count == 9)
        #expect(names == names.sorted())
    }

    /// An expert appears under every level they hold.
    @Test(arguments: [
        ("associate", ["daniel-reyes", "oliver-hartley", "priya-raman", "rahul-mistry", "theo-marchand"]),
        ("professional", ["camille-lefevre", "maya-okafor", "siobhan-doyle"]),
        ("specialty", ["ines-benali", "maya-okafor", "oliver-hartley", "priya-raman", "siobhan-doyle", "theo-marchand"]),
    ])
    func levelListings(level: String, experts: [String]) throws {
        let page = try Sample.site.page("experts/level/\(level)/index.html")
        #expect(Set(page.linkedSlugs(under: "experts")) == Set(experts))
        #expect(page.main.text.localizedCaseInsensitiveContains(level))
    }

    /// Country listings live in lower-case folders.
    @Test(arguments: [
        ("us", "United States of America", ["daniel-reyes", "maya-okafor", "priya-raman"]),
        ("fr", "France", ["camille-lefevre", "ines-benali", "theo-marchand"]),
        ("gb", "United Kingdom of Great Britain and Northern Ireland", ["oliver-hartley", "rahul-mistry", "siobhan-doyle"]),
    ])
    func countryListings(code: String, country: String, experts: [String]) throws {
        let page = try Sample.site.page("experts/country/\(code)/index.html")
        #expect(Set(page.linkedSlugs(under: "experts")) == Set(experts))
        #expect(page.main.text.contains(country))
        #expect(!Sample.site.exists("experts/country/\(code.uppercased())"))
    }

    @Test func listingsLinkToEachOther() throws {
        let page = try Sample.site.page("experts/index.html")
        let targets = Set(page.linkTargets)
        for folder in ["level/associate", "level/professional", "level/specialty", "country/us", "country/fr", "country/gb"] {
            #expect(targets.contains("experts/\(folder)/index.html"), "no link to experts/\(folder)")
        }
    }

    @Test func cardsShowCountryLevelsAndRate() throws {
        let page = try Sample.site.page("experts/index.html")
        let card = try #require(page.card(linkingTo: "experts/priya-raman/index.html"))
        #expect(card.text.contains("United States of America"))
        #expect(card.text.contains("$175.50"))
        #expect(card.text.contains("Specialty") && card.text.contains("Associate"))
    }
}
