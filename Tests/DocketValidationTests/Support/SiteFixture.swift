import DocketContent
@testable import DocketValidation
import Foundation

/// A throwaway site folder: write files into it, validate it, read the diagnostics.
struct SiteFixture {
    let root: String

    init() {
        root = NSTemporaryDirectory() + "docket-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
    }

    /// A site holding one valid document of each type that references the others.
    static func valid() -> SiteFixture {
        let site = SiteFixture()
        for (path, text) in ValidContent.files { site.write(path, text) }
        return site
    }

    func write(_ path: String, _ text: String) {
        write(path, bytes: Array(text.utf8))
    }

    func write(_ path: String, bytes: [UInt8]) {
        let full = root + "/" + path
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        precondition(FileManager.default.createFile(atPath: full, contents: Data(bytes)), "cannot write \(full)")
    }

    func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: root + "/" + path)
    }

    func symlink(_ path: String, to target: String) {
        try! FileManager.default.createSymbolicLink(atPath: root + "/" + path, withDestinationPath: target)
    }

    func validate(now: String = "2026-11-22", configFile: String? = nil) throws -> ValidationResult {
        try SiteValidation.run(siteRoot: root, configFile: configFile, buildTime: ISODate.parse(now).get())
    }

    /// Diagnostics as `path:line:column: severity [rule]` lines, for compact assertions.
    func diagnostics(now: String = "2026-11-22") throws -> [String] {
        try validate(now: now).diagnostics.map {
            "\($0.file):\($0.position.line):\($0.position.column): \($0.severity.rawValue) [\($0.rule)]"
        }
    }

    /// The rules of the diagnostics, for assertions that do not care where.
    func rules(now: String = "2026-11-22") throws -> [String] {
        try validate(now: now).diagnostics.map(\.rule)
    }
}
