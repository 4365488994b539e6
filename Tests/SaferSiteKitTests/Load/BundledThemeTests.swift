import BundledTheme
import Foundation
@testable import SaferSiteKit
import Testing

/// The theme inside the executable is the repository's theme/, byte for byte: the EmbedTheme
/// plugin makes it at every build, and this proves the embedding keeps every byte.
@Suite("the bundled theme")
struct BundledThemeTests {
    static let theme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("theme")

    @Test("it holds every file of theme/ (hidden files aside) with the same bytes")
    func sameAsThemeFolder() throws {
        let base = Self.theme.standardizedFileURL.path + "/"
        var onDisk: [String: Data] = [:]
        let walker = try #require(FileManager.default.enumerator(at: Self.theme, includingPropertiesForKeys: [.isRegularFileKey],
                                                                 options: [.skipsHiddenFiles]))
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            onDisk[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        #expect(!onDisk.isEmpty)
        #expect(Set(BundledTheme.files.keys) == Set(onDisk.keys))
        for (path, data) in onDisk {
            #expect(BundledTheme.files[path].map { Data($0) } == data, "\(path) differs from theme/\(path)")
        }
        #expect(BundledTheme.paths == BundledTheme.paths.sorted())
    }

    @Test("it has an archetype for every kind of page `safersite new` writes")
    func archetypes() {
        for kind in NewPageKind.allCases {
            #expect(BundledTheme.files[kind.archetypePath] != nil, "\(kind.archetypePath)")
        }
    }

    @Test("a file the site's theme folder lacks comes from the bundled theme, named as the bundled theme's")
    func loaderFallsBack() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bundled-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        let own = root.appendingPathComponent("theme/templates/page.mustache")
        try FileManager.default.createDirectory(at: own.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("own\n".utf8).write(to: own)
        let (tree, diagnostics) = try SourceLoader(root: root).load()
        #expect(diagnostics.isEmpty)
        let templates = tree.files(.template)
        #expect(templates.filter { $0.relativePath == "page.mustache" }.map(\.path) == ["theme/templates/page.mustache"])
        #expect(templates.contains { $0.path == "[bundled theme]/templates/base.mustache" && $0.relativePath == "base.mustache" && $0.isBundled })
        #expect(tree.files(.themeStatic).contains { $0.path == "[bundled theme]/static/css/site.css" && $0.relativePath == "css/site.css" })
        let alone = try SourceLoader(root: root, usesBundledTheme: false).load().tree
        #expect(alone.files(.template).map(\.path) == ["theme/templates/page.mustache"])
    }
}
