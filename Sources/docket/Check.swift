import ArgumentParser
import DocketCheck
import DocketSite
import DocketValidation
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify a built site: links and assets resolve, nothing loads from elsewhere, no private field appears.",
        discussion: """
        Exit 1 on any problem. The site's content tells which private values to look for: the site is the one --site \
        (or --config) names, else the nearest folder above DIR that is a site (docket.yml or content/) whose output_dir \
        is DIR, else the current folder. With no site found, check stops (exit 2) rather than skip the privacy check.
        """
    )

    @OptionGroup var site: SiteOptions

    @Argument(help: ArgumentHelp("The built site (default: output_dir of docket.yml, public).", valueName: "dir"))
    var directory: String?

    func run() throws {
        let located: CheckedSite
        do {
            located = try CheckedSite.locate(directory: directory, site: site.siteFolder, configFile: site.config)
        } catch {
            throw commandFailure("\(error)")
        }
        if CheckedSite.canonical(located.root.path) != CheckedSite.canonical(FileManager.default.currentDirectoryPath) {
            FileHandle.standardError.write(Data("checking \(located.folder) against the site at \(located.root)\n".utf8))
        }
        let result: ValidationResult
        do {
            result = try SiteValidation.run(siteRoot: located.root, configFile: located.configFile, buildTime: try site.buildTime())
        } catch let error as DocketError {
            throw commandFailure(error.description)
        }
        try Self.check(folder: located.folder, result: result)
    }

    /// Shared with `docket build --check`, which checks the new site in its staging folder
    /// and names it as the output it is about to become (`shownAs`).
    static func check(folder: String, result: ValidationResult?, shownAs shown: String? = nil) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw commandFailure("no built site at \(folder)")
        }
        let checker = SiteChecker(root: folder, privateValues: result.map(PrivateValues.emails) ?? [], baseURL: result?.config.baseURL,
                                  prettyURLs: result?.config.prettyURLs ?? false)
        let problems = checker.run()
        for problem in problems {
            FileHandle.standardOutput.write(Data((problem.description + "\n").utf8))
        }
        FileHandle.standardError.write(Data("checked \(shown ?? folder): \(problems.count) problem\(problems.count == 1 ? "" : "s")\n".utf8))
        if !problems.isEmpty { throw ExitCode(1) }
    }
}
