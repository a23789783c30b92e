import CDocketSystem
import Synchronization

/// Values a command reads until it ends, kept for the rest of the process instead of being
/// freed when `run()` returns: releasing a large site's parsed documents one node at a time
/// cost `docket validate` about a twentieth of its time at 10k files, just before the
/// process hands all its memory back at once. Only for what lives until exit anyway. Under
/// AddressSanitizer the value is freed as usual (`docket_checks_leaks`).
enum ProcessLifetime {
    private static let kept = Mutex<[any Sendable]>([])

    static func keepUntilExit(_ value: some Sendable) {
        guard docket_checks_leaks() == 0 else { return }
        kept.withLock { $0.append(value) }
    }
}
