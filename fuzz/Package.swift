// swift-tools-version:5.9
// libFuzzer targets for councillint's readers and lint pipeline. Build and run them with
// scripts/fuzz TARGET [SECONDS]; this package is not part of the root build.
import PackageDescription

let fuzzTargets = ["plain-text", "markdown", "xhtml", "html", "docx", "pipeline", "profile"]

let package = Package(
    name: "councillint-fuzz",
    dependencies: [
        .package(name: "councillint", path: ".."),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "CouncilLintCore", package: "councillint"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ] + fuzzTargets.map { name in
        .executableTarget(
            name: "fuzz-\(name)",
            dependencies: ["FuzzSupport", .product(name: "CouncilLintCore", package: "councillint")],
            path: "Sources/fuzz-\(name)",
            // libFuzzer supplies main(); the target only defines LLVMFuzzerTestOneInput.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    }
)
