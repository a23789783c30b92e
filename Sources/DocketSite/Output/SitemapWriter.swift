import DocketDomain
import DocketValidation
import Foundation

/// `sitemap.xml`: every public page (not proposals, not the 404 page) by its absolute
/// folder URL, with `<lastmod>` where the content dates the page (`SitemapDates`).
/// Without `base_url` there is no sitemap (`SiteFeeds.sitemaps`).
///
/// The sitemaps.org protocol allows at most 50,000 URLs in one file. Past that the URLs
/// go into `sitemap-1.xml`, `sitemap-2.xml`… (in URL order) and `sitemap.xml` becomes the
/// sitemap index that lists them, so crawlers still find everything at `/sitemap.xml`.
/// (The protocol's other limit, 50 MB a file, is far off: a URL entry of the site is a
/// few hundred bytes at most.)
enum SitemapWriter {
    /// URLs per sitemap file (sitemaps.org protocol 0.9).
    static let urlLimit = 50_000

    struct Entry {
        let path: SitePath
        let lastModified: ISODate?
    }

    static let indexFile = "sitemap.xml"

    static func partFile(_ number: Int) -> String { "sitemap-\(number).xml" }

    /// Whether `file` (relative to the site root) is one `files` can write.
    static func isSitemapFile(_ file: String) -> Bool {
        if file == indexFile { return true }
        guard file.hasPrefix("sitemap-"), file.hasSuffix(".xml") else { return false }
        let number = file.dropFirst("sitemap-".count).dropLast(".xml".count)
        return Int(number).map { $0 >= 1 && String($0) == number } ?? false
    }

    /// The sitemap files by name: `sitemap.xml` alone up to `limit` URLs, else the index
    /// and its parts.
    static func files(_ entries: [Entry], baseURL: String, limit: Int = urlLimit) -> [String: Data] {
        precondition(limit > 0)
        let sorted = entries.sorted { $0.path < $1.path }
        guard sorted.count > limit else { return [indexFile: urlset(sorted[...], baseURL: baseURL)] }
        var files: [String: Data] = [:]
        let xml = XMLDocumentWriter()
        xml.start("sitemapindex", namespace: "http://www.sitemaps.org/schemas/sitemap/0.9")
        for (index, start) in stride(from: 0, to: sorted.count, by: limit).enumerated() {
            let part = sorted[start..<min(sorted.count, start + limit)]
            let name = partFile(index + 1)
            files[name] = urlset(part, baseURL: baseURL)
            xml.start("sitemap")
            xml.element("loc", baseURL + name)
            if let newest = SitemapDates.newest(part.compactMap(\.lastModified)), let text = SitemapDates.w3cDatetime(newest) {
                xml.element("lastmod", text)
            }
            xml.end()
        }
        xml.end()
        files[indexFile] = xml.finish()
        return files
    }

    private static func urlset(_ entries: ArraySlice<Entry>, baseURL: String) -> Data {
        let xml = XMLDocumentWriter()
        xml.start("urlset", namespace: "http://www.sitemaps.org/schemas/sitemap/0.9")
        for entry in entries {
            xml.start("url")
            xml.element("loc", entry.path.absoluteURL(base: baseURL))
            if let date = entry.lastModified, let text = SitemapDates.w3cDatetime(date) {
                xml.element("lastmod", text)
            }
            xml.end()
        }
        xml.end()
        return xml.finish()
    }
}
