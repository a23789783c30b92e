import DocketContent
import DocketSite
import Foundation
import Synchronization

/// A built site held in memory: pages render when they are first asked for, so a change
/// to a 10,000-entity site is served without writing (or rendering) ten thousand files;
/// once rendered, a page is kept for as long as this build is the current one. Which
/// files exist, and how each is made, is the build's own `OutputCatalog`.
struct PreviewSite: Sendable {
    let catalog: OutputCatalog
    let templates: TemplateSet
    let rendered = RenderedPages()

    init(catalog: OutputCatalog, templates: TemplateSet) {
        self.catalog = catalog
        self.templates = templates
    }

    struct Resource {
        let status: Int
        let contentType: String
        let body: Data
    }

    /// The resource at `file` (a path relative to the site root), or the site's 404 page;
    /// pages carry `version`, the generation of the build they come from.
    func resource(at file: String, version: Int = 0) -> Resource {
        let product = catalog.product(at: file)
        switch product {
        case .page, nil:
            break
        default:
            // A photo that went missing since the build is not there: the 404 page.
            if let data = try? catalog.contents(of: file) {
                return Resource(status: 200, contentType: ContentTypes.of(file, product), body: data)
            }
        }
        do {
            let (status, html) = try rendered.page(at: file) {
                if case .page(let key) = product { return (200, try templates.render(catalog.planner.page(for: key))) }
                return (404, try templates.render(catalog.planner.page(for: .notFound)))
            }
            return Resource(status: status, contentType: ContentTypes.html, body: Data(LiveReload.inject(into: html, version: version).utf8))
        } catch {
            let html = ErrorPage.html(diagnostics: [], message: "\(error)", version: version)
            return Resource(status: 500, contentType: ContentTypes.html, body: Data(html.utf8))
        }
    }
}

enum ContentTypes {
    static let html = "text/html; charset=utf-8"

    /// Feeds are named by what they are; other files by their extension.
    static func of(_ file: String, _ product: OutputCatalog.Product?) -> String {
        switch product {
        case .atomFeed?: "application/atom+xml"
        case .jsonFeed?: "application/feed+json"
        default: of(file)
        }
    }

    static func of(_ file: String) -> String {
        switch (file as NSString).pathExtension.lowercased() {
        case "html", "htm": return html
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "xml": return "application/xml"
        case "json": return "application/json"
        case "csv": return "text/csv; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "svg": return "image/svg+xml"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        default: return "application/octet-stream"
        }
    }
}

/// The pages of one build rendered so far, by file (status and HTML, before the reload
/// script goes in): a second request for a page costs a lookup, not a render.
final class RenderedPages: Sendable {
    private let pages = Mutex<[String: (status: Int, html: String)]>([:])

    /// How many pages are kept (for tests).
    var count: Int { pages.withLock { $0.count } }

    func page(at file: String, render: () throws -> (status: Int, html: String)) rethrows -> (status: Int, html: String) {
        if let kept = pages.withLock({ $0[file] }) { return kept }
        // Rendered outside the lock: two first requests for one page may both render it.
        let page = try render()
        pages.withLock { $0[file] = page }
        return page
    }
}
