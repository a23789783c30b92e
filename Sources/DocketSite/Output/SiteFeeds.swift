import Foundation

/// The sitemap and the feeds of a site, for the build and for `docket serve`, which both
/// ask here so they always publish the same files.
///
/// All of them need `base_url`: sitemap readers reject relative `<loc>` values, and feed
/// readers need absolute links and ids that stay the same wherever the site is copied.
/// Without it none is written, rather than one that readers cannot use, and the build
/// says so (`SiteBuilder.noBaseURLWarning`, docs/decisions.md).
public enum SiteFeeds {
    public static let atomFeedFile = "requests/feed.xml"
    public static let jsonFeedFile = "requests/feed.json"

    /// Every sitemap file by name (`sitemap.xml`, and past 50,000 URLs its parts); empty
    /// without `base_url`. `paths` are the public pages (`PageKey.isInSitemap`).
    public static func sitemaps(of paths: [SitePath], model: Site) -> [String: Data] {
        sitemaps(of: paths, model: model, limit: SitemapWriter.urlLimit)
    }

    static func sitemaps(of paths: [SitePath], model: Site, limit: Int) -> [String: Data] {
        guard let baseURL = model.settings.baseURL else { return [:] }
        let dates = SitemapDates.lastModified(in: model)
        return SitemapWriter.files(paths.map { SitemapWriter.Entry(path: $0, lastModified: dates[$0]) }, baseURL: baseURL, limit: limit)
    }

    /// The names `sitemaps` gives its files for that many pages, without writing them.
    static func sitemapNames(pageCount: Int, limit: Int = SitemapWriter.urlLimit) -> [String] {
        pageCount > limit ? [SitemapWriter.indexFile] + (1...(pageCount + limit - 1) / limit).map(SitemapWriter.partFile) : [SitemapWriter.indexFile]
    }

    /// Whether `file` is a name `sitemaps` may use: what `docket serve` answers from it.
    public static func isSitemapFile(_ file: String) -> Bool { SitemapWriter.isSitemapFile(file) }

    /// `requests/feed.xml` (Atom); nil without `base_url`.
    public static func requestFeed(of model: Site) -> Data? {
        entries(of: model).map(FeedWriter.write)
    }

    /// `requests/feed.json` (JSON Feed 1.1), the same entries; nil without `base_url`.
    public static func requestJSONFeed(of model: Site) -> Data? {
        entries(of: model).map(JSONFeedWriter.write)
    }

    private static func entries(of model: Site) -> FeedEntries? {
        model.settings.baseURL.map { FeedEntries(requests: model.requests, settings: model.settings, baseURL: $0) }
    }
}
