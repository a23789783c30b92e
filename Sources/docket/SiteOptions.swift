import ArgumentParser
import DocketValidation
import Foundation

/// Options every command that reads the site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site configuration; the site root is its folder.", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Build time (2026-11-22 or 2026-11-22T10:00:00Z); default SOURCE_DATE_EPOCH, else the clock.", valueName: "date"))
    var now: String?

    /// The folder docket.yml sits in, else the current one.
    var siteRoot: String {
        guard let config else { return FileManager.default.currentDirectoryPath }
        let folder = (config as NSString).deletingLastPathComponent
        return folder.isEmpty ? FileManager.default.currentDirectoryPath : folder
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
        } catch let error as SiteSetupError {
            throw commandFailure(error.description)
        }
    }
}
