import DocketDomain
import Foundation

/// The `rendering 1234/10970 pages` line `docket build` draws on stderr while it renders,
/// only when stderr is a terminal: logs and pipes (CI) never see it.
final class TerminalProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDraw: ContinuousClock.Instant?
    private var drawn = false

    /// A progress line on stderr if stderr is a terminal, else nil.
    static func onStandardError() -> TerminalProgress? {
        isatty(STDERR_FILENO) != 0 ? TerminalProgress() : nil
    }

    /// Draws the line over the previous one, at most every 50 ms, and always the last.
    func update(_ rendered: Int, _ total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = ContinuousClock.now
        if rendered < total, let lastDraw, now - lastDraw < .milliseconds(50) { return }
        lastDraw = now
        drawn = true
        FileHandle.standardError.write(Data("\rrendering \(rendered)/\(total) pages".utf8))
    }

    /// Erases the line, so the next message starts on a clean one.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }
}
