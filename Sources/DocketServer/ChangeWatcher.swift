import CDocketSystem
import DocketContent
import DocketValidation
import Foundation

/// Watches folders (recursively) and files' folders with inotify, and calls back once per
/// burst of changes with the files that changed: an editor's save is often several events
/// (write, rename, chmod).
final class ChangeWatcher: @unchecked Sendable {
    private let roots: [String]
    private let onChange: @Sendable (ContentChanges) -> Void
    private let descriptor: Int32
    /// The folder of each watch, to name the file an event is about. Only the watcher's
    /// thread touches it once running.
    private var folders: [Int32: String] = [:]
    /// For a folder watched only for some of its entries (the site root, for docket.yml
    /// and a templates folder that does not exist yet), the names that count; events about
    /// anything else there (a log file, the output and staging folders) are not changes.
    private var only: [Int32: Set<String>] = [:]
    private let stopped = NSLock()
    private var isStopped = false
    /// Events closer together than this are one change.
    static let settle: Int32 = 25

    /// - Parameter roots: folders to watch with everything below them; a missing one is
    ///   watched from its parent once it appears.
    init(roots: [String], onChange: @escaping @Sendable (ContentChanges) -> Void) throws {
        self.roots = roots
        self.onChange = onChange
        descriptor = docket_watch_open()
        guard descriptor >= 0 else { throw DocketError(.preview, message: "cannot watch files: \(FileSystemFailure.describeErrno())") }
        addWatches()
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
        while !shouldStop {
            var changes = ContentChanges.none
            guard drain(timeout: 200, into: &changes) > 0 else { continue }
            // Let the rest of a save arrive before rebuilding once.
            while drain(timeout: Self.settle, into: &changes) > 0 {}
            // Listing every folder of a large site takes a while: only when the tree changed.
            if changes == .unknown { addWatches() }
            // Every event was about something the build does not read.
            if changes == .none { continue }
            onChange(changes)
        }
    }

    /// Reads the waiting events into `changes`: the files named, or `.unknown` when the
    /// folder tree changed or events were lost.
    private func drain(timeout: Int32, into changes: inout ContentChanges) -> Int32 {
        var batch = EventBatch(folders: folders, only: only)
        let count = withUnsafeMutablePointer(to: &batch) { pointer in
            docket_watch_drain(descriptor, timeout, { context, watch, name, treeChanged in
                let batch = context!.assumingMemoryBound(to: EventBatch.self)
                // A name that is not UTF-8 cannot be looked up as a String: list everything
                // again, so the listing reports it (file.name-encoding).
                batch.pointee.add(watch: watch, name: String(validatingCString: name!), treeChanged: treeChanged != 0)
            }, pointer)
        }
        changes = changes.union(batch.changes)
        return count
    }

    /// The events of one drain, as changes.
    private struct EventBatch {
        let folders: [Int32: String]
        let only: [Int32: Set<String>]
        var changes = ContentChanges.none

        mutating func add(watch: Int32, name: String?, treeChanged: Bool) {
            if let names = only[watch], let name, !name.isEmpty, !names.contains(name) { return }
            guard !treeChanged, let name, !name.isEmpty, let folder = folders[watch] else {
                changes = .unknown
                return
            }
            changes = changes.union(.files([folder + "/" + name]))
        }
    }

    /// Every folder under the roots (watching one twice is harmless), and the parent of a
    /// root that is a file or does not exist yet, for that root's name alone.
    private func addWatches() {
        for root in roots {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
                watch((root as NSString).deletingLastPathComponent, for: (root as NSString).lastPathComponent)
                continue
            }
            watch(root)
            let enumerator = FileManager.default.enumerator(atPath: root)
            while let relative = enumerator?.nextObject() as? String {
                if enumerator?.fileAttributes?[.type] as? FileAttributeType == .typeDirectory {
                    watch(root + "/" + relative)
                }
            }
        }
    }

    /// Watches `folder`, for every entry or only for the entry `name`. A folder watched
    /// for everything stays so (inotify gives one watch per folder).
    private func watch(_ folder: String, for name: String? = nil) {
        let watch = docket_watch_folder(descriptor, folder)
        guard watch >= 0 else { return }
        let wasWatchedForEverything = folders[watch] != nil && only[watch] == nil
        folders[watch] = folder
        if let name, !wasWatchedForEverything {
            only[watch, default: []].insert(name)
        } else {
            only[watch] = nil
        }
    }
}
