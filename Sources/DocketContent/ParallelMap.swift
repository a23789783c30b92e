import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over every core, results in the input's order. The work must not
    /// depend on order; the output never does.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        if count < 2 { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        self.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            // Chunks rather than single items: thousands of tiny work items cost more in
            // scheduling than they gain.
            let chunkCount = Swift.min(count, 64)
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                let range = (chunk * input.count / chunkCount)..<((chunk + 1) * input.count / chunkCount)
                for index in range { slots[index] = transform(input[index]) }
            }
        }
        return results.map { $0! }
    }
}
