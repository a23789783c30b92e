import Benchmark

/// Found by the benchmark plugin. scripts/bench-micro runs them all, or those matching a filter.
let benchmarks: @Sendable () -> Void = {
    // Short by default: a run of every benchmark takes seconds, not minutes. Fixtures are
    // read in each benchmark's setup, outside the measurement. Mallocs not freed
    // (mallocFreeDelta) should be 0: anything else is a leak or a cache.
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .mallocFreeDelta],
        warmupIterations: 10,
        maxDuration: .seconds(1),
        maxIterations: 10_000
    )
    loadingBenchmarks()
    validationBenchmarks()
    markdownBenchmarks()
    templateBenchmarks()
}

/// For whole-site work: peak resident memory too. (CPU time is left out: it is counted in
/// 10 ms ticks here, coarser than a whole run of the sample site.)
var siteConfiguration: Benchmark.Configuration {
    .init(metrics: Benchmark.defaultConfiguration.metrics + [.peakMemoryResident], maxIterations: 1_000)
}
