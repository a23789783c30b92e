import Benchmark
import DocketContent

/// Parsing content files: one document of each format from text in memory, then every
/// file of the sample site from disk as `docket validate` reads them.
func loadingBenchmarks() {
    Benchmark("Loading: YAML expert profile") { benchmark, text in
        for _ in benchmark.scaledIterations { blackHole(try? YAMLReader.read(text)) }
    } setup: {
        Fixtures.expertProfileYAML
    }

    Benchmark("Loading: JSON request") { benchmark, text in
        for _ in benchmark.scaledIterations { blackHole(try? JSONReader.read(text)) }
    } setup: {
        Fixtures.requestJSON
    }

    Benchmark("Loading: sample site", configuration: siteConfiguration) { benchmark, loader in
        for _ in benchmark.scaledIterations { blackHole(loader.load()) }
    } setup: {
        ContentLoader(siteRoot: SiteRoot(Fixtures.sampleSite))
    }
}
