// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets for Docket (docs/fuzzing.md). Kept out of the root package so that its
// ordinary build and tests never link libFuzzer; build with the sanitizers through
// scripts/fuzz:
//   swift build -c release --sanitize=fuzzer --sanitize=address -Xswiftc -parse-as-library
// Each target only hands the input to DocketFuzzChecks, which the root package's tests
// also run over every committed input.
let package = Package(
    name: "DocketFuzz",
    dependencies: [.package(name: "Docket", path: "..")],
    targets: [
        .executableTarget(name: "fuzz-loader", dependencies: [.product(name: "DocketFuzzChecks", package: "Docket")]),
        .executableTarget(name: "fuzz-markdown", dependencies: [.product(name: "DocketFuzzChecks", package: "Docket")]),
        .executableTarget(name: "fuzz-document", dependencies: [.product(name: "DocketFuzzChecks", package: "Docket")]),
    ]
)
