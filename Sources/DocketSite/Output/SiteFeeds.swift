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
    /// without `base_url`. Lists every public page: not the proposals (private documents)
    /// and not the 404 page.
    public static func sitemaps(of pages: [PlannedPage], model: Site) -> [String: Data] {
        sitemaps(of: pages, model: model, limit: SitemapWriter.urlLimit)
    }

    static func sitemaps(of pages: [PlannedPage], model: Site, limit: Int) -> [String: Data] {
        guard let baseURL = model.settings.baseURL else { return [:] }
        let dates = SitemapDates.lastModified(in: model)
        let entries = pages.filter { $0.template != .proposal && $0.template != .notFound }
            .map { SitemapWriter.Entry(path: $0.path, lastModified: dates[$0.path]) }
        return SitemapWriter.files(entries, baseURL: baseURL, limit: limit)
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

    /// The sitemap files and both feeds, by path; empty without `base_url`.
    public static func files(of pages: [PlannedPage], model: Site) -> [String: Data] {
        var files = sitemaps(of: pages, model: model)
        files[atomFeedFile] = requestFeed(of: model)
        files[jsonFeedFile] = requestJSONFeed(of: model)
        return files
    }

    private static func entries(of model: Site) -> FeedEntries? {
        model.settings.baseURL.map { FeedEntries(requests: model.requests, settings: model.settings, baseURL: $0) }
    }
}
