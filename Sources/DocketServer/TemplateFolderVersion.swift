import DocketContent
import Foundation

/// What identifies the contents of the templates folder without reading it: every file's
/// path and fingerprint. `docket serve` loads the templates again only when it differs.
struct TemplateFolderVersion: Equatable {
    private let files: [String: FileFingerprint]

    init(folder: String) {
        var files: [String: FileFingerprint] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            files[relative] = FileFingerprint(path: folder + "/" + relative)
        }
        self.files = files
    }
}
