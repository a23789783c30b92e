import DocketContent
import DocketValidation
import Foundation

/// `docket build` after validation: plan every page, render them on every core, and write
/// the whole site atomically.
public struct SiteBuilder {
    public struct BuildError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    public struct Summary: Sendable {
        public let pageCount: Int
        public let fileCount: Int
    }

    let result: ValidationResult
    let siteRoot: String
    let templates: TemplateSet

    public init(result: ValidationResult, siteRoot: String, templates: TemplateSet) {
        self.result = result
        self.siteRoot = siteRoot
        self.templates = templates
    }

    /// How far rendering has got: `(pages rendered, pages in all)`. See `build(into:force:progress:)`.
    public typealias Progress = @Sendable (_ rendered: Int, _ total: Int) -> Void

    /// Every file of the site, by path relative to the output root.
    public func files(progress: Progress? = nil) throws(BuildError) -> (files: [String: Data], pageCount: Int) {
        let model: SiteModel
        do {
            model = try SiteModelBuilder.build(result, siteRoot: siteRoot)
        } catch {
            throw BuildError(description: error.description)
        }
        let pages = PagePlanner(model: model).plan()
        let templates = self.templates
        let counter = progress.map { RenderProgress(total: pages.count, report: $0) }
        let rendered = pages.parallelMap { page in
            let file = (page.file, templates.render(page).map { Data($0.utf8) })
            counter?.pageRendered()
            return file
        }
        var files: [String: Data] = [OutputGuard.marker: Data("Built by docket; the next build replaces this folder.\n".utf8)]
        for (file, data) in rendered {
            guard let data else { throw BuildError(description: "no template renders \(file)") }
            files[file] = data
        }
        files.merge(templates.assets, uniquingKeysWith: { page, _ in page })
        let mediaRoot = siteRoot + "/" + result.config.contentDir + "/media/"
        for photo in model.photos {
            guard let data = FileManager.default.contents(atPath: mediaRoot + photo.source) else {
                throw BuildError(description: "cannot read photo \(result.config.contentDir)/media/\(photo.source)")
            }
            files[photo.output] = data
        }
        files["sitemap.xml"] = SiteFeeds.sitemap(of: pages, settings: model.settings)
        files["requests/feed.xml"] = SiteFeeds.requestFeed(of: model)
        return (files, pages.count)
    }

    /// Builds into `output`, replacing it only once the new site is complete.
    ///
    /// `progress`, when given, is called as pages render, from the rendering threads but
    /// never two calls at once, with counts that only grow: about every 1/200 of the
    /// pages, and always once with `(total, total)` when the last page is rendered
    /// (`(0, 0)` for a site with no page). Writing the files follows that last call.
    public func build(into output: String, force: Bool, progress: Progress? = nil) throws(BuildError) -> Summary {
        let config = result.config
        do {
            try OutputGuard.check(output: output, siteRoot: siteRoot,
                                  protected: [("the content folder", siteRoot + "/" + config.contentDir),
                                              ("the templates folder", siteRoot + "/" + config.templatesDir)],
                                  force: force)
        } catch {
            throw BuildError(description: error.description)
        }
        let (files, pageCount) = try files(progress: progress)
        do {
            try AtomicOutput(output: output).write(files)
        } catch {
            throw BuildError(description: error.description)
        }
        return Summary(pageCount: pageCount, fileCount: files.count)
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
