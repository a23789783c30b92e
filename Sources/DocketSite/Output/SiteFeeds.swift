import Foundation

/// The sitemap and the Atom feed of a site, for the build and for `docket serve`.
public enum SiteFeeds {
    /// Every public page: not the proposals (private documents) and not the 404 page.
    /// nil without `base_url`: sitemap readers reject relative `<loc>` values, so there is
    /// no sitemap rather than one they cannot use (docs/decisions.md).
    public static func sitemap(of pages: [PlannedPage], settings: SiteSettings) -> Data? {
        guard let baseURL = settings.baseURL else { return nil }
        let paths = pages.filter { $0.template != .proposal && $0.template != .notFound }.map(\.path)
        return SitemapWriter.write(paths: paths, baseURL: baseURL)
    }

    public static func requestFeed(of model: SiteModel) -> Data {
        FeedWriter.write(requests: model.requests, settings: model.settings)
    }
}
