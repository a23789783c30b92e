import DocketCheck
import DocketDomain
import DocketSite
import Foundation
import Testing
import DocketTestSupport

/// The public data export, `data/*.json` (issue 18, point 3; docs/content.md): its shape
/// per entity, read back with Foundation's JSON parser (not Docket's writer), its order,
/// and that no private value reaches it.
@Suite struct DataExportTests {
    static let files = ["data/experts.csv", "data/experts.json", "data/experts.schema.json",
                        "data/firms.json", "data/firms.schema.json", "data/requests.json", "data/requests.schema.json"]

    static func json(_ site: BuiltSite, _ file: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let data = try #require(site.data(file), "no \(file)", sourceLocation: sourceLocation)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(file) is not a JSON object", sourceLocation: sourceLocation)
    }

    /// The entities of `data/<name>.json`, with the document's own keys checked.
    static func entities(_ site: BuiltSite, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let document = try json(site, "data/\(name).json", sourceLocation: sourceLocation)
        #expect(Set(document.keys) == ["$schema", name], sourceLocation: sourceLocation)
        #expect(document["$schema"] as? String == "\(name).schema.json", sourceLocation: sourceLocation)
        return try #require(document[name] as? [[String: Any]], sourceLocation: sourceLocation)
    }

    static func built(config: String? = "base_url: https://example.org/\n", edit: (SiteFixture) -> Void = { _ in }) throws -> (SiteFixture, BuiltSite) {
        let site = SiteFixture.valid()
        if let config { site.write("docket.yml", config) }
        edit(site)
        return (site, try site.build())
    }

    @Test func theBuildWritesEveryExportFile() throws {
        #expect(Sample.site.files.filter { $0.hasPrefix("data/") } == Self.files)
        #expect(SiteExport.paths == Self.files)
    }

    @Test func anExpertHasItsPublicFieldsInOrder() throws {
        let (site, built) = try Self.built()
        defer { site.delete() }
        let experts = try Self.entities(built, "experts")
        try #require(experts.count == 1)
        let ada = experts[0]
        #expect(Set(ada.keys) == ["slug", "page", "url", "name", "country", "firm", "certifications", "hourly_rate", "bio_html", "skills", "links"])
        #expect(ada["slug"] as? String == "ada")
        #expect(ada["page"] as? String == "experts/ada/index.html")
        #expect(ada["url"] as? String == "https://example.org/experts/ada/")
        #expect(ada["name"] as? String == "Ada Byron")
        #expect(ada["country"] as? String == "GB")
        #expect(ada["firm"] as? String == "analytical")
        #expect(ada["hourly_rate"] as? String == "120.00", "money as an exact decimal string")
        let certifications = try #require(ada["certifications"] as? [[String: String]])
        #expect(certifications == [["name": "Solutions Architect Professional", "level": "professional"]])
        #expect(ada["skills"] as? [String] == ["networking", "security"])
        #expect(ada["links"] as? [[String: String]] == [["title": "A case study", "url": "https://example.com/case"]])
        #expect((ada["bio_html"] as? String)?.contains("<h3>About me</h3>") == true)
        // Keys are written in one fixed order: identity, then the content's fields.
        let text = try #require(built.text("data/experts.json"))
        let positions = ["slug", "page", "url", "name", "country", "firm", "certifications", "hourly_rate", "bio_html", "skills", "links"]
            .map { text.range(of: "\"\($0)\": ")?.lowerBound }
        let found = positions.compactMap { $0 }
        #expect(found.count == positions.count && found == found.sorted())
    }

    @Test func aFirmHasItsExpertsAndPublicReviews() throws {
        let (site, built) = try Self.built()
        defer { site.delete() }
        let firms = try Self.entities(built, "firms")
        try #require(firms.count == 1)
        let firm = firms[0]
        #expect(Set(firm.keys) == ["slug", "page", "url", "name", "country", "about_html", "experts", "reviews"])
        #expect(firm["page"] as? String == "firms/analytical/index.html")
        #expect(firm["experts"] as? [String] == ["ada"])
        let reviews = try #require(firm["reviews"] as? [[String: Any]])
        try #require(reviews.count == 1)
        #expect(Set(reviews[0].keys) == ["rating", "text", "author", "date", "proposal"], "never would_work_again")
        #expect(reviews[0]["rating"] as? Int == 5)
        #expect(reviews[0]["author"] as? String == "Jeanne D.")
        #expect(reviews[0]["date"] as? String == "2026-11-10")
        #expect(reviews[0]["proposal"] as? String == "network-review")
    }

