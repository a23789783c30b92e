import Foundation
import Testing

/// `index.html` of the sample site (docs/spec.md §5): counts, newest requests, links to listings.
@Suite struct HomePageTests {
    /// The sample's requests, newest first (by `created`).
    static let requestsNewestFirst = [
        "s3-bucket-policy-review", "sagemaker-forecasting-pilot", "glue-etl-pipeline-fix", "route53-dns-cutover",
        "vpc-serverless-lockdown", "cost-explorer-billing-audit", "ecs-fargate-migration", "aurora-postgres-upgrade",
        "wordpress-to-lightsail", "multi-account-landing-zone",
    ]

    @Test func showsHowManyExpertsFirmsAndRequests() throws {
        let home = try Sample.site.page("index.html")
        let text = home.main.text
        for (count, noun) in [(9, "experts"), (3, "firms"), (10, "requests")] {
            let pattern = #"\b\#(count)\b\W{0,20}\#(noun)|\#(noun)\W{0,20}\b\#(count)\b"#
            #expect(text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil, "no count “\(count) \(noun)” in: \(text)")
        }
    }

    @Test func listsTheNewestRequestsFirst() throws {
        let home = try Sample.site.page("index.html")
        let shown = home.linkedSlugs(under: "requests")
        #expect(shown.count >= 3, "the home page shows only \(shown.count) requests")
        #expect(shown == Array(Self.requestsNewestFirst.prefix(shown.count)))
    }

    @Test func linksToEveryListing() throws {
        let home = try Sample.site.page("index.html")
        let targets = Set(home.linkTargets)
        for listing in ["experts/index.html", "firms/index.html", "requests/index.html"] {
            #expect(targets.contains(listing), "no link to \(listing)")
        }
        for level in ["associate", "professional", "specialty"] {
            #expect(targets.contains("experts/level/\(level)/index.html"), "no link to the \(level) listing")
        }
    }

    @Test func hasTheSiteTitle() throws {
        let home = try Sample.site.page("index.html")
        #expect(home.title.contains("Cloudwright Experts"))
        #expect(home.main.first("h1")?.text.contains("Cloudwright Experts") == true)
    }
}
