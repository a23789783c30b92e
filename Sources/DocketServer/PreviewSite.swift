import DocketContent
import DocketSite
import Foundation

/// A built site held in memory: pages render when they are asked for, so a change to a
/// 10,000-entity site is served without writing (or rendering) ten thousand files.
struct PreviewSite: Sendable {
    let router: PageRouter
    let templates: TemplateSet
    /// Published photo path → file under content/media.
    let photos: [String: String]

    struct Resource {
        let status: Int
        let contentType: String
        let body: Data
    }

    /// The resource at `file` (a path relative to the site root), or the site's 404 page;
    /// pages carry `version`, the generation of the build they come from.
    func resource(at file: String, version: Int = 0) -> Resource {
        if let asset = templates.assets[file] {
            return Resource(status: 200, contentType: ContentTypes.of(file), body: asset)
        }
        if let source = photos[file], let data = try? RegularFile.read(source) {
            return Resource(status: 200, contentType: ContentTypes.of(file), body: Data(data))
        }
        switch file {
        case "sitemap.xml":
            // Without base_url there is none, as in the build: the 404 page below.
            if let sitemap = SiteFeeds.sitemap(of: router.planner.plan(), settings: router.planner.model.settings) {
                return Resource(status: 200, contentType: ContentTypes.of(file), body: sitemap)
            }
        case "requests/feed.xml":
            return Resource(status: 200, contentType: "application/atom+xml", body: SiteFeeds.requestFeed(of: router.planner.model))
        default:
            break
        }
        do {
            if let page = router.page(at: file) {
                return Resource(status: 200, contentType: ContentTypes.html, body: Data(LiveReload.inject(into: try templates.render(page), version: version).utf8))
            }
            let html = try templates.render(router.planner.notFoundPage())
            return Resource(status: 404, contentType: ContentTypes.html, body: Data(LiveReload.inject(into: html, version: version).utf8))
        } catch {
            let html = ErrorPage.html(diagnostics: [], message: error.description, version: version)
            return Resource(status: 500, contentType: ContentTypes.html, body: Data(html.utf8))
        }
    }
}

enum ContentTypes {
    static let html = "text/html; charset=utf-8"

    static func of(_ file: String) -> String {
        switch (file as NSString).pathExtension.lowercased() {
        case "html", "htm": return html
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "xml": return "application/xml"
        case "json": return "application/json"
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
