import DocketDomain
import Foundation
import Testing
import DocketTestSupport

/// `requests/index.html` and `requests/<slug>/index.html` (docs/spec.md §3 Request, §5).
@Suite struct RequestPageTests {
    @Test func theListingIsNewestFirst() throws {
        let page = try Sample.site.page("requests/index.html")
        #expect(page.linkedSlugs(under: "requests") == HomePageTests.requestsNewestFirst)
    }

    /// Closed requests are listed, and marked; open ones are not marked closed.
    @Test func closedRequestsAreListedAndMarked() throws {
        let page = try Sample.site.page("requests/index.html")
        for slug in HomePageTests.requestsNewestFirst {
            let card = try #require(page.card(linkingTo: "requests/\(slug)/index.html"), "\(slug) is not listed")
            let closed = card.text.range(of: #"\bclosed\b|not accepting"#, options: [.regularExpression, .caseInsensitive]) != nil
            #expect(closed == (slug == "cost-explorer-billing-audit"), "\(slug): card reads “\(card.text)”")
        }
    }

    @Test func thePageOfAClosedRequestSaysSo() throws {
        let closed = try Sample.site.page("requests/cost-explorer-billing-audit/index.html").main.text
        #expect(closed.range(of: #"\bclosed\b|not accepting"#, options: [.regularExpression, .caseInsensitive]) != nil)
        let open = try Sample.site.page("requests/route53-dns-cutover/index.html").main.text
        #expect(open.range(of: #"\bclosed\b|not accepting"#, options: [.regularExpression, .caseInsensitive]) == nil)
        #expect(open.localizedCaseInsensitiveContains("accepting"))
    }

    /// Budget and country labels exactly as docs/spec.md §3 spells them.
    @Test(arguments: [
        ("route53-dns-cutover", "$50 - $100", "United Kingdom of Great Britain and Northern Ireland"),
        ("vpc-serverless-lockdown", "$100 - $1,000", "Anywhere"),
        ("aurora-postgres-upgrade", "$1,000 - $10,000", "France"),
        ("ecs-fargate-migration", "$10,000 and up", "United States of America"),
        ("glue-etl-pipeline-fix", "I don't know", "United Kingdom of Great Britain and Northern Ireland"),
    ])
    func budgetAndCountryLabels(slug: String, budget: String, country: String) throws {
        let text = try Sample.site.page("requests/\(slug)/index.html").main.text
        #expect(text.contains(budget), "\(slug): no “\(budget)”")
        #expect(text.contains(country), "\(slug): no “\(country)”")
    }

    @Test func customerNameTitleAndDate() throws {
        let page = try Sample.site.page("requests/ecs-fargate-migration/index.html")
        #expect(page.main.first("h1")?.text == "Re-platform a Rails monolith from EC2 to ECS on Fargate")
        #expect(page.main.text.contains("Jordan Ellis"))
        #expect(page.main.text.contains("2026-09-10") || page.main.text.contains("September 10, 2026") || page.main.text.contains("10 September 2026"))
    }

    @Test func respondingExpertsLinkToTheirPages() throws {
        let page = try Sample.site.page("requests/ecs-fargate-migration/index.html")
        #expect(Set(page.linkedSlugs(under: "experts")) == ["maya-okafor", "daniel-reyes", "camille-lefevre"])
        #expect(page.links.first { $0.target == "experts/maya-okafor/index.html" }?.node.text == "Maya Okafor")
    }

    /// Every run of white space becomes one space when rendered (docs/spec.md §3).
    @Test func descriptionWhiteSpaceIsCollapsed() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("content/requests/harden-network.yml", """
        title: Harden the network of a small SaaS
        description: |
          We run   three services
          in one account\t\tand want the network

          reviewed before an audit.
        budget: 1000-10000
        country: FR
        name: Jeanne
        email: jeanne@example.com
        created: 2026-10-01
        """)
        let page = try site.build().page("requests/harden-network/index.html")
        let collapsed = "We run three services in one account and want the network reviewed before an audit."
        let holder = try #require(page.main.descendants.first { $0.text == collapsed }, "no element holds the collapsed description")
        #expect(holder.rawText.trimmingCharacters(in: .whitespacesAndNewlines) == collapsed, "the description keeps its original white space: \(holder.rawText.debugDescription)")
    }

    /// Markup in a description is shown literally, never as markup.
    @Test func descriptionMarkupIsShownLiterally() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        let description = "We need **help** with <b>our</b> network <script>alert(1)</script> before an audit."
        site.write("content/requests/harden-network.yml", ValidContent.request.replacingOccurrences(
            of: "We run three services in one account and want the network reviewed before an audit.", with: "'\(description)'"))
        let page = try site.build().page("requests/harden-network/index.html")
        #expect(page.main.text.contains(description))
        #expect(page.main.all("script").isEmpty)
        #expect(page.document.all("script").allSatisfy { $0["type"] == "application/ld+json" })
        #expect(page.main.all("b").isEmpty)
    }
}
