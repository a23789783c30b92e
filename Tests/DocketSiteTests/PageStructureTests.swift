import Foundation
import Testing

/// What every page of the sample shares, whatever its template: a language, a title, one
/// main heading, text alternatives for images, unique ids that in-page links reach.
@Suite struct PageStructureTests {
    @Test func everyPageHasALanguageATitleAndOneMainHeading() throws {
        for file in Sample.site.htmlFiles {
            let page = try Sample.site.page(file)
            #expect(page.document.name == "html")
            #expect(page.document["lang"] == "en", "\(file): no lang")
            #expect(!page.title.isEmpty, "\(file): no title")
            #expect(page.title.contains("Cloudwright Experts"), "\(file): the title does not name the site")
            #expect(page.document.all("h1").count == 1, "\(file): \(page.document.all("h1").count) h1 elements")
            #expect(page.document.all("meta").contains { $0["charset"]?.lowercased() == "utf-8" }, "\(file): no charset")
            #expect(page.document.all("main").count == 1, "\(file): no single <main>")
            #expect(Sample.site.text(file)?.hasPrefix("<!DOCTYPE html>") == true, "\(file): no HTML5 doctype")
        }
    }

    @Test func everyImageHasAnAltAttribute() throws {
        for file in Sample.site.htmlFiles {
            for image in try Sample.site.page(file).document.all("img") {
                #expect(image["alt"] != nil, "\(file): <img src=\(image["src"] ?? "")> has no alt")
            }
        }
    }

    @Test func idsAreUniqueAndInPageReferencesReachThem() throws {
        for file in Sample.site.htmlFiles {
            let page = try Sample.site.page(file)
            let ids = page.document.descendants.compactMap { $0["id"] }
            #expect(ids.count == Set(ids).count, "\(file): repeated ids \(ids)")
            for anchor in page.document.all("a") {
                guard let href = anchor["href"], href.hasPrefix("#"), href.count > 1 else { continue }
                #expect(ids.contains(String(href.dropFirst())), "\(file): \(href) names no element")
            }
            for node in page.document.descendants {
                for reference in (node["aria-labelledby"] ?? "").split(separator: " ") {
                    #expect(ids.contains(String(reference)), "\(file): aria-labelledby=\(reference) names no element")
                }
            }
        }
    }

    /// Every page shows where it is: the page title names what the page is about.
    @Test(arguments: [("experts/maya-okafor/index.html", "Maya Okafor"), ("firms/fenwick-stack/index.html", "Fenwick & Stack"),
                      ("requests/route53-dns-cutover/index.html", "Move our domain DNS to Route 53 over a weekend"),
                      ("experts/level/specialty/index.html", "Specialty"), ("experts/country/fr/index.html", "France")])
    func pageTitles(file: String, subject: String) throws {
        let page = try Sample.site.page(file)
        #expect(page.title.contains(subject), "\(file): title “\(page.title)”")
        #expect(page.main.first("h1")?.text.contains(subject) == true)
    }
}
