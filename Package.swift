// swift-tools-version:6.0
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
        // One syscall Swift's Glibc module does not expose: renameat2(RENAME_EXCHANGE), which swaps
        // the new site into place in one step.
        .target(name: "CSystemShims"),
        .target(
            name: "SaferSiteKit",
            dependencies: [
                "CCmarkGFM",
                "CSystemShims",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "safersite",
            dependencies: [
                "SaferSiteKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SaferSiteKitTests",
            dependencies: ["SaferSiteKit"],
            exclude: ["FrontMatter/yaml12-oracle.py"]
        ),
        .testTarget(
            name: "SaferSiteCLITests",
            dependencies: ["SaferSiteKit"],
            exclude: ["Fixtures"]
        ),
    ]
)
