// swift-tools-version:6.1
import Foundation
import PackageDescription

/// The commit the Makefile passes in SAFERSITE_COMMIT (hex digits, `-modified` when the work tree
/// had changes); anything else is ignored, so no quote or backslash reaches the C define.
let buildCommit: String? = ProcessInfo.processInfo.environment["SAFERSITE_COMMIT"].flatMap { commit in
    !commit.isEmpty && commit.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) && commit.allSatisfy(\.isASCII) ? commit : nil
}

/// Debian's directory for this machine's architecture-specific files (GLib's glibconfig.h is there).
#if arch(arm64)
let debianMultiarch = "aarch64-linux-gnu"
#else
let debianMultiarch = "x86_64-linux-gnu"
#endif

/// Whether this is the fuzz build (`make fuzz`, scripts/fuzz): see the end of this file.
let fuzzing = ProcessInfo.processInfo.environment["SAFERSITE_FUZZ"] == "1"

let package = Package(
    name: "SaferSite",
    products: [
        .library(name: "SaferSiteKit", targets: ["SaferSiteKit"]),
        .executable(name: "safersite", targets: ["safersite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // The preview server's HTTP: HummingbirdCore on SwiftNIO bounds header size, connection count
        // and idle time, and keeps accepting after the open-file limit is hit (docs/serve.md).
        // No traits: its configuration-file and full-Foundation extras are not used.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0", traits: []),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.34.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
    ],
    targets: [
        // cmark-gfm from Debian: libcmark-gfm-dev and libcmark-gfm-extensions-dev, linked
        // statically (see its module.modulemap); no pkg-config, whose flags name the shared library.
        .systemLibrary(
            name: "CCmarkGFM",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // libxml2's HTML parser from Debian (libxml2-dev), under the raw HTML sanitiser
        // (Sources/SaferSiteKit/Markdown/HTMLSanitizer.swift, the only file that uses it).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // libvips from Debian (libvips-dev to build, libvips42 to run), which resizes and re-encodes
        // the site's photos (Sources/Images), through C functions of fixed arguments for its
        // variadic calls; they also take libvips 8.14's own EXIF block out of WebP files with
        // libwebpmux. libvips is opened with dlopen when a site has pictures, never linked: it
        // needs about 90 libraries, libcurl among them, which `safersite --version` or a site
        // without pictures must not load (issue 25; scripts/dist-test checks `ldd`). So no
        // systemLibrary target: SwiftPM links the `pkg-config --libs` of one, and the shim needs
        // only the headers, whose sole paths outside /usr/include are GLib's two.
        .target(
            name: "CVipsShims",
            cSettings: [.unsafeFlags(["-I/usr/include/glib-2.0", "-I/usr/lib/\(debianMultiarch)/glib-2.0/include"])]
        ),
        // mimalloc from Debian (libmimalloc-dev), the executable's allocator (Sources/safersite/Allocator.swift).
        .systemLibrary(
            name: "CMimalloc",
            providers: [.apt(["libmimalloc-dev"])]
        ),
        // One syscall Swift's Glibc module does not expose: renameat2(RENAME_EXCHANGE), which swaps
        // the new site into place in one step.
        .target(name: "CSystemShims"),
        // The git commit `safersite --version` names: the Makefile gives it as SAFERSITE_COMMIT,
        // and only this C file sees it, so a new commit recompiles one file. Without it (a plain
        // `swift build`) the version says "unknown commit".
        .target(name: "CBuildInfo", cSettings: buildCommit.map { [.define("SAFERSITE_COMMIT", to: "\"\($0)\"")] } ?? []),
        // The layers, lowest first: a target may import only those above it, so no cycle compiles.
        // One finding type for every layer: severity, file, line, column, message, hint.
        .target(name: "Diagnostics"),
        // Escaping and comparing text: HTML and JSON escaping, edit distance for did-you-mean hints.
        .target(name: "TextSupport"),
        // The YAML subset of front matter and settings; knows nothing of pages or sites.
        .target(name: "FrontMatter", dependencies: ["Diagnostics", "TextSupport"]),
        // Trend, money and figure tables: their model, YAML and CSV reading, CSV writing, HTML and SVG.
        .target(name: "DataTables", dependencies: ["Diagnostics", "TextSupport", "FrontMatter"]),
        // The default theme inside the executable: the EmbedTheme plugin runs ThemeEmbedder at build
        // time to turn the package's theme/ into Swift source, so theme/ stays the one copy.
        .executableTarget(name: "ThemeEmbedder"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
        // The fuzz build passes its sanitizer and -parse-as-library to every executable, the
        // plugin's tool included, which then cannot link (libFuzzer brings its own main); the fuzz
        // targets test the parsers and the theme loader on their own input and never read the
        // bundled theme, so that build carries none (BundledTheme.swift, SAFERSITE_FUZZ).
        .target(name: "BundledTheme", swiftSettings: fuzzing ? [.define("SAFERSITE_FUZZ")] : [],
                plugins: fuzzing ? [] : ["EmbedTheme"]),
        // Reading, resizing and encoding images through libvips; knows nothing of pages or sites.
        .target(name: "Images", dependencies: ["CVipsShims"]),
        // The pipeline: load, parse, assemble, markdown, services, check, render, write.
        .target(
            name: "SaferSiteKit",
            dependencies: [
                "BundledTheme",
                "CCmarkGFM",
                "CLibXML2",
                "CSystemShims",
                "Diagnostics",
                "TextSupport",
                "FrontMatter",
                "DataTables",
                "Images",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The preview server and file watcher, on SaferSiteKit's public API alone.
        .target(
            name: "Preview",
            dependencies: [
                "SaferSiteKit",
                "Diagnostics",
                "TextSupport",
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // What the fuzz targets run, kept out of them so tests replay every input they found.
        .target(name: "FuzzHarness", dependencies: ["SaferSiteKit", "FrontMatter", "DataTables"], path: "Fuzz/FuzzHarness"),
        // The preview server's requests for the fuzzer, apart so the other fuzz targets build
        // without SwiftNIO: its HTTP decoder parses the requests, as the server's does.
        .target(
            name: "FuzzRequestHarness",
            dependencies: [
                "FuzzHarness", "Preview",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Fuzz/FuzzRequestHarness"
        ),
        .executableTarget(
            name: "safersite",
            dependencies: [
                "SaferSiteKit",
                "Preview",
                "Diagnostics",
                "TextSupport",
                "FrontMatter",
                "CMimalloc",
                "CBuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SaferSiteKitTests",
            dependencies: ["SaferSiteKit", "BundledTheme", "Diagnostics", "TextSupport", "FrontMatter", "DataTables", "Preview", "FuzzHarness", "FuzzRequestHarness"],
            exclude: ["Parse/FrontMatter/yaml12-oracle.py", "Hostile/Findings", "Sites"]
        ),
        .testTarget(
            name: "SaferSiteCLITests",
            dependencies: ["SaferSiteKit", "Diagnostics", "TextSupport", "FrontMatter", "DataTables", "Preview", "FuzzHarness", "FuzzRequestHarness"],
            exclude: ["Fixtures"]
        ),
    ]
)

// libFuzzer targets (`make fuzz`, docs/reliability.md). They exist only when SAFERSITE_FUZZ=1,
// because their entry point is libFuzzer's `main`, which links only with -sanitize=fuzzer: an
// ordinary `swift build` or `swift test` never sees them.
if fuzzing {
    package.targets.append(.target(name: "CFuzzDriver", path: "Fuzz/CFuzzDriver"))
    for name in ["FuzzFrontMatter", "FuzzData", "FuzzPage", "FuzzTemplate", "FuzzRequest"] {
        package.products.append(.executable(name: name, targets: [name]))
        let request: [Target.Dependency] = name == "FuzzRequest" ? ["FuzzRequestHarness"] : []
        package.targets.append(.executableTarget(name: name, dependencies: ["CFuzzDriver", "FuzzHarness"] + request, path: "Fuzz/\(name)"))
    }
}
