import DocketContent
import DocketDomain
import DocketValidation
import Foundation

/// Every file of the built site, by its path in the output folder, with what makes it:
/// the one inventory `docket build` writes in full and `docket serve` answers one path at
/// a time from, so the two can never publish different files. Listing it plans nothing:
/// pages are named by `PageKey` and planned only when written or asked for.
public struct OutputCatalog: Sendable {
    public enum Product: Sendable {
        /// A page, rendered with the templates.
        case page(PageKey)
        /// A file of the templates' assets folder (the stylesheet, scripts).
        case asset(Data)
        /// A published photo, copied from the media folder.
        case photo(Photo)
        /// `sitemap.xml`, or one part of it past 50,000 URLs.
        case sitemap
        case atomFeed
        case jsonFeed
        /// A file of the public data export (`data/`).
        case export
    }

    public let planner: PagePlanner
    /// Every page, in the order the build plans them.
    public let pages: [PageKey]
    private let products: [String: Product]
    /// The media folder, as a path to read and as diagnostics name it (`content/media`).
    private let mediaFolder: (path: String, shown: String)

    /// The site's files, with the templates' assets and the photos of the site's media folder.
    public init(site: Site, templates: TemplateSet, siteRoot: SiteRoot, config: SiteConfig) {
        self.init(site: site, assets: templates.assets, mediaFolder: (siteRoot.mediaFolder(of: config), config.contentDir + "/media"))
    }

    init(site: Site, assets: [String: Data], mediaFolder: (path: String, shown: String)) {
        let planner = PagePlanner(model: site)
        self.planner = planner
        self.mediaFolder = mediaFolder
        pages = planner.pageKeys()
        // Later entries win, as they did when the build merged its files in this order.
        var products = assets.mapValues(Product.asset)
        for photo in site.photos { products[photo.output] = .photo(photo) }
        if site.settings.baseURL != nil {
            for name in SiteFeeds.sitemapNames(pageCount: pages.count { $0.isInSitemap }) { products[name] = .sitemap }
            products[SiteFeeds.atomFeedFile] = .atomFeed
            products[SiteFeeds.jsonFeedFile] = .jsonFeed
        }
        for path in SiteExport.paths { products[path] = .export }
        for key in pages { products[planner.file(of: key)] = .page(key) }
        self.products = products
    }

    public var site: Site { planner.model }

    /// How many files the site has.
    public var count: Int { products.count }

    /// Every file's path, sorted.
    public var files: [String] { products.keys.sorted() }

    /// What makes the file at `file` (relative to the output root), or nil: the site has
    /// no such file.
    public func product(at file: String) -> Product? { products[file] }

    /// The bytes of the file at `file` when it is not a page (pages need the templates),
    /// or nil when it is a page or no file of the site.
    public func contents(of file: String) throws(DocketError) -> Data? {
        switch products[file] {
        case nil, .page: return nil
        case .asset(let data): return data
        case .photo(let photo): return try read(photo)
        case .sitemap: return sitemaps()[file]
        case .atomFeed: return SiteFeeds.requestFeed(of: site)
        case .jsonFeed: return SiteFeeds.requestJSONFeed(of: site)
        case .export: return SiteExport.file(at: file, of: site)
        }
    }

    /// Every file but the pages, made: what the build writes beside the rendered pages.
    public func otherFiles() throws(DocketError) -> [String: Data] {
        var files: [String: Data] = [:]
        let sitemaps = site.settings.baseURL == nil ? [:] : self.sitemaps()
        for (file, product) in products {
            switch product {
            case .page: continue
            case .sitemap: files[file] = sitemaps[file]
            default: files[file] = try contents(of: file)
            }
        }
        return files
    }

    /// The sitemap files, from the pages' paths alone.
    func sitemaps() -> [String: Data] {
        SiteFeeds.sitemaps(of: pages.filter(\.isInSitemap).map(planner.path(of:)), model: site)
    }

    private func read(_ photo: Photo) throws(DocketError) -> Data {
        do throws(RegularFile.Failure) {
            return Data(try RegularFile.read(mediaFolder.path + "/" + photo.source))
        } catch {
            throw DocketError(.site, message: "photo \(mediaFolder.shown)/\(photo.source) \(error.description)")
        }
    }
}
