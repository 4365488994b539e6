// swift-tools-version:6.0
import Foundation
import PackageDescription

let package = Package(
    name: "SaferSite",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SaferSiteKit", targets: ["SaferSiteKit"]),
        .executable(name: "safersite", targets: ["safersite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.20.0"),
    ],
    targets: [
        // cmark-gfm from Debian: libcmark-gfm-dev and libcmark-gfm-extensions-dev.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // libxml2's HTML parser from Debian (libxml2-dev), under the raw HTML sanitiser
        // (Sources/SaferSiteKit/Markdown/HTMLSanitizer.swift, the only file that uses it).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // mimalloc from Debian (libmimalloc-dev), the executable's allocator (Sources/safersite/Allocator.swift).
        .systemLibrary(
            name: "CMimalloc",
            providers: [.apt(["libmimalloc-dev"])]
        ),
        // One syscall Swift's Glibc module does not expose: renameat2(RENAME_EXCHANGE), which swaps
        // the new site into place in one step.
        .target(name: "CSystemShims"),
        .target(
            name: "SaferSiteKit",
            dependencies: [
                "CCmarkGFM",
                "CLibXML2",
                "CSystemShims",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        // What the fuzz targets run, kept out of them so tests replay every input they found.
        .target(name: "FuzzHarness", dependencies: ["SaferSiteKit"], path: "Fuzz/FuzzHarness"),
        .executableTarget(
            name: "safersite",
            dependencies: [
                "SaferSiteKit",
                "CMimalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SaferSiteKitTests",
            dependencies: ["SaferSiteKit", "FuzzHarness"],
            exclude: ["FrontMatter/yaml12-oracle.py", "Hostile/Findings"]
        ),
        .testTarget(
            name: "SaferSiteCLITests",
            dependencies: ["SaferSiteKit", "FuzzHarness"],
            exclude: ["Fixtures"]
        ),
    ]
)

// libFuzzer targets (`make fuzz`, docs/reliability.md). They exist only when SAFERSITE_FUZZ=1,
// because their entry point is libFuzzer's `main`, which links only with -sanitize=fuzzer: an
// ordinary `swift build` or `swift test` never sees them.
if ProcessInfo.processInfo.environment["SAFERSITE_FUZZ"] == "1" {
    package.targets.append(.target(name: "CFuzzDriver", path: "Fuzz/CFuzzDriver"))
    for name in ["FuzzFrontMatter", "FuzzData", "FuzzPage"] {
        package.products.append(.executable(name: name, targets: [name]))
        package.targets.append(.executableTarget(name: name, dependencies: ["CFuzzDriver", "FuzzHarness"], path: "Fuzz/\(name)"))
    }
}
