import Foundation
@testable import Preview
@testable import SaferSiteKit
import Testing

@Suite("Serve: watching files", .serialized)
struct ServeFileWatcherTests {
    /// Batches as they arrive, gathered by a task that reads the watcher's stream.
    actor Batches {
        private var arrived: [[FileChange]] = []

        func append(_ batch: [FileChange]) { arrived.append(batch) }

        /// Forgets what arrived so far.
        func clear() { arrived = [] }

        /// The oldest batch not yet taken, waiting up to two seconds for one.
        func next() async -> [FileChange]? {
            for _ in 0..<200 {
                if !arrived.isEmpty { return arrived.removeFirst() }
                try? await Task.sleep(for: .milliseconds(10))
            }
            return nil
        }
    }

    /// A temporary folder (symlinks resolved, so paths compare) with a watcher on its content/,
    /// and on the folders named `alsoWatching` beside it, which need not exist.
    func watching(alsoWatching others: [String] = [], _ body: (URL, Batches) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)").resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content/news"), withIntermediateDirectories: true)
        try "old".write(to: folder.appendingPathComponent("content/news/a.md"), atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: folder) }
        let roots = (["content"] + others).map { folder.appendingPathComponent($0) }
        let stream = try FileWatcher(roots: roots, debounce: .milliseconds(50)).changes()
        let batches = Batches()
        let reader = Task {
            for await batch in stream { await batches.append(batch) }
        }
        defer { reader.cancel() }
        // Setting up can still be heard for a moment (a close that lands late): start clean.
        try await Task.sleep(for: .milliseconds(150))
        await batches.clear()
        try await body(folder.appendingPathComponent("content"), batches)
    }

    @Test("a new file is reported as created")
    func create() async throws {
        try await watching { content, changes in
            try "new".write(to: content.appendingPathComponent("b.md"), atomically: false, encoding: .utf8)
            let batch = await changes.next()
            #expect(batch == [FileChange(.created, content.path + "/b.md")])
        }
    }

    @Test("a changed file in a subfolder is reported as modified, once per burst")
    func modify() async throws {
        try await watching { content, changes in
            let file = content.appendingPathComponent("news/a.md")
            for text in ["one", "two", "three"] {
                try text.write(to: file, atomically: false, encoding: .utf8)
            }
            let batch = await changes.next()
            #expect(batch == [FileChange(.modified, file.path)])
        }
    }

    @Test("a deleted file is reported as deleted")
    func delete() async throws {
        try await watching { content, changes in
            try FileManager.default.removeItem(at: content.appendingPathComponent("news/a.md"))
            let batch = await changes.next()
            #expect(batch == [FileChange(.deleted, content.path + "/news/a.md")])
        }
    }

    @Test("a new subfolder is watched, and files made in it are seen")
    func newFolder() async throws {
        try await watching { content, changes in
            let folder = content.appendingPathComponent("partnerships")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            let first = await changes.next()
            #expect(first == [FileChange(.created, folder.path)])
            try "hello".write(to: folder.appendingPathComponent("oxford.md"), atomically: false, encoding: .utf8)
            let second = await changes.next()
            #expect(second == [FileChange(.created, folder.path + "/oxford.md")])
        }
    }

    /// Changes gathered over batches until `wanted` are all among them (or two seconds pass).
    func gathered(_ changes: Batches, until wanted: Set<FileChange>) async -> Set<FileChange> {
        var seen: Set<FileChange> = []
        while !wanted.isSubset(of: seen), let batch = await changes.next() { seen.formUnion(batch) }
        return seen
    }

    /// `safersite theme eject` while the preview runs makes `theme/`, which did not exist when
    /// watching began; then the theme is edited, removed and made again.
    @Test("a root folder made after watching began is watched from then on, and again after it is removed")
    func rootMadeLater() async throws {
        try await watching(alsoWatching: ["theme"]) { content, changes in
            let theme = content.deletingLastPathComponent().appendingPathComponent("theme")
            let page = theme.appendingPathComponent("templates/page.mustache")
            try FileManager.default.createDirectory(at: page.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "one".write(to: page, atomically: false, encoding: .utf8)
            let made = await gathered(changes, until: [FileChange(.created, theme.path), FileChange(.created, page.path)])
            #expect(made.contains(FileChange(.created, page.path)), "\(made)")
            try "two".write(to: page, atomically: false, encoding: .utf8)
            #expect(await changes.next() == [FileChange(.modified, page.path)])
            try FileManager.default.removeItem(at: theme)
            _ = await gathered(changes, until: [FileChange(.deleted, theme.path + "/templates")])
            let css = theme.appendingPathComponent("site.css")
            try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: false)
            try "body {}".write(to: css, atomically: false, encoding: .utf8)
            let again = await gathered(changes, until: [FileChange(.created, css.path)])
            #expect(again.contains(FileChange(.created, css.path)), "\(again)")
        }
    }

    @Test("a folder tree moved in at once is reported file by file, and watched")
    func movedInTree() async throws {
        try await watching { content, changes in
            let outside = content.deletingLastPathComponent().appendingPathComponent("incoming")
            try FileManager.default.createDirectory(at: outside.appendingPathComponent("deep"), withIntermediateDirectories: true)
            try "x".write(to: outside.appendingPathComponent("deep/page.md"), atomically: false, encoding: .utf8)
            try FileManager.default.moveItem(at: outside, to: content.appendingPathComponent("incoming"))
            let batch = await changes.next()
            #expect(batch == [FileChange(.created, content.path + "/incoming"),
                              FileChange(.created, content.path + "/incoming/deep"),
                              FileChange(.created, content.path + "/incoming/deep/page.md")])
            try "y".write(to: content.appendingPathComponent("incoming/deep/page.md"), atomically: false, encoding: .utf8)
            #expect(await changes.next() == [FileChange(.modified, content.path + "/incoming/deep/page.md")])
        }
    }

    @Test("editor noise is recognised; dot-files in a static folder are not noise", arguments: [
        ("/s/content/.about.md.swp", true), ("/s/content/about.md~", true), ("/s/content/4913", true),
        ("/s/content/.DS_Store", true), ("/s/content/about.md", false), ("/s/content/_data/crime.csv", false),
        // content/static/ publishes dot-files, so a change to one is a change to the site; junk is still noise.
        ("/s/content/static/.well-known/security.txt", false), ("/s/content/static/.htaccess", false),
        ("/s/content/static/.DS_Store", true), ("/s/content/static/.x.txt.swp", true), ("/s/content/.hidden.md", true),
    ])
    func noise(path: String, isNoise: Bool) {
        #expect(FileChange(.modified, path).isEditorNoise == isNoise)
    }
}
