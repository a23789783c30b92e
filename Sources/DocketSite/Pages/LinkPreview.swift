/// What link previews read (Open Graph and Twitter card `meta`): the `layout.preview` field
/// of every page (docs/templates.md). Absolute URLs only: the Open Graph protocol takes no
/// relative one, so `url` and `image` exist only when `base_url` is set.
public struct LinkPreview: Sendable, Encodable {
    /// The page's own title (`layout.pageTitle`), without the site title after it.
    public let title: String
    /// `layout.description`: plain text, at most 160 characters.
    public let description: String
    /// `og:type`: "profile" on an expert's page, "website" elsewhere.
    public let type: String
    /// The canonical URL (`layout.canonical`).
    public let url: String?
    public let siteName: String
    /// The expert's published photo, on their page.
    public let image: PreviewImage?
    /// `twitter:card`: "summary" (a square thumbnail beside the text).
    public let twitterCard: String
}

public struct PreviewImage: Sendable, Encodable {
    /// Absolute URL of the published photo.
    public let url: String
    /// Pixel size read from the image's header; missing when it could not be read.
    public let width: Int?
    public let height: Int?
    public let alt: String
}
