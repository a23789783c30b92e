import ArgumentParser
import DocketContent
import DocketDomain
import DocketValidation
import Foundation

/// Options every command that reads the site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site configuration; the site root is its folder.", valueName: "file"))
    var config: String?

    @Option(name: .customLong("site"), help: ArgumentHelp(
        "The site root (the folder of docket.yml and content/); default: the nearest folder at or above the current one that holds either.",
        valueName: "folder"))
    var siteFolder: String?

    @Option(name: .long, help: ArgumentHelp("Build time (2026-11-22 or 2026-11-22T10:00:00Z); default SOURCE_DATE_EPOCH, else the clock.", valueName: "date"))
    var now: String?

    /// `--site`; else the folder of `--config`; else, as git finds its repository, the
    /// nearest folder at or above the current one that is a site; else the current one.
    var siteRoot: SiteRoot {
        let current = FileManager.default.currentDirectoryPath
        if let siteFolder { return SiteRoot(siteFolder) }
        if let config {
            let folder = (config as NSString).deletingLastPathComponent
            return SiteRoot(folder.isEmpty ? current : folder)
        }
        return SiteRoot(SitePaths.enclosingSite(of: current) ?? current)
    }

    /// Diagnostics with their files named from the current folder, so that annotations
    /// and SARIF from a subfolder of a repository land on the right file.
    func shown(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let prefix = SitePaths.relative(from: FileManager.default.currentDirectoryPath, to: siteRoot.path)
        guard !prefix.isEmpty else { return diagnostics }
        return diagnostics.map { diagnostic in
            var shown = diagnostic
            shown.file = prefix + "/" + diagnostic.file
            return shown
        }
    }

    /// A path relative to the site root, named from the current folder.
    func shown(_ file: String) -> String {
        let prefix = SitePaths.relative(from: FileManager.default.currentDirectoryPath, to: siteRoot.path)
        return prefix.isEmpty ? file : prefix + "/" + file
    }

    func buildTime() throws -> ISODate {
        do {
            return try BuildTime.resolve(now: now, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    /// docket.yml's settings, for commands that do not read the content; a broken
    /// docket.yml falls back to the defaults (`docket validate` reports its problems).
    func settings() throws -> SiteConfig {
        do {
            return try SiteValidation.loadConfig(siteRoot: siteRoot, configFile: config).config
        } catch {
            throw commandFailure(error.description)
        }
    }

    func validate() throws -> ValidationResult {
        do {
            return try SiteValidation.run(siteRoot: siteRoot, configFile: config, buildTime: try buildTime())
        } catch let error as DocketError {
            throw commandFailure(error.description)
        }
    }
}
