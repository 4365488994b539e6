import Foundation
import Testing
@testable import SaferSiteKit

/// The build cache's pieces: the stable hash, the binary form, template fingerprints and context keys.
@Suite("Build cache")
struct BuildCacheTests {
    @Test("the hash is the same in every run: pinned values")
    func hashIsStable() {
        #expect(StableHash.of("").description == StableHash.of("").description)
        #expect(StableHash.of("content/about.md").description == Self.pinnedAbout)
        #expect(StableHash.of(Data("content/about.md".utf8)) == StableHash.of("content/about.md"))
    }

    @Test("every value is fed with its length, so moved boundaries give another key")
    func hashSeparatesFields() {
        var first = StableHash(), second = StableHash()
        first.feed("ab"); first.feed("c")
        second.feed("a"); second.feed("bc")
        #expect(first.finish() != second.finish())
        #expect(StableHash.of("x") != StableHash.of("y"))
        #expect(StableHash.of(String(repeating: "a", count: 15)) != StableHash.of(String(repeating: "a", count: 16)))
    }

    @Test("a cache is read back as it was written")
    func roundTrip() throws {
        var cache = BuildCache()
        cache.linkWorld = StableHash.of("links")
        let location = SourceLocation(file: "content/a.md", line: 3, column: 7)
        let body = RenderedMarkdown(
            html: "<p>é ~ <del>x</del></p>\n",
            headings: [Heading(level: 2, text: "Why", id: "why", line: 5)],
            links: [LinkReference(written: "b.md#x", resolved: "/b/#x", targetContentPath: "b.md", fragment: "x", text: "B",
                                  title: nil, isImage: false, location: location)],
            plainText: "é x", paragraphs: [TextBlock(text: "é x", location: location)],
            tables: [TableSummary(headerCells: ["", "2014"], location: location)],
            diagnostics: [Diagnostic(.warning, at: location, "long", hint: "shorter", code: "long-sentence")])
        cache.markdown[StableHash.of("page")] = MarkdownCacheEntry(
            links: [LinkDependency(destination: "b.md#x", answer: "rewrite")], data: [DataDependency(name: "burglary", fingerprint: "table 1")],
            rendered: body)
        // Bigger than the writer's 1 MB chunk, so the file is written in several pieces.
        let big = RenderedMarkdown(html: String(repeating: "<p>Some words, é and 😀.</p>\n", count: 150_000))
        cache.markdown[StableHash.of("big page")] = MarkdownCacheEntry(links: [], data: [], rendered: big)
        cache.outputFolder = "/tmp/public"
        cache.outputs["a/index.html"] = OutputCacheEntry(key: StableHash.of("a"), quickKey: StableHash.of("quick a"),
                                                         stamp: FileStamp(inode: 42, size: 10, modified: 1_700_000_000_123_456_789))
        cache.outputs["b/index.html"] = OutputCacheEntry(key: StableHash.of("b"), quickKey: nil, stamp: FileStamp(inode: 43, size: 11, modified: 7))
        cache.checks[StableHash.of("checks")] = body.diagnostics
        cache.searchEntries[StableHash.of("search")] = .some("{\"url\":\"/a/\"}")
        cache.searchEntries[StableHash.of("not searched")] = .some(nil)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try cache.save(to: folder)
        let read = try #require(BuildCache.load(from: folder))
        #expect(read.linkWorld == cache.linkWorld)
        let entry = try #require(read.markdown[StableHash.of("page")])
        #expect(entry.rendered.html == body.html && entry.rendered.headings == body.headings && entry.rendered.links == body.links)
        #expect(entry.rendered.tables == body.tables && entry.rendered.diagnostics == body.diagnostics)
        // The text is not kept: what reads it (checks, search entries) is kept on its own.
        #expect(entry.rendered.plainText.isEmpty && entry.rendered.paragraphs.isEmpty)
        #expect(entry.links == [LinkDependency(destination: "b.md#x", answer: "rewrite")])
        #expect(entry.data == [DataDependency(name: "burglary", fingerprint: "table 1")])
        #expect(big.html.utf8.count > 3 << 20)
        #expect(read.markdown[StableHash.of("big page")]?.rendered.html == big.html)
        #expect(read.outputFolder == "/tmp/public")
        #expect(read.outputs["a/index.html"]?.stamp == FileStamp(inode: 42, size: 10, modified: 1_700_000_000_123_456_789))
        #expect(read.outputs["a/index.html"]?.key == StableHash.of("a") && read.outputs["a/index.html"]?.quickKey == StableHash.of("quick a"))
        #expect(read.outputs["b/index.html"]?.quickKey == nil && read.outputs["b/index.html"]?.stamp == FileStamp(inode: 43, size: 11, modified: 7))
        #expect(read.checks[StableHash.of("checks")] == body.diagnostics)
        #expect(read.searchEntries[StableHash.of("search")] == .some("{\"url\":\"/a/\"}"))
        #expect(read.searchEntries[StableHash.of("not searched")] == .some(nil))
    }

