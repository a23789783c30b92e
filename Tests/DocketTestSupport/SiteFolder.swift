import Foundation

/// A folder a test writes a site into: the file operations every site fixture shares.
/// Each test target's `SiteFixture` adds what it runs on the folder (validate, build) and
/// how long the folder lives: removed with the fixture (a class), or by `delete()`.
public protocol SiteFolder: Sendable {
    var root: String { get }
}

extension SiteFolder {
    public func write(_ path: String, _ text: String) {
        write(path, bytes: Data(text.utf8))
    }

    public func write(_ path: String, bytes: [UInt8]) {
        write(path, bytes: Data(bytes))
    }

    public func write(_ path: String, bytes: Data) {
        let full = root + "/" + path
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        precondition(FileManager.default.createFile(atPath: full, contents: bytes), "cannot write \(full)")
    }

    public func read(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: root + "/" + path)!, as: UTF8.self)
    }

    public func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: root + "/" + path)
    }

    public func symlink(_ path: String, to target: String) {
        try! FileManager.default.createSymbolicLink(atPath: root + "/" + path, withDestinationPath: target)
    }

    /// One valid document of each type that references the others (`ValidContent`).
    public func writeValidContent() {
        for (path, text) in ValidContent.files { write(path, text) }
    }
}
