import Foundation

/// The render stage's cache: a page file whose template context and templates are the same as
/// when the previous build wrote it is not rendered again; the file already in the output
/// folder is linked into the new output instead (`OutputFile.Contents.existing`).
///
/// When the site model is the previous build's (`SiteModelKey`), a file whose template and own
/// page's body are unchanged is known to be unchanged before its context is made; otherwise the
/// context is made and its key (`ContextHash`) compared. The old file is reused only while its
/// `FileStamp` is as the previous build left it, so a file edited or removed by hand in
/// `public/` is rendered again.
final class OutputCache: @unchecked Sendable {
    /// The output folder, as an absolute path.
    let outputFolder: String
    /// The templates' keys.
    let templates: TemplateFingerprints
    /// The previous build's page files, when it wrote to the same output folder.
    private let previous: [String: OutputCacheEntry]
    private let lock = NSLock()
    /// This build's `SiteModelKey`, once the pages are parsed.
    private var modelKey: CacheKey?
    /// This build's page files' keys, by path inside the output folder.
    private var keys: [String: (context: CacheKey, quick: CacheKey?)] = [:]
    private var reused = 0
    private var reusedByBody = 0

    init(previous: BuildCache, outputFolder: URL, templates: TemplateFingerprints) {
        self.outputFolder = outputFolder.standardizedFileURL.path
        self.templates = templates
        self.previous = previous.outputFolder == self.outputFolder ? previous.outputs : [:]
    }

    /// Sets this build's `SiteModelKey`, before any file is asked for.
    func setModelKey(_ key: CacheKey) {
        lock.withLock { modelKey = key }
    }

    /// The file at `path` for the page whose body is `body`: the earlier file when it is still
    /// right, else the result of `render`. `context` is made only when the site model changed
    /// or this file's inputs did.
    func file(path: String, template: String, body: RenderedMarkdown, context makeContext: () -> [String: Any],
              render: ([String: Any]) -> String) -> OutputFile {
        guard let templateKey = templates.key(for: template) else { return OutputFile(path: path, contents: .text(render(makeContext()))) }
        let full = outputFolder + "/" + path
        let quick = lock.withLock { modelKey }.map { Self.quickKey(model: $0, template: templateKey, path: path, body: body) }
        let earlier = previous[path]
        if let quick, let earlier, earlier.quickKey == quick, FileStamp(path: full) == earlier.stamp {
            keep(path, context: earlier.key, quick: quick, reused: true, byBody: true)
            return OutputFile(path: path, contents: .existing(full))
        }
        let context = makeContext()
        guard let key = ContextHash.key(context, template: templateKey, lookups: templates.lookups(for: template), path: path) else {
            return OutputFile(path: path, contents: .text(render(context)))
        }
        let reusable = earlier.map { $0.key == key && FileStamp(path: full) == $0.stamp } ?? false
        keep(path, context: key, quick: quick, reused: reusable, byBody: false)
        return OutputFile(path: path, contents: reusable ? .existing(full) : .text(render(context)))
    }

    /// How many page files were linked from the previous build instead of rendered.
    var reusedCount: Int { lock.withLock { reused } }

    /// How many of those were known unchanged from their page's body alone, without their
    /// context being made: the site model was the previous build's.
    var reusedByBodyCount: Int { lock.withLock { reusedByBody } }

    /// How many page files were asked for.
    var fileCount: Int { lock.withLock { keys.count } }

    /// This build's entries, with the stamps the files got when they were written.
    func entries(stamps: [String: FileStamp]) -> [String: OutputCacheEntry] {
        lock.withLock {
            var entries: [String: OutputCacheEntry] = [:]
            for (path, key) in keys {
                if let stamp = stamps[path] { entries[path] = OutputCacheEntry(key: key.context, quickKey: key.quick, stamp: stamp) }
            }
            return entries
        }
    }
}

// MARK: - Helpers

private extension OutputCache {
    func keep(_ path: String, context: CacheKey, quick: CacheKey?, reused: Bool, byBody: Bool) {
        lock.withLock {
            keys[path] = (context, quick)
            if reused { self.reused += 1 }
            if byBody { reusedByBody += 1 }
        }
    }

    /// The key of a page file made from an unchanged site model: its templates, its path (which
    /// names its page and its part of a listing), and what its context reads of its page's body.
    static func quickKey(model: CacheKey, template: CacheKey, path: String, body: RenderedMarkdown) -> CacheKey {
        var hash = StableHash()
        hash.feed("page file, site model unchanged")
        hash.feed(model)
        hash.feed(template)
        hash.feed(path)
        hash.feed(SiteModelKey.bodyKey(body))
        return hash.finish()
    }
}
