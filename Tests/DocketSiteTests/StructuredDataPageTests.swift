import DocketDomain
import Foundation
import Testing
import DocketTestSupport

/// The JSON-LD and link previews of each kind of page (issue 18 points 1 and 2), on the
/// sample site (base_url set) and on small sites built for one case.
@Suite struct StructuredDataPageTests {
    /// The page's JSON-LD objects, parsed by Foundation (not by Docket's writer).
    static func objects(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let open = #"<script type="application/ld+json">"#
        guard let start = html.range(of: open) else { return [] }
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex), sourceLocation: sourceLocation)
        let json = try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8))
        if let list = json as? [[String: Any]] { return list }
        return [try #require(json as? [String: Any], sourceLocation: sourceLocation)]
    }

    static func types(_ path: String) throws -> [String] {
        try objects(try #require(Sample.site.text(path))).compactMap { $0["@type"] as? String }
    }

    static func meta(_ html: String, _ key: String) -> String? {
        let pattern = #"<meta (?:property|name)="\#(NSRegularExpression.escapedPattern(for: key))" content="([^"]*)">"#
        guard let range = html.range(of: pattern, options: .regularExpression) else { return nil }
        let tag = String(html[range])
        return tag.components(separatedBy: #"content=""#)[1].dropLast(2).description
    }

    @Test func eachKindOfPageCarriesItsTypes() throws {
        #expect(try Self.types("index.html") == ["WebSite"])
        #expect(try Self.types("experts/index.html") == ["ItemList"])
        #expect(try Self.types("experts/level/professional/index.html") == ["ItemList", "BreadcrumbList"])
        #expect(try Self.types("experts/maya-okafor/index.html") == ["Person", "BreadcrumbList"])
        #expect(try Self.types("firms/fenwick-stack/index.html") == ["Organization", "BreadcrumbList"])
        #expect(try Self.types("requests/ecs-fargate-migration/index.html") == ["Demand", "BreadcrumbList"])
        #expect(try Self.types("proposals/ecs-fargate-replatform/index.html").isEmpty)
        #expect(try Self.types("404.html").isEmpty)
    }

    @Test func personShape() throws {
        let html = try #require(Sample.site.text("experts/maya-okafor/index.html"))
        let person = try #require(try Self.objects(html).first)
        #expect(person["@context"] as? String == "https://schema.org")
        #expect(person["name"] as? String == "Maya Okafor")
        #expect(person["url"] as? String == "https://experts.example.com/experts/maya-okafor/")
        #expect((person["image"] as? String)?.hasPrefix("https://experts.example.com/media/maya-okafor-") == true)
        #expect((person["knowsAbout"] as? [String])?.isEmpty == false)
        let credentials = try #require(person["hasCredential"] as? [[String: Any]])
        #expect(credentials.allSatisfy { $0["@type"] as? String == "EducationalOccupationalCredential" })
        #expect((person["worksFor"] as? [String: Any])?["@type"] as? String == "Organization")
        #expect((person["address"] as? [String: Any])?["addressCountry"] as? String != nil)
        let description = try #require(person["description"] as? String)
        #expect(!description.contains("<") && !description.contains("&amp;"))
        #expect(html.contains(#"<meta property="og:type" content="profile">"#))
        #expect(Self.meta(html, "og:image:width") == "96" && Self.meta(html, "og:image:height") == "96")
        #expect(Self.meta(html, "og:url") == "https://experts.example.com/experts/maya-okafor/")
    }

    @Test func organizationRatingsWithoutPrivateFeedback() throws {
        let html = try #require(Sample.site.text("firms/fenwick-stack/index.html"))
        let firm = try #require(try Self.objects(html).first)
        let rating = try #require(firm["aggregateRating"] as? [String: Any])
        #expect((rating["ratingValue"] as? NSNumber)?.doubleValue == 4.0)
        #expect(rating["reviewCount"] as? Int == 2)
        let reviews = try #require(firm["review"] as? [[String: Any]])
        #expect(reviews.count == 2)
        for review in reviews {
            #expect(Set(review.keys).isSubset(of: ["@type", "reviewRating", "author", "datePublished", "reviewBody"]))
        }
        #expect(!html.contains("would_work_again") && !html.lowercased().contains("workagain"))
    }

    @Test func requestIsADemandWithItsBudgetAndRegion() throws {
        let html = try #require(Sample.site.text("requests/ecs-fargate-migration/index.html"))
        let demand = try #require(try Self.objects(html).first)
        #expect(demand["@type"] as? String == "Demand")
        #expect(demand["name"] as? String == "Re-platform a Rails monolith from EC2 to ECS on Fargate")
        #expect(demand["eligibleRegion"] as? String == "US")
        let price = try #require(demand["priceSpecification"] as? [String: Any])
        #expect(price["priceCurrency"] as? String == "USD" && price["minPrice"] as? Int == 10000 && price["maxPrice"] == nil)
        #expect((demand["description"] as? String)?.hasPrefix("Our scheduling product for physiotherapy clinics") == true)
        // The meta description is the same text, cut at a word boundary.
        let description = try #require(Self.meta(html, "description"))
        #expect(description.hasPrefix("Our scheduling product") && description.hasSuffix("…") && description.count <= 160)
        #expect(!html.contains("@example.com"))
    }

    @Test func listingPositionsRunAcrossPages() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("docket.yml", "title: T\npage_size: 1\n")
        for n in 2...3 {
            site.write("content/requests/r\(n).yml", ValidContent.request.replacingOccurrences(of: "Harden the network", with: "Request \(n) to harden"))
        }
        let built = try site.build()
        let page3 = try #require(built.text("requests/page/3/index.html"))
        let list = try #require(try Self.objects(page3).first)
        #expect(list["numberOfItems"] as? Int == 3)
        let items = try #require(list["itemListElement"] as? [[String: Any]])
        #expect(items.map { $0["position"] as? Int } == [3])
        // Without base_url: relative links, no @id, no og:url, no canonical, no og:image.
        let expert = try #require(built.text("experts/ada/index.html"))
        let person = try #require(try Self.objects(expert).first)
        #expect(person["url"] as? String == "../../experts/ada/index.html" && person["@id"] == nil)
        #expect(Self.meta(expert, "og:url") == nil && !expert.contains(#"rel="canonical""#))
        #expect(Self.meta(expert, "og:title") == "Ada Byron" && Self.meta(expert, "twitter:card") == "summary")
    }

    @Test func hostileNamesAndBiosCannotLeaveTheScript() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        let name = "A</script><!--\u{2028}B\u{2029}C"
        // JSON, so that U+2028 and U+2029 reach the bio as they are (YAML reads them as line breaks).
        site.remove("content/experts/ada.yml")
        site.write("content/experts/ada.json", #"""
            {"name": "A</script><!--\u2028B\u2029C", "email": "ada@example.com", "country": "GB", "firm": "analytical",
             "certifications": [{"name": "Solutions Architect Professional", "level": "professional"}],
             "bio": "I design </script> <!-- \u2028 & **secure** networks\u2029 for small teams, with clear reports."}
            """#)
        let html = try #require(try site.build().text("experts/ada/index.html"))
        let start = try #require(html.range(of: #"<script type="application/ld+json">"#))
        let script = html[start.upperBound...].prefix { $0 != "<" }
        #expect(html[start.upperBound...].dropFirst(script.count).hasPrefix("</script>\n<link rel=\"stylesheet\""))
        #expect(!script.contains("\u{2028}") && !script.contains("\u{2029}") && !script.contains(">") && !script.contains("&"))
        let person = try #require(try Self.objects(html).first)
        #expect(person["name"] as? String == name)
        #expect(person["description"] as? String == "I design </script> <!-- & secure networks for small teams, with clear reports.")
        // Escaped once by the template, as any text.
        #expect(Self.meta(html, "description") == "I design &lt;/script&gt; &lt;!-- &amp; secure networks for small teams, with clear reports.")
    }
}
