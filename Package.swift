// swift-tools-version:6.1
import PackageDescription

// Dependencies point one way:
// DocketContent (files, positions) → DocketDomain (money, schedule, states, typed documents)
// and DocketMarkdown (subset) → DocketValidation (rules)
// → DocketSite (pages, output; renders with DocketTemplates, the Mustache engine)
// → DocketServer (preview) → docket (CLI). See docs/architecture.md.
//
// Linux only, so no `platforms`: the file watcher of `docket serve` is inotify and the atomic
// swap is renameat2 (CDocketSystem), which have no macOS path (docs/decisions.md).
let package = Package(
    name: "Docket",
    products: [
        .executable(name: "docket", targets: ["docket"]),
        // The libraries are products so that the fuzzing and benchmark packages beside
        // this one (Fuzz/, Benchmarks/) can depend on them by path.
        .library(name: "DocketContent", targets: ["DocketContent"]),
        .library(name: "DocketMarkdown", targets: ["DocketMarkdown"]),
        .library(name: "DocketDomain", targets: ["DocketDomain"]),
        .library(name: "DocketValidation", targets: ["DocketValidation"]),
        .library(name: "DocketSite", targets: ["DocketSite"]),
        .library(name: "DocketCheck", targets: ["DocketCheck"]),
        // What each fuzz target checks of one input: Fuzz/ runs it under libFuzzer and
        // DocketFuzzReplayTests replays the committed inputs through it. No product uses it.
        .library(name: "DocketFuzzChecks", targets: ["DocketFuzzChecks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        // Already in the graph through Hummingbird; named for the HTTP/1.0 handler of the preview.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "CDocketSystem"),
        .target(name: "DocketText"),
        .target(name: "DocketContent", dependencies: ["Yams", "DocketText"]),
        .target(name: "DocketMarkdown", dependencies: ["CCmarkGFM", "CDocketSystem", "DocketText"]),
        .target(name: "DocketDomain", dependencies: ["DocketContent"]),
        // What a field's text holds (e-mail addresses, phone numbers, postal addresses, URLs,
        // markup) and host names: the detectors the rules call, with no knowledge of rules.
        .target(name: "DocketValues", dependencies: ["DocketDomain"]),
        .target(name: "DocketValidation", dependencies: ["DocketContent", "DocketDomain", "DocketMarkdown", "DocketText", "DocketValues"]),
        // The report formats of `docket validate` (text, JSON, GitHub, JUnit, SARIF) and `docket rules`.
        .target(name: "DocketReporting", dependencies: ["DocketContent", "DocketValidation", "DocketText"]),
        .target(name: "DocketTemplates", dependencies: ["DocketText"]),
        .target(name: "DocketSite", dependencies: ["DocketDomain", "DocketValidation", "DocketMarkdown", "DocketTemplates", "DocketText", "CLibXML2", "CDocketSystem"]),
        // `docket check`: reads a built site back from its files (DocketSite only names them).
        .target(name: "DocketCheck", dependencies: ["DocketContent", "DocketValidation", "DocketSite", "DocketText", "CLibXML2"]),
        .target(name: "DocketFuzzChecks", dependencies: ["DocketContent", "DocketDomain", "DocketMarkdown", "DocketValidation"]),
        .target(
            name: "DocketServer",
            dependencies: [
                "DocketSite", "DocketDomain", "DocketValidation", "DocketText", "CDocketSystem",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
            ]
        ),
        .executableTarget(
            name: "docket",
            dependencies: [
                "DocketDomain", "DocketValidation", "DocketReporting", "DocketText", "DocketSite", "DocketCheck", "DocketServer", "CDocketSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Times the subset renderer against cmark-gfm (scripts/bench-markdown.sh).
        .executableTarget(name: "docket-markdown-bench", dependencies: ["DocketMarkdown", "CCmarkGFM"]),
        // Helpers several test targets share (a test target cannot import another).
        .target(name: "DocketTestSupport", path: "Tests/DocketTestSupport"),
        .testTarget(name: "DocketContentTests", dependencies: ["DocketContent", "DocketTestSupport"]),
        .testTarget(
            name: "DocketMarkdownTests",
            dependencies: [
                "DocketMarkdown", "CLibXML2",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            // The GFM spec the tests read as an oracle (Data/README.md), not a resource.
            exclude: ["Data"]
        ),
        .testTarget(name: "DocketDomainTests", dependencies: ["DocketDomain"]),
        .testTarget(name: "DocketTextTests", dependencies: ["DocketText"]),
        .testTarget(name: "DocketValidationTests", dependencies: ["DocketValidation", "DocketReporting", "DocketTestSupport"]),
        // swift-mustache is the reference the template engine is compared with, in tests only.
        .testTarget(
            name: "DocketTemplatesTests",
            dependencies: [
                "DocketTemplates", "DocketTestSupport",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "DocketSiteTests",
            dependencies: ["DocketSite", "DocketCheck", "CLibXML2", "DocketTestSupport", .product(name: "Mustache", package: "swift-mustache")],
            // The sitemaps.org schemas and a JSON Feed schema the tests read as oracles
            // (Data/README.md), not resources.
            exclude: ["Data"]
        ),
        .testTarget(name: "DocketServerTests", dependencies: ["DocketServer", "DocketTestSupport"]),
        .testTarget(name: "DocketCLITests", dependencies: ["docket", "DocketTestSupport"]),
        .testTarget(name: "DocketFuzzReplayTests", dependencies: ["DocketFuzzChecks"]),
    ]
)
