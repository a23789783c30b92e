import ArgumentParser
import DocketSite
import DocketValidation
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify a built site: links and assets resolve, nothing loads from elsewhere, no private field appears.",
        discussion: "Exit 1 on any problem. The site's content (when found) tells which private values to look for."
    )

    @OptionGroup var site: SiteOptions

    @Argument(help: ArgumentHelp("The built site (default: output_dir of docket.yml, public).", valueName: "dir"))
    var directory: String?

    func run() throws {
        let result = try? site.validate()
        let folder = directory ?? site.siteRoot + "/" + (result?.config.outputDir ?? "public")
        try Self.check(folder: folder, result: result)
    }

    /// Shared with `docket build --check`.
    static func check(folder: String, result: ValidationResult?) throws {
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
        FileHandle.standardError.write(Data("checked \(folder): \(problems.count) problem\(problems.count == 1 ? "" : "s")\n".utf8))
        if !problems.isEmpty { throw ExitCode(1) }
    }
}
