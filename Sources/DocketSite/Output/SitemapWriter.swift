import Foundation

/// `sitemap.xml`: every public page (not proposals, not the 404 page) by its absolute
/// folder URL. Without `base_url` there is no sitemap (`SiteFeeds.sitemap`).
enum SitemapWriter {
    static func write(paths: [SitePath], baseURL: String) -> Data {
        let xml = XMLDocumentWriter()
        xml.start("urlset", namespace: "http://www.sitemaps.org/schemas/sitemap/0.9")
        for path in paths.sorted() {
            xml.start("url")
            xml.element("loc", location(of: path, baseURL: baseURL))
            xml.end()
        }
        xml.end()
        return xml.finish()
    }

    static func location(of path: SitePath, baseURL: String) -> String {
        path.absoluteURL(base: baseURL)
    }
}
