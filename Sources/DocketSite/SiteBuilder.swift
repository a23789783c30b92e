import DocketContent
import DocketValidation
import Foundation

/// `docket build` after validation: plan every page, render them on every core, and write
/// the whole site atomically.
public struct SiteBuilder {
    public struct Summary: Sendable {
        public let pageCount: Int
        public let fileCount: Int
        /// What the build left out and why, printed as warnings for the user (not content
        /// diagnostics: they never fail `docket validate --strict`).
        public var notes: [String] = []
    }

    /// Why there is no sitemap.xml and no feed: their readers take only absolute URLs
    /// (sitemaps.org, RFC 4287, JSON Feed 1.1). `docket build` prints it as a warning.
    public static let noBaseURLWarning = "no base_url in docket.yml: sitemap.xml, requests/feed.xml and requests/feed.json were not written, because sitemaps and feeds need absolute URLs; set base_url to the site's address to get them"

    let result: ValidationResult
    let siteRoot: SiteRoot
    let templates: TemplateSet

    public init(result: ValidationResult, siteRoot: SiteRoot, templates: TemplateSet) {
        self.result = result
        self.siteRoot = siteRoot
        self.templates = templates
    }

    /// How far rendering has got: `(pages rendered, pages in all)`. See `build(into:force:progress:)`.
    public typealias Progress = @Sendable (_ rendered: Int, _ total: Int) -> Void

    /// Every file of the site, by path relative to the output root, held in memory (for
    /// tests and small sites; `build(into:)` writes pages as they render instead).
    public func files(progress: Progress? = nil) throws(DocketError) -> (files: [String: Data], pageCount: Int) {
        let catalog = try self.catalog()
        let templates = self.templates
        let counter = progress.map { RenderProgress(total: catalog.pages.count, report: $0) }
        let rendered = catalog.pages.parallelMap { key in
            defer { counter?.pageRendered() }
            return Result { () throws(DocketError) in
                let page = catalog.planner.page(for: key)
                return (page.file, Data(try templates.renderBytes(page)))
            }
        }
        var files = try catalog.otherFiles()
        for result in rendered {
            let (file, data) = try result.get()
            files[file] = data
        }
        return (files, catalog.pages.count)
    }

    /// Checks that `output` may be replaced, renders every page on every core straight into
    /// a staging folder beside it, and swaps that in; a failure leaves the previous output
    /// as it was. `progress` is called as pages render. `verify` reads the staging folder
    /// before it replaces the output (`build --check`) and returns why it must not be
    /// published, or nil; a refusal leaves the previous output exactly as it was.
    public func build(into output: String, force: Bool, progress: Progress? = nil,
                      verify: ((_ stagingRoot: String) -> String?)? = nil) throws(DocketError) -> Summary {
        let config = result.config
        try OutputGuard.check(output: output, siteRoot: siteRoot,
                              protected: [("the content folder", siteRoot.contentFolder(of: config)),
                                          ("the templates folder", siteRoot.templatesFolder(of: config))],
                              force: force)
        let catalog = try self.catalog()
        let others = try catalog.otherFiles()
        let templates = self.templates
        let counter = progress.map { RenderProgress(total: catalog.pages.count, report: $0) }
        let pageFiles = catalog.pages.map(catalog.planner.file(of:))
        try AtomicOutput(output: output).write(paths: pageFiles + Array(others.keys)) { staging throws(DocketError) in
            // Each page is planned and written as soon as it renders: the site is never in memory whole.
            let failures = catalog.pages.parallelMap { key -> DocketError? in
                defer { counter?.pageRendered() }
                let page = catalog.planner.page(for: key)
                let html: [UInt8]
                do throws(DocketError) { html = try templates.renderBytes(page) } catch {
                    return DocketError(.templates, message: error.description + ": the previous site was left as it was")
                }
                do throws(DocketError) { try staging.write(page.file, html) } catch { return error }
                return nil
            }
            if let failure = failures.compactMap({ $0 }).first { throw failure }
            for (path, data) in others.sorted(by: { $0.key < $1.key }) {
                try staging.write(path, data)
            }
        } verify: { staging in verify?(staging) }
        return Summary(pageCount: catalog.pages.count, fileCount: catalog.count,
                       notes: result.config.baseURL == nil ? [Self.noBaseURLWarning] : [])
    }

    private func catalog() throws(DocketError) -> OutputCatalog {
        OutputCatalog(site: try SiteResolver.build(result, siteRoot: siteRoot), templates: templates, siteRoot: siteRoot, config: result.config)
    }
}

/// Counts rendered pages across the rendering threads and passes the count on, throttled
/// to about 200 calls per build, one call at a time, in increasing order.
final class RenderProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let step: Int
    private let report: SiteBuilder.Progress
    private var rendered = 0
    private var reported = 0

    init(total: Int, report: @escaping SiteBuilder.Progress) {
        self.total = total
        self.step = max(1, total / 200)
        self.report = report
        if total == 0 { report(0, 0) }
    }

    func pageRendered() {
        lock.lock()
        defer { lock.unlock() }
        rendered += 1
        // Reported under the lock, so calls never overlap and never go backwards.
        if rendered == total || rendered - reported >= step {
            reported = rendered
            report(rendered, total)
        }
    }
}
