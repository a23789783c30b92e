import Benchmark
import DocketMarkdown

/// The markdown subset renderer on what a site holds most of (bios) and on its longest
/// input (a proposal body near its length limit).
func markdownBenchmarks() {
    Benchmark("Markdown: expert bio") { benchmark, bio in
        let renderer = SubsetRenderer(flavour: .profile)
        for _ in benchmark.scaledIterations { blackHole(renderer.render(bio)) }
    } setup: {
        Fixtures.expertBio
    }

    Benchmark("Markdown: long proposal body") { benchmark, body in
        let renderer = SubsetRenderer(flavour: .proposal)
        for _ in benchmark.scaledIterations { blackHole(renderer.render(body)) }
    } setup: {
        Fixtures.longProposalBody
    }
}
