import Foundation

/// Makes a folder unwritable even for root, where the system allows it: the immutable
/// attribute for root (who ignores permissions), permissions for anyone else.
public enum Unwritable {
    public static let isAvailable: Bool = {
        let probe = NSTemporaryDirectory() + "docket-unwritable-probe-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
        defer { undo(probe); try? FileManager.default.removeItem(atPath: probe) }
        guard (try? make(probe)) != nil else { return false }
        return !FileManager.default.createFile(atPath: probe + "/file", contents: Data())
    }()

    public static func make(_ folder: String) throws {
        if geteuid() == 0 {
            guard run("chattr", "+i", folder) else { throw CocoaError(.fileWriteNoPermission) }
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        }
    }

    public static func undo(_ folder: String) {
        if geteuid() == 0 { _ = run("chattr", "-i", folder) }
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
    }

    private static func run(_ arguments: String...) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
