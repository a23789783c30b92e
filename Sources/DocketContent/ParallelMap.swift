import Dispatch
import Foundation

/// How many pieces of work `parallelMap` runs at once.
///
/// `width` is 0 for "every core" (the default), 1 for sequential (everything on the calling
/// thread, in order), or N for at most N at a time. Its default comes from the environment
/// variable `DOCKET_THREADS`, read once; code can change it for a scope with
/// `Parallelism.$width.withValue(1) { ... }` (a task-local value, so other builds in the same
/// process are not affected). The output never depends on it: see docs/decisions.md.
public enum Parallelism {
    @TaskLocal public static var width: Int = fromEnvironment

    /// `DOCKET_THREADS` as a width: a whole number ≥ 0, anything else means 0 (every core).
    public static let fromEnvironment: Int = {
        guard let text = ProcessInfo.processInfo.environment["DOCKET_THREADS"], let value = Int(text), value >= 0 else { return 0 }
        return value
    }()
}

extension Array where Element: Sendable {
    /// `map` spread over every core (or `Parallelism.width` at a time), results in the
    /// input's order. The work must not depend on order; the output never does.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let width = Parallelism.width
        if count < 2 || width == 1 { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            // Deallocating alone would free the slots but never release what they hold.
            results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let slots = results
        self.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            // Chunks rather than single items: thousands of tiny work items cost more in
            // scheduling than they gain. With a width of N, N chunks: at most N at once.
            let chunkCount = Swift.min(count, width > 1 ? width : 64)
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                let range = (chunk * input.count / chunkCount)..<((chunk + 1) * input.count / chunkCount)
                for index in range { slots[index] = transform(input[index]) }
            }
        }
        return results.map { $0! }
    }
}
