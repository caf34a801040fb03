// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "councillint",
    products: [
        .executable(name: "councillint", targets: ["councillint"]),
        .library(name: "CouncilLintCore", targets: ["CouncilLintCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlibInflate",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "CouncilLintCore",
            dependencies: ["CLibXML2", "CZlibInflate"]
        ),
        .executableTarget(
            name: "councillint",
            dependencies: [
                "CouncilLintCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A release build links the Swift runtime and Foundation in: most of a pre-commit
            // run is start-up, and most of start-up was the dynamic linker binding them.
            // (Compiling with the flag too makes Foundation's module name its static libraries.)
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
        ),
        .testTarget(
            name: "CouncilLintCoreTests",
            dependencies: [
                "CouncilLintCore",
                // Tests build small Word documents in memory.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Resources"]
        ),
    ]
)
