import Foundation

/// The sitemap and the Atom feed of a site, for the build and for `docket serve`.
public enum SiteFeeds {
    /// Every public page: not the proposals (private documents) and not the 404 page.
    public static func sitemap(of pages: [PlannedPage], settings: SiteSettings) -> Data {
        let paths = pages.filter { $0.template != .proposal && $0.template != .notFound }.map(\.path)
        return SitemapWriter.write(paths: paths, baseURL: settings.baseURL)
    }

    public static func requestFeed(of model: SiteModel) -> Data {
        FeedWriter.write(requests: model.requests, settings: model.settings)
    }
}
