import DocketContent

/// `docket.yml`: every key has a default, so a site needs none (docs/spec.md §1).
public struct SiteConfig: Sendable {
    public var title = "Expert marketplace"
    /// Absolute URL of the published site; only the sitemap, feed and canonical links use it.
    public var baseURL: String?
    public var language = "en"
    public var contentDir = "content"
    public var templatesDir = "templates"
    public var outputDir = "public"
    public var pageSize = 20
    public var limits = Limits()
    public var reviewLinkDomains = ["amazon.com", "amazon.fr", "amazon.co.uk"]
    public var prettyURLs = false
    /// Content files larger than this are refused unread (Docket's addition to docs/spec.md §1).
    public var maxFileSize = ContentLoader.defaultMaxFileSize

    public init() {}

    /// The keys docket.yml takes, in the order the docs list them.
    public static let keys = ["title", "base_url", "language", "content_dir", "templates_dir", "output_dir",
                              "page_size", "limits", "review_link_domains", "pretty_urls", "max_file_size"]
}
