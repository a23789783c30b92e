import Foundation
import Testing

/// `firms/index.html` and `firms/<slug>/index.html` (docs/spec.md §5).
@Suite struct FirmPageTests {
    @Test func listsItsExperts() throws {
        let page = try Sample.site.page("firms/fenwick-stack/index.html")
        #expect(Set(page.linkedSlugs(under: "experts")) == ["oliver-hartley", "siobhan-doyle"])
        #expect(page.main.first("h1")?.text == "Fenwick & Stack")
        #expect(page.main.text.contains("United Kingdom of Great Britain and Northern Ireland"))
    }

    @Test func reviewsReadAsTextWithTheAverageToOneDecimal() throws {
        let text = try Sample.site.page("firms/fenwick-stack/index.html").main.text
        #expect(text.contains("3 out of 5 stars"))
        #expect(text.contains("5 out of 5 stars"))
        #expect(text.contains("4.0"), "no average 4.0 for ratings 3 and 5")
        for author in ["Tom B.", "Hannah W."] { #expect(text.contains(author)) }
        #expect(text.contains("2026-10-29") && text.contains("2026-10-09"))
    }

    @Test(arguments: [("altitude-nuage", "4.0", "4 out of 5 stars"), ("harbor-light-cloud", "5.0", "5 out of 5 stars")])
    func oneReview(firm: String, average: String, stars: String) throws {
        let text = try Sample.site.page("firms/\(firm)/index.html").main.text
        #expect(text.contains(stars))
        #expect(text.contains(average))
    }

    @Test func averageIsRoundedToOneDecimal() throws {
        // Ratings 5, 4 and 4 average 4.333…: shown as 4.3.
        let site = SiteFixture.valid()
        defer { site.delete() }
        let review = { (rating: Int) in
            """
              - rating: \(rating)
                author: Customer
                date: 2026-11-10
                proposal: network-review
                would_work_again: yes
            """
        }
        site.write("content/firms/analytical.yml", """
        name: Analytical Engines
        country: GB
        reviews:
        \(review(5))
        \(review(4))
        \(review(4))
        """)
        let text = try site.build().page("firms/analytical/index.html").main.text
        #expect(text.contains("4.3"))
        #expect(!text.contains("4.33"))
    }

    @Test func theListingHasEveryFirm() throws {
        let page = try Sample.site.page("firms/index.html")
        #expect(Set(page.linkedSlugs(under: "firms")) == ["altitude-nuage", "fenwick-stack", "harbor-light-cloud"])
    }

    @Test func aFirmWithoutReviewsOrExpertsStillHasItsPage() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("content/firms/quiet.yml", "name: Quiet Ltd\ncountry: US\n")
        let page = try site.build().page("firms/quiet/index.html")
        #expect(page.main.text.contains("Quiet Ltd"))
        #expect(!page.main.text.contains("out of 5 stars"))
        #expect(page.linkedSlugs(under: "experts").isEmpty)
    }
}
