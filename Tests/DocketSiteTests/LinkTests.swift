import Foundation
import Testing

/// Every internal link and asset URL is relative and resolves to a file of the output, and
/// nothing is loaded from elsewhere (docs/spec.md §5, offline from `file://`).
@Suite struct LinkTests {
    /// Attributes that load something when the page is shown.
    static let loadingAttributes: [(element: String, attribute: String)] = [
        ("img", "src"), ("script", "src"), ("iframe", "src"), ("source", "src"), ("video", "src"), ("audio", "src"),
        ("embed", "src"), ("object", "data"), ("img", "srcset"), ("source", "srcset"),
    ]

    struct Reference: CustomStringConvertible {
        let page: String
        let element: String
        let url: String
        var description: String { "\(page): <\(element)> \(url)" }
    }

    /// Every URL a page refers to, except the canonical link (absolute by docs/spec.md §5) and
    /// links out of the site from `<a>`.
    static func internalReferences(_ site: BuiltSite) throws -> [Reference] {
        var references: [Reference] = []
        for file in site.htmlFiles {
            let page = try site.page(file)
            for node in page.document.descendants {
                for attribute in ["href", "src", "data", "poster", "action"] {
                    guard let url = node[attribute] else { continue }
                    if node.name == "link", node["rel"]?.lowercased() == "canonical" { continue }
                    if node.name == "a", SitePaths.isAbsolute(url) { continue }
                    if url.hasPrefix("#") { continue }
                    references.append(Reference(page: file, element: node.name, url: url))
                }
            }
        }
        return references
    }

    @Test func everyInternalReferenceIsRelativeAndNamesAFile() throws {
        let references = try Self.internalReferences(Sample.site)
        #expect(references.count > 100)
        for reference in references {
            #expect(!SitePaths.isAbsolute(reference.url) && !reference.url.hasPrefix("/"), "not relative: \(reference)")
            guard let target = SitePaths.resolve(reference.url, from: reference.page) else {
                Issue.record("climbs out of the site: \(reference)")
                continue
            }
            #expect(!target.isEmpty && !target.hasSuffix("/"), "names a folder, not a file: \(reference)")
            #expect(Sample.site.exists(target) && !Sample.site.isFolder(target), "no file \(target): \(reference)")
        }
    }

    @Test func everyPageLinksToTheStylesheetItShips() throws {
        for file in Sample.site.htmlFiles {
            let page = try Sample.site.page(file)
            let sheets = page.document.all("link").filter { $0["rel"]?.lowercased().contains("stylesheet") == true }
            #expect(!sheets.isEmpty, "\(file) has no stylesheet")
            for sheet in sheets {
                let href = try #require(sheet["href"])
                #expect(!SitePaths.isAbsolute(href), "\(file) loads a stylesheet from elsewhere: \(href)")
            }
        }
    }

    /// Nothing is loaded from elsewhere: no external `src`, stylesheet or `url()` in CSS.
    @Test func nothingIsLoadedFromElsewhere() throws {
        for file in Sample.site.htmlFiles {
            let page = try Sample.site.page(file)
            for (element, attribute) in Self.loadingAttributes {
                for node in page.document.all(element) {
                    guard let url = node[attribute] else { continue }
                    #expect(!url.lowercased().contains("http:") && !url.lowercased().contains("https:") && !url.hasPrefix("//"),
                            "\(file): <\(element) \(attribute)=\(url)>")
                }
            }
            for link in page.document.all("link") where link["rel"]?.lowercased() != "canonical" {
                let href = link["href"] ?? ""
                #expect(!SitePaths.isAbsolute(href), "\(file): <link rel=\(link["rel"] ?? "") href=\(href)>")
            }
            for style in page.document.all("style") {
                #expect(!style.rawText.contains("http"), "\(file): inline style loads from elsewhere")
            }
            // Only the JSON-LD data block: never run, never loaded from anywhere.
            #expect(page.document.all("script").allSatisfy { $0["type"] == "application/ld+json" && $0["src"] == nil },
                    "\(file) carries a script")
        }
        for css in Sample.site.files where css.hasSuffix(".css") {
            let text = try #require(Sample.site.text(css))
            #expect(text.range(of: #"url\(\s*['"]?(https?:|//)"#, options: .regularExpression) == nil, "\(css) loads from elsewhere")
            #expect(!text.contains("@import"), "\(css) imports another stylesheet")
        }
    }

    @Test func theCanonicalLinkIsTheAbsoluteFolderURL() throws {
        let page = try Sample.site.page("experts/maya-okafor/index.html")
        let canonical = page.document.all("link").first { $0["rel"]?.lowercased() == "canonical" }
        #expect(canonical?["href"] == "https://experts.example.com/experts/maya-okafor/")
    }

    /// With `pretty_urls: true` links to pages end in `/` and name a folder with an
    /// index.html; assets are still named as files.
    @Test func prettyURLsLinkToFolders() throws {
        let site = SiteFixture.sample()
        defer { site.delete() }
        site.write("docket.yml", site.read("docket.yml") + "pretty_urls: true\n")
        let built = try site.build()
        var pageLinks = 0
        for reference in try Self.internalReferences(built) {
            #expect(!SitePaths.isAbsolute(reference.url) && !reference.url.hasPrefix("/"), "not relative: \(reference)")
            guard let target = SitePaths.resolve(reference.url, from: reference.page) else {
                Issue.record("climbs out of the site: \(reference)")
                continue
            }
            if reference.element == "a" && !target.hasSuffix(".xml") && !target.hasSuffix(".json") {  // feeds are files
                pageLinks += 1
                #expect(target.isEmpty || target.hasSuffix("/"), "a page link that names a file: \(reference)")
                #expect(!reference.url.hasSuffix("index.html"), "a page link that names a file: \(reference)")
                #expect(built.exists(target + "index.html"), "no page at \(target): \(reference)")
            } else {
                #expect(built.exists(target) && !built.isFolder(target), "no file \(target): \(reference)")
            }
        }
        #expect(pageLinks > 100)
    }
}
