import DocketContent
import DocketDomain
import DocketSite
import DocketValidation
import Foundation

/// Builds the preview from the files on disk, reusing what did not change since the last
/// build: the listing (only the files the watcher names are looked at again), the parse
/// and checks of every file, the cross-file findings of documents that read nothing that
/// changed, and the model values of unchanged documents.
final class PreviewBuilder: @unchecked Sendable {
    let siteRoot: SiteRoot
    let configFile: String?
    /// `--now`; without it the build time is read again for every build.
    let now: String?
    let environment: [String: String]
    private let cache = ValidationCache()
    /// Builds run one at a time (the content and media watchers each call in); the lock
    /// guards the state below.
    private let lock = NSLock()
    private var modelCache = SiteResolverCache()
    private var templates: (folder: String, version: TemplateFolderVersion, set: TemplateSet)?
    /// Changes not yet seen by a validation: a build that stops before listing the content
    /// leaves them for the next.
    private var pendingChanges = ContentChanges.unknown
    /// Counts builds, in the order they ran: the two watchers publish from their own
    /// threads, so a later build's result can reach the store before an earlier one's.
    private var builds = 0

    init(siteRoot: SiteRoot, configFile: String?, now: String?, environment: [String: String]) {
        self.siteRoot = siteRoot
        self.configFile = configFile
        self.now = now
        self.environment = environment
    }

    /// The files a change to which means a rebuild: content, templates, the configuration.
    func watchedRoots() -> (content: [String], media: String) {
        let config = (try? SiteValidation.loadConfig(siteRoot: siteRoot, configFile: configFile))?.config ?? SiteConfig()
        return ([siteRoot.contentFolder(of: config), siteRoot.templatesFolder(of: config), configFile ?? siteRoot.defaultConfigFile],
                siteRoot.mediaFolder(of: config))
    }

    /// A photo may have changed: checks that looked at content/media are redone.
    func mediaChanged() {
        lock.withLock {
            cache.forgetChecks()
            modelCache = SiteResolverCache()
        }
    }

    /// - Parameter changes: the files changed since the last build, as the watcher saw them.
    func build(changes: ContentChanges = .unknown) -> (state: PreviewState, diagnostics: [Diagnostic]) {
        let built = numberedBuild(changes: changes)
        return (built.state, built.diagnostics)
    }

    /// A build and its number: a larger number is a build that ran later.
    func numberedBuild(changes: ContentChanges = .unknown) -> (state: PreviewState, diagnostics: [Diagnostic], number: Int) {
        lock.withLock {
            builds += 1
            let (state, diagnostics) = build(afterPending: changes)
            return (state, diagnostics, builds)
        }
    }

    private func build(afterPending changes: ContentChanges) -> (state: PreviewState, diagnostics: [Diagnostic]) {
        pendingChanges = pendingChanges.union(changes)
        let result: ValidationResult
        do {
            let buildTime = try BuildTime.resolve(now: now, environment: environment)
            result = try SiteValidation.run(siteRoot: siteRoot, configFile: configFile, buildTime: buildTime, cache: cache,
                                            changes: pendingChanges)
            pendingChanges = .none
        } catch let error as DocketError {
            return (.broken(error.description), [])
        } catch {
            return (.broken("\(error)"), [])
        }
        guard result.errorCount == 0 else {
            return (.invalid(result.diagnostics), result.diagnostics)
        }
        do {
            let templates = try loadTemplates(folder: siteRoot.templatesFolder(of: result.config), shownAs: result.config.templatesDir)
            let model = try SiteResolver.build(result, siteRoot: siteRoot, reusing: &modelCache)
            let catalog = OutputCatalog(site: model, templates: templates, siteRoot: siteRoot, config: result.config)
            let site = PreviewSite(catalog: catalog, templates: templates)
            return (.site(site), result.diagnostics)
        } catch let error as DocketError where !error.diagnostics.isEmpty {
            // Located problems of the templates (a missing partial) show as content errors do.
            let diagnostics = (result.diagnostics + error.diagnostics).sorted()
            return (.invalid(diagnostics), diagnostics)
        } catch let error as DocketError {
            return (.broken(error.description), result.diagnostics)
        } catch {
            return (.broken("\(error)"), result.diagnostics)
        }
    }

    /// The templates, read again only when a file of their folder changed.
    private func loadTemplates(folder: String, shownAs shownFolder: String) throws(DocketError) -> TemplateSet {
        let version = TemplateFolderVersion(folder: folder)
        if let templates, templates.folder == folder, templates.version == version { return templates.set }
        let set = try TemplateSet.load(overrides: folder, shownAs: shownFolder)
        templates = (folder, version, set)
        return set
    }
}
