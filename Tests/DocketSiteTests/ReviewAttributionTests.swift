import DocketContent
import DocketDomain
import DocketSite
import DocketValidation
import Foundation
import Testing

/// Reviews say what they are about (issue 17, point 2): each names the proposal it is for,
/// and on an expert's page a firm review of another expert names that expert, linked.
@Suite struct ReviewAttributionTests {
    /// The sample site's model, from the repository's content as the sample build reads it.
    static func sampleModel() throws -> Site {
        let root = SiteRoot(SiteFixture.repository)
        let result = try SiteValidation.run(siteRoot: root, buildTime: ISODate.parse(Sample.now).get())
        return try SiteResolver.build(result, siteRoot: root)
    }

    @Test func everyReviewOnAnExpertPageNamesItsProposalAndAnyOtherExpert() throws {
        let site = try Self.sampleModel()
        var othersSeen = 0
        for expert in site.experts {
            guard let firm = expert.firm.flatMap(site.firm), !firm.reviews.isEmpty else { continue }
            let page = try Sample.site.page("experts/\(expert.slug)/index.html")
            let captions = page.document.all("figcaption").filter { $0.text.contains(",") }
            #expect(captions.count == firm.reviews.count, "\(expert.slug)")
            for (review, caption) in zip(firm.reviews, captions) {
                let proposal = try #require(site.proposal(review.proposal))
                #expect(caption.text.contains("for “\(proposal.title)”"), "\(expert.slug): \(caption.text)")
                let links = caption.all("a").compactMap { $0["href"] }
                if proposal.expert == expert.slug {
                    #expect(links.isEmpty, "\(expert.slug): a review of the expert names no one else")
                } else {
                    othersSeen += 1
                    let other = try #require(site.expert(proposal.expert))
                    #expect(caption.text.contains("about \(other.name)"), "\(expert.slug): \(caption.text)")
                    #expect(links.count == 1 && links[0].contains("experts/\(other.slug)"), "\(links)")
                }
            }
        }
        #expect(othersSeen > 0, "the sample has a firm with reviews of several experts")
    }

    @Test func aFirmPageNamesTheExpertOfEveryReview() throws {
        let site = try Self.sampleModel()
        for firm in site.firms where !firm.reviews.isEmpty {
            let captions = try Sample.site.page("firms/\(firm.slug)/index.html").document.all("figcaption").filter { $0.text.contains(",") }
            for (review, caption) in zip(firm.reviews, captions) {
                let expert = try #require(site.proposal(review.proposal).flatMap { site.expert($0.expert) })
                #expect(caption.text.contains("about \(expert.name)"), "\(firm.slug): \(caption.text)")
            }
        }
    }
}
