/// The fuzz targets of `Fuzz/` (docs/fuzzing.md). Each takes arbitrary bytes and lists
/// what went wrong with them; the fuzzers abort on a problem, and `swift test` replays
/// every committed corpus and regression input through the same check.
public enum FuzzTarget: String, Sendable, CaseIterable {
    /// YAML and JSON bytes through the content readers and the scalar source maps.
    case loader
    /// Markdown through the subset renderer, in both flavours.
    case markdown
    /// One content file through `docket validate`.
    case document

    /// The invariants this input breaks; empty when it is handled as it should be.
    /// A crash or a hang is a finding too, caught by the fuzzer rather than here.
    public func problems(with input: [UInt8]) -> [String] {
        switch self {
        case .loader: LoaderCheck.problems(with: input)
        case .markdown: MarkdownCheck.problems(with: input)
        case .document: DocumentCheck.problems(with: input)
        }
    }

    /// The libFuzzer entry point's work: a broken invariant stops the fuzzer, which then
    /// saves the input as a crash.
    public func run(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        let input = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        let problems = problems(with: input)
        if !problems.isEmpty {
            fatalError("fuzz-\(rawValue): " + problems.joined(separator: "; "))
        }
    }
}