    @Test("a length or position taken from a damaged file is refused, however large or negative, never followed")
    func wildNumbersAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try CacheWriter.writeFile(named: "wild.bin", in: folder) { writer in
            writer.write(Int.max - 3)
            writer.write(-16)
            writer.write("text")
        }
        let bytes = try #require(CacheReader.bytes(ofFile: folder.appendingPathComponent("wild.bin").path))
        var reader = CacheReader(bytes)
        #expect(throws: CacheReader.Damaged.self) { try reader.string() }
        reader.position = 8
        reader.position = try reader.int()
        #expect(throws: CacheReader.Damaged.self) { try reader.int() }
        #expect(throws: CacheReader.Damaged.self) { try reader.bool() }
        for position in [Int.max, Int.max - 4, Int.min, -1] {
            reader.position = position
            #expect(throws: CacheReader.Damaged.self) { try reader.word() }
            #expect(throws: CacheReader.Damaged.self) { try reader.string() }
        }
        reader.position = 16
        #expect(try reader.string() == "text")
    }

    @Test("a damaged or foreign cache reads as no cache")
    func damagedCache() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var cache = BuildCache()
        cache.outputFolder = "/tmp/public"
        try cache.save(to: folder)
        let file = folder.appendingPathComponent(BuildCache.fileName)
        let good = try Data(contentsOf: file)
        for damaged in [good.prefix(good.count - 1), good + Data([0]), Data(), Data("safersite".utf8)] {
            try damaged.write(to: file)
            #expect(BuildCache.load(from: folder) == nil)
        }
        // A cache of another format version, good in every other way.
        try Data().write(to: file)
        let handle = try FileHandle(forWritingTo: file)
        var other = CacheWriter(file: handle)
        other.write(BuildCache.magic)
        other.write(BuildCache.formatVersion + 1)
        other.write(BuildCache.buildIdentity)
        try other.finish()
        try handle.close()
        #expect(try Data(contentsOf: file).count > BuildCache.magic.utf8.count + 8)
        #expect(BuildCache.load(from: folder) == nil)
    }

    @Test("a template's key covers the partials and parents it uses, and only those")
    func templateFingerprints() {
        func files(_ templates: [String: String]) -> [SourceFile] {
            templates.map { SourceFile(path: "theme/templates/\($0.key).mustache", kind: .template, data: Data($0.value.utf8)) }
        }
        let theme = ["base": "<h1>{{site.title}}</h1>{{$main}}{{/main}}", "page": "{{<base}}{{$main}}{{page.title}}{{/main}}{{/base}}",
                     "home": "{{> partials/list}}", "partials/list": "{{#page.pages}}{{title}}{{/page.pages}}"]
        let before = TemplateFingerprints(templates: files(theme))
        var changed = theme
        changed["partials/list"] = "{{#page.pages}}<b>{{title}}</b>{{/page.pages}}"
        let after = TemplateFingerprints(templates: files(changed))
        #expect(before.key(for: "home") != after.key(for: "home"))
        #expect(before.key(for: "page") == after.key(for: "page"))
        #expect(before.lookups(for: "page") == ["base", "site", "title", "main", "page"])
        #expect(TemplateFingerprints.lookups(in: "{{.}}") == nil)
        #expect(TemplateFingerprints.lookups(in: "{{#sorted(page.params)}}{{/sorted(page.params)}}") == nil)
        #expect(TemplateFingerprints.closure(of: "home", texts: ["home": "{{> missing}}"]) == nil)
    }

    @Test("a context's key ignores values no template looks up, and nothing else")
    func contextKeys() {
        let template = StableHash.of("t")
        let lookups: Set<String> = ["page", "title", "pages"]
        let context: [String: Any] = ["page": ["title": "A", "summary": "one", "pages": [["title": "B"]]]]
        var otherSummary = context
        otherSummary["page"] = ["title": "A", "summary": "two", "pages": [["title": "B"]]]
        var otherListed = context
        otherListed["page"] = ["title": "A", "summary": "one", "pages": [["title": "C"]]]
        let key = ContextHash.key(context, template: template, lookups: lookups, path: "a.html")
        #expect(key != nil)
        #expect(key == ContextHash.key(otherSummary, template: template, lookups: lookups, path: "a.html"))
        #expect(key != ContextHash.key(otherSummary, template: template, lookups: nil, path: "a.html"))
        #expect(key != ContextHash.key(otherListed, template: template, lookups: lookups, path: "a.html"))
        #expect(key != ContextHash.key(context, template: template, lookups: lookups, path: "b.html"))
        #expect(ContextHash.key(["page": 1.5], template: template, lookups: nil, path: "a.html") == nil)
    }

    /// Pinned: if this changes, so do all keys, and `BuildCache.formatVersion` must be bumped.
    static let pinnedAbout = "5144a185d9aee63f959edaa0f893fe77"
}
