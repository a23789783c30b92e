import CDocketSystem
import Foundation

/// Watches folders (recursively) and files' folders with inotify, and calls back once per
/// burst of changes: an editor's save is often several events (write, rename, chmod).
final class ChangeWatcher: @unchecked Sendable {
    private let roots: [String]
    private let onChange: @Sendable () -> Void
    private let descriptor: Int32
    private let stopped = NSLock()
    private var isStopped = false
    /// Events closer together than this are one change.
    static let settle: Int32 = 25

    /// - Parameter roots: folders to watch with everything below them; a missing one is
    ///   watched from its parent once it appears.
    init(roots: [String], onChange: @escaping @Sendable () -> Void) throws {
        self.roots = roots
        self.onChange = onChange
        descriptor = docket_watch_open()
        guard descriptor >= 0 else { throw WatchError(description: "cannot watch files: \(String(cString: strerror(errno)))") }
        addWatches()
    }

    struct WatchError: Error, CustomStringConvertible {
        let description: String
    }

    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "docket-watch"
        thread.start()
    }

    func stop() {
        stopped.withLock { isStopped = true }
    }

    private var shouldStop: Bool { stopped.withLock { isStopped } }

    private func run() {
        defer { close(descriptor) }
        var folderCreated: Int32 = 0
        while !shouldStop {
            let events = docket_watch_wait(descriptor, 200, &folderCreated)
            guard events > 0 else { continue }
            var newFolders = folderCreated != 0
            // Let the rest of a save arrive before rebuilding once.
            while docket_watch_wait(descriptor, Self.settle, &folderCreated) > 0 {
                newFolders = newFolders || folderCreated != 0
            }
            // Listing every folder of a large site takes a while: only when one appeared.
            if newFolders { addWatches() }
            onChange()
        }
    }

    /// Every folder under the roots (watching one twice is harmless), and the parent of a
    /// root that does not exist yet.
    private func addWatches() {
        for root in roots {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
                _ = docket_watch_folder(descriptor, (root as NSString).deletingLastPathComponent)
                continue
            }
            guard isDirectory.boolValue else {
                _ = docket_watch_folder(descriptor, (root as NSString).deletingLastPathComponent)
                continue
            }
            _ = docket_watch_folder(descriptor, root)
            let enumerator = FileManager.default.enumerator(atPath: root)
            while let relative = enumerator?.nextObject() as? String {
                if enumerator?.fileAttributes?[.type] as? FileAttributeType == .typeDirectory {
                    _ = docket_watch_folder(descriptor, root + "/" + relative)
                }
            }
        }
    }
}
