import DocketDomain
import DocketValidation
import Foundation
import Testing
import DocketTestSupport

/// `experts/<slug>/index.html` (docs/spec.md §3 Expert, §5).
@Suite struct ExpertPageTests {
    @Test func photoHasAltTextAndAContentHashedFileInTheOutput() throws {
        let page = try Sample.site.page("experts/maya-okafor/index.html")
        let image = try #require(page.main.all("img").first { $0["src"]?.contains("maya-okafor") == true }, "no photo on the page")
        #expect(image["alt"]?.contains("Maya Okafor") == true, "the photo's alt text does not name the expert")
        let src = try #require(image["src"])
        let file = try #require(SitePaths.resolve(src, from: page.path))
        let published = try #require(Sample.site.data(file), "\(file) is not in the output")
        let original = try #require(FileManager.default.contents(atPath: SiteFixture.repository + "/content/media/experts/maya-okafor.png"))
        #expect(published == original)
        let name = (file as NSString).lastPathComponent
        #expect(name != "maya-okafor.png", "the published name carries no content hash")
        #expect(name.range(of: "[0-9a-f]{8,}", options: .regularExpression) != nil, "no hash in \(name)")
    }

    /// Other bytes, another name: a browser never shows a stale photo.
    @Test func thePhotoNameChangesWithItsBytes() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        let png = try #require(FileManager.default.contents(atPath: SiteFixture.repository + "/content/media/experts/maya-okafor.png"))
        site.write("content/media/ada.png", bytes: png)
        site.write("content/experts/ada.yml", ValidContent.expert + "\nphoto: ada.png\n")
        let first = try site.build()
        let firstName = try #require(first.files.first { $0.hasPrefix("media/") })
        var changed = png
        changed.append(contentsOf: [0, 0, 0, 0])
        site.write("content/media/ada.png", bytes: changed)
        let second = try site.build()
        let secondName = try #require(second.files.first { $0.hasPrefix("media/") })
        #expect(firstName != secondName)
        #expect(second.files.filter { $0.hasPrefix("media/") }.count == 1, "the old photo was kept")
        let page = try second.page("experts/ada/index.html")
        #expect(page.main.all("img").compactMap { $0["src"].flatMap { SitePaths.resolve($0, from: page.path) } }.contains(secondName))
    }

    @Test func certificationsLevelsCountryAndFirm() throws {
        let page = try Sample.site.page("experts/maya-okafor/index.html")
        let text = page.main.text
        #expect(text.contains("AWS Certified Solutions Architect – Professional"))
        #expect(text.contains("AWS Certified Security – Specialty"))
        #expect(text.contains("Professional") && text.contains("Specialty"))
        #expect(text.contains("United States of America"))
        let firm = try #require(page.links.first { $0.target == "firms/harbor-light-cloud/index.html" }, "no link to the firm")
        #expect(firm.node.text == "Harbor Light Cloud Consulting")
        let targets = Set(page.linkTargets)
        #expect(targets.contains("experts/level/professional/index.html"))
        #expect(targets.contains("experts/level/specialty/index.html"))
    }

    @Test func anExpertWithoutAFirmHasNoFirmLink() throws {
        let page = try Sample.site.page("experts/rahul-mistry/index.html")
        #expect(!page.linkTargets.contains { $0.hasPrefix("firms/") && $0 != "firms/index.html" })
        #expect(page.main.text.contains("United Kingdom of Great Britain and Northern Ireland"))
    }

    @Test(arguments: [
        ("priya-raman", ["$175.50"]),
        ("maya-okafor", ["$150.00", "$210.00"]),
        ("daniel-reyes", ["$95.00"]),
        ("theo-marchand", ["Rate not set"]),
    ])
    func hourlyRate(expert: String, shown: [String]) throws {
        let text = try Sample.site.page("experts/\(expert)/index.html").main.text
        for piece in shown { #expect(text.contains(piece), "\(expert): no “\(piece)”") }
    }

    @Test func ratesOfAThousandDollarsHaveAThousandsSeparator() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("content/experts/ada.yml", ValidContent.expert.replacingOccurrences(of: "hourly_rate: 120", with: "hourly_rate: 1234.5"))
        let text = try site.build().page("experts/ada/index.html").main.text
        #expect(text.contains("$1,234.50"))
        #expect(!text.contains("1234.5"))
    }

    @Test func skillsAndLinks() throws {
        let page = try Sample.site.page("experts/ines-benali/index.html")
        let items = Set(page.main.all("li").map(\.text))
        for skill in ["Amazon SageMaker", "Forecasting", "Python", "MLOps", "Amazon Athena"] {
            #expect(items.contains(skill), "skill \(skill) is not listed")
        }
        let links = page.links.filter { $0.node["href"]?.hasPrefix("https://benali-ml.example.com/") == true }
        #expect(links.map { $0.node["href"]! } == ["https://benali-ml.example.com/projets/prevision-demande",
                                                    "https://benali-ml.example.com/projets/controle-qualite"])
        #expect(links.map(\.node.text) == ["Weekly demand forecasts for a regional grocery chain",
                                          "Detecting faulty parts from line-camera images"])
    }

    @Test func showsTheFirmsReviews() throws {
        let text = try Sample.site.page("experts/oliver-hartley/index.html").main.text
        #expect(text.contains("3 out of 5 stars"))
        #expect(text.contains("5 out of 5 stars"))
        #expect(text.contains("Tom B.") && text.contains("Hannah W."))
        #expect(text.contains("4.0"))
    }

    @Test func theTitleNamesTheExpert() throws {
        let page = try Sample.site.page("experts/theo-marchand/index.html")
        #expect(page.title.contains("Théo Marchand"))
        #expect(page.main.first("h1")?.text == "Théo Marchand")
    }
}
