import ArgumentParser
import DocketContent
import DocketValidation
import Foundation

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a skeleton content file that passes validation once its placeholders are filled."
    )

    @OptionGroup var site: SiteOptions

    @Argument(help: "expert, firm, request or proposal")
    var type: ContentKind

    @Argument(help: "The file name without extension: lower-case letters, digits and single hyphens.")
    var slug: String

    func validate() throws {
        guard Slug.isValid(slug) else {
            throw ValidationError("'\(slug)' is not a valid slug: lower-case letters, digits and single hyphens, at most \(Slug.maximumLength) characters")
        }
    }

    func run() throws {
        let config = try site.settings()
        let folder = site.siteRoot.appending(config.contentDir + "/" + type.folder)
        for ext in ["yml", "yaml", "json"] where FileManager.default.fileExists(atPath: "\(folder)/\(slug).\(ext)") {
            throw commandFailure("\(config.contentDir)/\(type.folder)/\(slug).\(ext) already exists; Docket does not overwrite content")
        }
        let path = "\(folder)/\(slug).yml"
        let text = Skeletons.skeleton(for: type, today: try site.buildTime().utcDay.isoString)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            // O_EXCL: never replace a file that appeared since the check above.
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            guard descriptor >= 0 else { throw commandFailure("cannot create \(path): \(FileSystemFailure.describeErrno(at: path))") }
            defer { close(descriptor) }
            let bytes = Array(text.utf8)
            let written = write(descriptor, bytes, bytes.count)
            guard written == bytes.count else {
                throw commandFailure("cannot write \(path): \(FileSystemFailure.describe(written < 0 ? errno : ENOSPC, at: path))")
            }
        }
        FileHandle.standardError.write(Data("wrote \(config.contentDir)/\(type.folder)/\(slug).yml\n".utf8))
    }
}

extension ContentKind: ExpressibleByArgument {}
