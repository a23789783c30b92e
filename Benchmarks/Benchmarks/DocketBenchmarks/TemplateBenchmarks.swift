import Benchmark
import DocketContent
import DocketSite
import DocketValidation

/// Rendering pages of the sample site through the built-in templates, from a model built
/// in setup. Only public entry points are used, so the benchmarks outlive rewrites of the
/// template engine behind them.
func templateBenchmarks() {
    Benchmark("Templates: load built-in") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try? TemplateSet.load(overrides: nil)) }
    }

    Benchmark("Templates: expert page") { benchmark, page in
        for _ in benchmark.scaledIterations { blackHole(try page.templates.renderBytes(page.page)) }
    } setup: {
        try SamplePage.make { planner in planner.model.expert("maya-okafor").map(planner.expertPage) }
    }

    Benchmark("Templates: expert listing") { benchmark, page in
        for _ in benchmark.scaledIterations { blackHole(try page.templates.renderBytes(page.page)) }
    } setup: {
        try SamplePage.make { planner in planner.expertListing(.all).first }
    }
}

/// One planned page of the sample site and the templates that render it.
struct SamplePage {
    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    let templates: TemplateSet
    let page: PlannedPage

    static func make(choosing choose: (PagePlanner) -> PlannedPage?) throws -> SamplePage {
        let result = try SiteValidation.run(siteRoot: SiteRoot(Fixtures.sampleSite), buildTime: Fixtures.buildTime)
        let model = try SiteResolver.build(result, siteRoot: SiteRoot(Fixtures.sampleSite))
        guard let page = choose(PagePlanner(model: model)) else { throw Missing(description: "no such page in the sample site") }
        let templates = try TemplateSet.load(overrides: nil)
        // A page that cannot render would time the failure, not the rendering.
        _ = try templates.render(page)
        return SamplePage(templates: templates, page: page)
    }
}
