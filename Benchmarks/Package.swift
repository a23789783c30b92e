// swift-tools-version:6.1
import PackageDescription

// Micro benchmarks of Docket's libraries (ordo-one/benchmark), run by scripts/bench-micro.
// A package of their own so that the root package's build, tests and CI never build the
// benchmark framework.
let package = Package(
    name: "DocketBenchmarks",
    dependencies: [
        // Named, because a path package is otherwise known by its folder, which differs
        // between clones and worktrees.
        .package(name: "Docket", path: ".."),
        // The malloc interposer counts allocations without jemalloc. Naming the traits
        // turns off the default RuntimeInterposer (ARC counts with Swift 6.3 on Linux, not
        // measured here), whose package is not among the machine's local copies.
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "DocketBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "DocketContent", package: "Docket"),
                .product(name: "DocketMarkdown", package: "Docket"),
                .product(name: "DocketDomain", package: "Docket"),
                .product(name: "DocketValidation", package: "Docket"),
                .product(name: "DocketSite", package: "Docket"),
            ],
            path: "Benchmarks/DocketBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