    @Test func aRequestHasItsPublicFields() throws {
        let (site, built) = try Self.built { site in
            site.write("content/requests/harden-network.yml", ValidContent.request
                .replacingOccurrences(of: "created: 2026-10-01", with: "created: 2026-10-01T09:30:00+02:00\naccepting_responses: false"))
        }
        defer { site.delete() }
        let requests = try Self.entities(built, "requests")
        try #require(requests.count == 1)
        let request = requests[0]
        #expect(Set(request.keys) == ["slug", "page", "url", "title", "description", "budget", "country", "name", "created",
                                      "accepting_responses", "responses"], "never email")
        #expect(request["page"] as? String == "requests/harden-network/index.html")
        #expect(request["budget"] as? String == "1000-10000")
        #expect(request["country"] as? String == "FR")
        #expect(request["name"] as? String == "Jeanne")
        #expect(request["created"] as? String == "2026-10-01T09:30:00+02:00", "ISO 8601, offset kept")
        #expect(request["accepting_responses"] as? Bool == false)
        #expect(request["responses"] as? [String] == ["ada"])
    }

    @Test func aRateRangeIsTwoExactDecimals() throws {
        let (site, built) = try Self.built { site in
            site.write("content/experts/ada.yml", ValidContent.expert
                .replacingOccurrences(of: "hourly_rate: 120", with: "hourly_rate: {min: 99.9, max: \"150.05\"}"))
        }
        defer { site.delete() }
        let ada = try #require(try Self.entities(built, "experts").first)
        #expect(ada["hourly_rate"] as? [String: String] == ["min": "99.90", "max": "150.05"])
    }

    /// As on the pages (NulByteTests): a NUL or other control written escaped in content
    /// is shown as U+FFFD, in the JSON as in the CSV.
    @Test func forbiddenCodePointsAreReplacedAsOnThePages() throws {
        let (site, built) = try Self.built { site in
            site.write("content/experts/ada.yml", ValidContent.expert
                .replacingOccurrences(of: "name: Ada Byron", with: #"name: "Ada\0By\x7Fron""#)
                .replacingOccurrences(of: "skills: [networking, security]", with: #"skills: ["net\x01working"]"#))
        }
        defer { site.delete() }
        let ada = try #require(try Self.entities(built, "experts").first)
        #expect(ada["name"] as? String == "Ada\u{FFFD}By\u{FFFD}ron")
        #expect(ada["skills"] as? [String] == ["net\u{FFFD}working"])
        #expect(try #require(built.text("data/experts.csv")).contains("ada,Ada\u{FFFD}By\u{FFFD}ron,GB,"))
    }

    @Test func withoutBaseURLThereIsNoAbsoluteURLAndPrettyURLsNameFolders() throws {
        let (plain, plainBuilt) = try Self.built(config: nil)
        defer { plain.delete() }
        let expert = try #require(try Self.entities(plainBuilt, "experts").first)
        #expect(expert["url"] == nil && expert["page"] as? String == "experts/ada/index.html")
        #expect(try Self.json(plainBuilt, "data/experts.schema.json")["$id"] == nil)
        let (pretty, prettyBuilt) = try Self.built(config: "pretty_urls: true\nbase_url: https://example.org/shop\n")
        defer { pretty.delete() }
        let firm = try #require(try Self.entities(prettyBuilt, "firms").first)
        #expect(firm["page"] as? String == "firms/analytical/")
        #expect(firm["url"] as? String == "https://example.org/shop/firms/analytical/")
        #expect(try Self.json(prettyBuilt, "data/firms.schema.json")["$id"] as? String == "https://example.org/shop/data/firms.schema.json")
    }

    /// Slugs, not names or dates, decide the order: names and dates below sort the other way.
    @Test func entitiesAreSortedBySlug() throws {
        let (site, built) = try Self.built { site in
            for (slug, name) in [("c-amy", "Amy Adams"), ("a-zed", "Zed Zane"), ("b-mid", "Mid Mills")] {
                site.write("content/experts/\(slug).yml", ValidContent.expert.replacingOccurrences(of: "Ada Byron", with: name))
                site.write("content/firms/\(slug).yml", ValidContent.firm
                    .replacingOccurrences(of: "Analytical Engines", with: name).components(separatedBy: "reviews:")[0])
            }
            for (slug, day) in [("z-first", "01"), ("m-middle", "02"), ("b-last", "03")] {
                site.write("content/requests/\(slug).yml", ValidContent.request.replacingOccurrences(of: "2026-10-01", with: "2026-10-\(day)"))
            }
        }
        defer { site.delete() }
        #expect(try Self.entities(built, "experts").map { $0["slug"] as? String } == ["a-zed", "ada", "b-mid", "c-amy"])
        #expect(try Self.entities(built, "firms").map { $0["slug"] as? String } == ["a-zed", "analytical", "b-mid", "c-amy"])
        #expect(try Self.entities(built, "requests").map { $0["slug"] as? String } == ["b-last", "harden-network", "m-middle", "z-first"])
        let firm = try #require(try Self.entities(built, "firms").first { $0["slug"] as? String == "analytical" })
        #expect(firm["experts"] as? [String] == ["a-zed", "ada", "b-mid", "c-amy"])
        let rows = try #require(built.text("data/experts.csv")).components(separatedBy: "\r\n").dropFirst().compactMap { $0.split(separator: ",").first }
        #expect(rows == ["a-zed", "ada", "b-mid", "c-amy"])
    }

    /// Distinctive addresses and feedback in the content, found by the validator (so the
    /// test can fail), and nowhere in the export, however written.
    @Test func noPrivateValueReachesTheExport() throws {
        let expertEmail = "Canary.Expert-7f3a@leak-one.example"
        let requestEmail = "canary-request-9b2c@leak-two.example"
        let (site, built) = try Self.built { site in
            site.write("content/experts/ada.yml", ValidContent.expert.replacingOccurrences(of: "ada@example.com", with: expertEmail))
            site.write("content/requests/harden-network.yml", ValidContent.request.replacingOccurrences(of: "jeanne@example.com", with: requestEmail))
            site.write("content/firms/analytical.yml", ValidContent.firm.replacingOccurrences(of: "would_work_again: yes", with: "would_work_again: no"))
        }
        defer { site.delete() }
        // The checker's values are lower-cased: matching ignores case.
        #expect(Set(PrivateValues.emails(in: try site.validate())) == [expertEmail.lowercased(), requestEmail])
        for file in Self.files {
            let text = try #require(built.text(file)).lowercased()
            for reading in PrivacyTests.readings(of: text) {
                for needle in [expertEmail.lowercased(), requestEmail.lowercased(), "leak-one", "leak-two", "would_work_again", "\"email\""] {
                    #expect(!reading.contains(needle), "\(file) holds \(needle)")
                }
            }
        }
    }

    /// Every key the data writes is one its published schema describes, and every key the
    /// schema requires is written (the real validator runs in scripts/site-checks).
    @Test(arguments: ["experts", "firms", "requests"])
    func theSchemaDescribesTheDataOfTheSample(name: String) throws {
        let schema = try Self.json(Sample.site, "data/\(name).schema.json")
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let definitions = try #require(schema["$defs"] as? [String: Any])
        let entity = try #require(definitions[String(name.dropLast())] as? [String: Any])
        let entities = try Self.entities(Sample.site, name)
        #expect(!entities.isEmpty)
        for value in entities { Self.expect(value, fits: entity, at: "\(name)[\(value["slug"] ?? "?")]") }
    }

    /// Object keys against `properties`, `required` and `additionalProperties: false`,
    /// through `items` and `anyOf`: enough to prove the data and the schema come from one
    /// description.
    static func expect(_ value: Any, fits schema: [String: Any], at path: String) {
        if let options = schema["anyOf"] as? [[String: Any]] {
            let type = value is String ? "string" : "object"
            if let option = options.first(where: { $0["type"] as? String == type }) { expect(value, fits: option, at: path) } else {
                Issue.record("\(path): no \(type) in anyOf")
            }
            return
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            #expect(schema["additionalProperties"] as? Bool == false, "\(path)")
            #expect(Set(object.keys).isSubset(of: Set(properties.keys)), "\(path): \(Set(object.keys).subtracting(properties.keys))")
            #expect(Set(schema["required"] as? [String] ?? []).isSubset(of: Set(object.keys)), "\(path)")
            for (key, item) in object { if let property = properties[key] { expect(item, fits: property, at: path + "." + key) } }
        } else if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { expect(item, fits: items, at: "\(path)[\(index)]") }
        }
    }
}
