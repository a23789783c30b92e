import DocketContent
import DocketValidation
import Foundation

/// Refuses output folders a build must never replace: replacing the output swaps the whole
/// folder, so a wrong `--output` could otherwise wipe a home folder or the site itself.
public enum OutputGuard {
    /// Files a repository keeps in an ignored output folder; they neither make the folder
    /// "not empty" nor get lost: every build carries them over.
    public static let placeholders: Set<String> = [".gitkeep", ".gitignore"]


    public static func check(output: String, siteRoot: SiteRoot, protected: [(name: String, path: String)], force: Bool) throws(DocketError) {
        let target = resolved(output)
        let home = ProcessInfo.processInfo.environment["HOME"].map(resolved)
        if target == "/" { throw DocketError(.output, message: "refusing to write the site to / (the output folder is replaced on every build)") }
        if target == home { throw DocketError(.output, message: "refusing to write the site to the home folder \(output) (the output folder is replaced on every build)") }
        for (name, path) in [("the site root", siteRoot.path)] + protected {
            let folder = resolved(path)
            if target == folder || folder.hasPrefix(target + "/") {
                throw DocketError(.output, message: "refusing to write the site to \(output): it is or contains \(name) (\(path))")
            }
            if name != "the site root", target.hasPrefix(folder + "/") {
                throw DocketError(.output, message: "refusing to write the site to \(output): it is inside \(name) (\(path))")
            }
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isFolder), !isFolder.boolValue {
            throw DocketError(.output, message: "refusing to write the site to \(output): it is a file, not a folder (the output folder is replaced on every build)")
        }
        guard !force, let entries = try? FileManager.default.contentsOfDirectory(atPath: target),
              entries.contains(where: { !placeholders.contains($0) }) else { return }
        // Docket's own output is known from the record beside it (`OutputRecord`), not
        // from a file inside it: nothing of Docket's bookkeeping is deployed.
        if !OutputRecord.isDockets(target) {
            throw DocketError(.output, message: "refusing to replace \(output): it is not empty and was not created by Docket (use --force to replace it anyway)")
        }
    }

    /// docket.yml's `output_dir` may not pass through a symbolic link: the site's own
    /// files (which anyone who can open a pull request writes) would otherwise send the
    /// build, its lock and its staging folders, and with `--force` the removal of what is
    /// there, anywhere the link points. A folder named on the command line (`--output`)
    /// is the user's own choice and may be anywhere.
    public static func refuseLinks(in outputDir: String, under siteRoot: SiteRoot) throws(DocketError) {
        if case .link(let link) = siteRoot.walk(outputDir) {
            throw DocketError(.output, message: "refusing to write the site to \(outputDir): \(link) is a symbolic link (output_dir must be a real folder inside the site; use --output to write elsewhere)")
        }
    }

    /// An absolute path without `.`, `..` or links, for comparing folders.
    static func resolved(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let url = URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath()
        let text = url.path
        return text.count > 1 && text.hasSuffix("/") ? String(text.dropLast()) : text
    }
}
