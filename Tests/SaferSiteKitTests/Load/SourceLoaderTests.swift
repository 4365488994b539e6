import Foundation
@testable import Preview
@testable import SaferSiteKit
import Testing

@Suite("Loading the source folder", .serialized)
struct SourceLoaderTests {
    @Test("what each file under content/ is", arguments: [
        ("index.md", SourceFile.Kind.home as SourceFile.Kind?), ("about.md", .page), ("projects/_index.md", .sectionIndex),
        ("projects/aspire.md", .page), ("_site.yaml", .settings), ("_data/trends.yaml", .data), ("_data/grants.csv", .data),
        ("files/plan.pdf", .asset), (".hidden.md", nil), ("drafts/.swp", nil), ("notes.md~", nil), ("_private/x.md", nil),
        ("_data/readme.txt", nil), ("projects//aspire.md", .page), ("projects/index.md", .page), ("_index.md/photo.png", .asset),
        ("café/menu.md", .page), ("café/_drafts/menu.md", nil), ("projects/.md", nil), ("notes.MD", .asset), ("md", .asset), ("", nil),
        // content/static/ is copied as it is: dot-files, `_` names and Markdown too, but never junk.
        ("static/.well-known/security.txt", .asset), ("static/.htaccess", .asset), ("static/_headers", .asset),
        ("static/notes.md", .asset), ("static/_index.md", .asset), ("static", .asset), ("static.md", .page),
        ("static/.git/HEAD", nil), ("static/.gitignore", nil), ("static/.DS_Store", nil), ("static/._logo.png", nil),
        ("static/a/.x.txt.swp", nil), ("static/draft.txt~", nil), ("static/.#lock", nil), ("files/Thumbs.db", nil),
        ("files/desktop.ini", nil), (".well-known/security.txt", nil),
    ])
    func kinds(path: String, expected: SourceFile.Kind?) {
        #expect(SourceLoader.contentKind(of: path) == expected)
    }

    @Test("reads content and theme files in path order, ignoring hidden files")
    func readsInOrder() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        try write("content/b.md", "b", in: root)
        try write("content/a.md", "a", in: root)
        try write("content/.git/config", "x", in: root)
        try write("theme/templates/page.mustache", "{{page.title}}", in: root)
        try write("theme/templates/notes.txt", "not a template", in: root)
        try write("theme/static/css/site.css", "body{}", in: root)
        let (tree, diagnostics) = try SourceLoader(root: root, usesBundledTheme: false).load()
        #expect(diagnostics.isEmpty)
        #expect(tree.files.map(\.path) == ["content/a.md", "content/b.md", "theme/static/css/site.css", "theme/templates/page.mustache"])
        #expect(tree.files.map(\.kind) == [.page, .page, .themeStatic, .template])
    }

    @Test("hidden folders are walked in content/static/ and the theme's static/ only, never a .git folder; each file's output path")
    func hiddenFilesInStaticFolders() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        try write("content/static/.well-known/security.txt", "Contact: x", in: root)
        try write("content/static/.git/HEAD", "ref", in: root)
        try write("content/.well-known/other.txt", "x", in: root)
        try write("content/files/plan.txt", "plan", in: root)
        try write("theme/static/.well-known/theme.txt", "t", in: root)
        try write("theme/static/.DS_Store", "junk", in: root)
        try write("theme/templates/.hidden/page.mustache", "x", in: root)
        let (tree, diagnostics) = try SourceLoader(root: root, usesBundledTheme: false).load()
        #expect(diagnostics.isEmpty)
        #expect(tree.files.map(\.path) == ["content/files/plan.txt", "content/static/.well-known/security.txt", "theme/static/.well-known/theme.txt"])
        #expect(tree.files.map(\.outputPath) == ["files/plan.txt", ".well-known/security.txt", ".well-known/theme.txt"])
    }

    @Test("a symbolic link leading outside the source folder is refused; one inside is followed")
    func symlinks() throws {
        let root = try temporaryRoot()
        let outside = try temporaryRoot()
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: outside)
        }
        try write("secret.md", "---\ntitle: Secret\n---\n", in: outside)
        try write("content/real.md", "---\ntitle: Real\n---\n", in: root)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("content/leak.md").path,
                                                   withDestinationPath: outside.appendingPathComponent("secret.md").path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("content/alias.md").path,
                                                   withDestinationPath: root.appendingPathComponent("content/real.md").path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("content/loop").path,
                                                   withDestinationPath: root.appendingPathComponent("content/loop").path)
        let (tree, diagnostics) = try SourceLoader(root: root, usesBundledTheme: false).load()
        #expect(tree.files.map(\.path) == ["content/alias.md", "content/real.md"])
        #expect(diagnostics.contains { $0.location.file == "content/leak.md" && $0.message == LoadMessages.symlinkOutside })
        #expect(diagnostics.contains { $0.location.file == "content/loop" && $0.message == LoadMessages.symlinkLoop })
    }

    @Test("a missing content folder throws, naming the place it looked")
    func missingContent() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(throws: LoadError.self) { try SourceLoader(root: root, usesBundledTheme: false).load() }
    }

    func temporaryRoot() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func write(_ path: String, _ text: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}

@Suite("Loading: broken links")
struct SourceLoaderBrokenLinkTests {
    @Test("a link to a file that does not exist is reported as broken, not as a loop")
    func brokenLink() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("loader-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("content/gone.md").path,
                                                   withDestinationPath: root.appendingPathComponent("content/nowhere.md").path)
        let (_, diagnostics) = try SourceLoader(root: root, usesBundledTheme: false).load()
        #expect(diagnostics.map(\.message) == [LoadMessages.symlinkBroken])
    }
}
