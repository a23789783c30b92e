import DocketContent
import DocketSite
import DocketValidation
import Foundation

/// Builds the preview from the files on disk, reusing the parse and check of every file
/// that did not change since the last build.
final class PreviewBuilder: Sendable {
    let siteRoot: String
    let configFile: String?
    /// `--now`; without it the build time is read again for every build.
    let now: String?
    let environment: [String: String]
    private let cache = ValidationCache()

    init(siteRoot: String, configFile: String?, now: String?, environment: [String: String]) {
        self.siteRoot = siteRoot
        self.configFile = configFile
        self.now = now
        self.environment = environment
    }

    /// The files a change to which means a rebuild: content, templates, the configuration.
    func watchedRoots() -> (content: [String], media: String) {
        let config = (try? SiteValidation.loadConfig(siteRoot: siteRoot, configFile: configFile))?.config ?? SiteConfig()
        return ([siteRoot + "/" + config.contentDir, siteRoot + "/" + config.templatesDir, configFile ?? siteRoot + "/docket.yml"],
                siteRoot + "/" + config.contentDir + "/media")
    }

    /// A photo may have changed: checks that looked at content/media are redone.
    func mediaChanged() {
        cache.forgetChecks()
    }

    func build() -> (state: PreviewState, diagnostics: [Diagnostic]) {
        let result: ValidationResult
        do {
            let buildTime = try BuildTime.resolve(now: now, environment: environment)
            result = try SiteValidation.run(siteRoot: siteRoot, configFile: configFile, buildTime: buildTime, cache: cache)
        } catch let error as BuildTime.InvalidBuildTime {
            return (.broken(error.description), [])
        } catch {
            return (.broken("\(error)"), [])
        }
        guard result.errorCount == 0 else {
            return (.invalid(result.diagnostics), result.diagnostics)
        }
        do {
            let templates = try TemplateSet.load(overrides: siteRoot + "/" + result.config.templatesDir)
            let model = try SiteModelBuilder.build(result, siteRoot: siteRoot)
            let planner = PagePlanner(model: model)
            let mediaRoot = siteRoot + "/" + result.config.contentDir + "/media/"
            let photos = Dictionary(uniqueKeysWithValues: model.photos.map { ($0.output, mediaRoot + $0.source) })
            let site = PreviewSite(router: PageRouter(planner: planner), templates: templates, photos: photos)
            return (.site(site), result.diagnostics)
        } catch let error as TemplateError {
            return (.broken(error.description), result.diagnostics)
        } catch {
            return (.broken("\(error)"), result.diagnostics)
        }
    }
}
