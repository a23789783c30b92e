import Benchmark
import DocketContent
import DocketValidation

/// Checking content: one parsed document against its schema and single-file rules, then
/// the whole sample site as `docket validate` does (reading, checking, cross-file rules).
func validationBenchmarks() {
    Benchmark("Validation: expert profile") { benchmark, checker in
        let document = Fixtures.expertProfile
        for _ in benchmark.scaledIterations { blackHole(checker.check(document)) }
    } setup: {
        try sampleSiteChecker()
    }

    Benchmark("Validation: sample site", configuration: siteConfiguration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? SiteValidation.run(siteRoot: SiteRoot(Fixtures.sampleSite), buildTime: Fixtures.buildTime))
        }
    }
}

/// Checks as the sample site would: its docket.yml's limits, its media folder for photos.
private func sampleSiteChecker() throws(DocketError) -> DocumentChecker {
    let config = try SiteValidation.loadConfig(siteRoot: SiteRoot(Fixtures.sampleSite), configFile: nil).config
    return DocumentChecker(config: config, siteRoot: SiteRoot(Fixtures.sampleSite))
}
