// swift-tools-version:6.1
import PackageDescription

// Dependencies point one way:
// DocketContent (files, positions) → DocketMarkdown (subset) → DocketValidation (rules)
// → DocketSite (pages) → docket (CLI). See docs/ARCHITECTURE.md.
let package = Package(
    name: "Docket",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "docket", targets: ["docket"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
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
        .target(name: "DocketContent", dependencies: ["Yams"]),
        .target(name: "DocketMarkdown", dependencies: ["CCmarkGFM"]),
        .target(name: "DocketValidation", dependencies: ["DocketContent", "DocketMarkdown"]),
        .executableTarget(
            name: "docket",
            dependencies: [
                "DocketValidation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Times the subset renderer against cmark-gfm (scripts/bench-markdown.sh).
        .executableTarget(name: "docket-markdown-bench", dependencies: ["DocketMarkdown", "CCmarkGFM"]),
        .testTarget(name: "DocketContentTests", dependencies: ["DocketContent"]),
        .testTarget(
            name: "DocketMarkdownTests",
            dependencies: [
                "DocketMarkdown", "CLibXML2",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "DocketValidationTests", dependencies: ["DocketValidation"]),
        .testTarget(name: "DocketCLITests", dependencies: ["docket"]),
    ]
)
