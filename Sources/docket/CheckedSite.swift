import DocketContent
import DocketValidation
import Foundation

/// Which site a built folder came from, for `docket check`: its content tells which private
/// values to look for, its docket.yml the base_url the sitemap uses (docs/decisions.md,
/// "docket check and templates").
struct CheckedSite {
    /// The built folder to check.
    let folder: String
    /// The site root: the folder of docket.yml and content/.
    let root: SiteRoot
    let configFile: String?

    /// In this order: the site `--site` or `--config` names; the nearest folder above
    /// `directory` that is a site whose output_dir is `directory` (as `docket build` run
    /// there would write it); the current folder, when it is a site (`build --output`
    /// from there writes anywhere).
    static func locate(directory: String?, site explicitRoot: String?, configFile: String?,
                       currentFolder: String = FileManager.default.currentDirectoryPath) throws -> CheckedSite {
        if explicitRoot != nil || configFile != nil {
            let root = SiteRoot(explicitRoot ?? folderOf(configFile!, in: currentFolder))
            return CheckedSite(folder: directory ?? root.appending(outputDir(of: root, configFile: configFile)), root: root, configFile: configFile)
        }
        if let directory {
            let target = canonical(directory)
            var ancestor = (target as NSString).deletingLastPathComponent
            while !ancestor.isEmpty {
                let root = SiteRoot(ancestor)
                if isSite(ancestor), canonical(root.appending(outputDir(of: root, configFile: nil))) == target {
                    return CheckedSite(folder: directory, root: root, configFile: nil)
                }
                if ancestor == "/" { break }
                ancestor = (ancestor as NSString).deletingLastPathComponent
            }
        }
        guard isSite(currentFolder) else { throw notFound(for: directory) }
        let root = SiteRoot(currentFolder)
        return CheckedSite(folder: directory ?? root.appending(outputDir(of: root, configFile: nil)), root: root, configFile: nil)
    }

    /// No site to check: says where Docket looked, and how to name the site.
    static func notFound(for folder: String?) -> DocketError {
        let why = folder.map {
            "no site found for \($0): no folder above it holds a site (docket.yml or content/) whose output_dir is \($0), and the current folder is not a site"
        } ?? "no site here: the current folder holds neither docket.yml nor content/"
        return DocketError(.check, message: why + ". Run check in the site's folder, or pass --site with it (or --config with its docket.yml): "
            + "without the content, check cannot know the private values to look for")
    }

    /// A folder `docket build` can build: it has a docket.yml, or a content folder.
    static func isSite(_ folder: String) -> Bool {
        if FileManager.default.fileExists(atPath: folder + "/docket.yml") { return true }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder + "/content", isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// output_dir of the site's docket.yml; its default when that cannot be read (then
    /// validating the site reports why).
    private static func outputDir(of root: SiteRoot, configFile: String?) -> String {
        ((try? SiteValidation.loadConfig(siteRoot: root, configFile: configFile))?.config ?? SiteConfig()).outputDir
    }

    private static func folderOf(_ file: String, in currentFolder: String) -> String {
        let folder = (file as NSString).deletingLastPathComponent
        return folder.isEmpty ? currentFolder : folder
    }

    /// Absolute, with `.`, `..` and symbolic links resolved, to compare two paths.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
