import Foundation

/// The Markdown stage's cache: a page body is rendered again only when something it was made
/// from changed.
///
/// A body is made from its page's file (body and front matter, whose `data:` tables it may
/// show), its address and file path, the site's raw-HTML setting, where each of its links leads
/// and the shared data tables it shows. The first four make the entry's `localKey`; the links and
/// tables are noted while rendering (`DependencyRecorder`) and checked on reuse: the link answers
/// only when some page's address or some file's path changed since (`linkWorld`), the tables by
/// their fingerprints.
final class MarkdownCache: @unchecked Sendable {
    /// The previous build's bodies.
    let previous: BuildCache
    /// The hash of each source file's bytes, by path inside the source folder.
    let fileHashes: [String: CacheKey]
    /// This build's `linkWorld`.
    private(set) var linkWorld = CacheKey(high: 0, low: 0)
    /// This build's bodies, for the next build, by `localKey`.
    private(set) var entries: [CacheKey: MarkdownCacheEntry] = [:]
    /// How many bodies the site has.
    private(set) var bodyCount = 0
    /// How many bodies were taken from the cache.
    private(set) var reusedCount = 0

    /// Whether the build keeps what it reads from a page's body text (its findings and search
    /// entry) under the given `bodyKey`: a cached body has no text, so without those it is
    /// rendered again.
    private let hasDigest: @Sendable (Page, CacheKey) -> Bool

    init(previous: BuildCache, fileHashes: [String: CacheKey], hasDigest: @escaping @Sendable (Page, CacheKey) -> Bool) {
        self.previous = previous
        self.fileHashes = fileHashes
        self.hasDigest = hasDigest
    }

    /// Every body of the stage's site, reusing cached ones that are still right. Each body is
    /// passed to `each` as soon as it is made, with its `bodyKey` when the page has a file of its
    /// own (nil otherwise); what `each` returns is what the build keeps. The cache keeps bodies
    /// without their text, so a body is reused only while `each` needs no text: while the
    /// page's findings and search entry are kept too (`hasDigest`).
    func renderAll(_ stage: MarkdownStage, each: @Sendable (Int, CacheKey?, RenderedMarkdown) -> RenderedMarkdown) -> [RenderedMarkdown] {
        let site = stage.site
        linkWorld = Self.linkWorld(site, links: stage.links)
        let linksUnchanged = linkWorld == previous.linkWorld
        let fingerprints = Self.dataFingerprints(site)
        let results = ParallelMap.map(site.pages.count) { index -> (RenderedMarkdown, CacheKey?, MarkdownCacheEntry?, Bool) in
            let page = site.pages[index]
            guard let key = localKey(page, rawHTML: site.settings.rawHTML) else {
                return (each(index, nil, stage.render(page)), nil, nil, false)
            }
            let memoKey = { (entry: MarkdownCacheEntry) -> CacheKey? in
                page.isGenerated || self.fileHashes[page.source] == nil ? nil : Self.bodyKey(localKey: key, entry)
            }
            if let old = previous.markdown[key],
               old.data.allSatisfy({ fingerprints[$0.name, default: Self.absent] == $0.fingerprint }),
               linksUnchanged || old.links.allSatisfy({
                   LinkDependency.answer(stage.links.resolveUnrecorded($0.destination, fromFolder: page.contentFolder, pageURL: page.url)) == $0.answer
               }),
               // An empty body has no text to miss.
               page.body.isEmpty || memoKey(old).map({ hasDigest(page, $0) }) == true {
                return (each(index, memoKey(old), old.rendered), key, old, true)
            }
            let recorder = DependencyRecorder()
            let rendered = stage.render(page, recordingInto: recorder)
            let data = recorder.dataNames.map { DataDependency(name: $0, fingerprint: fingerprints[$0, default: Self.absent]) }
            var entry = MarkdownCacheEntry(links: recorder.links, data: data, rendered: rendered)
            let kept = each(index, memoKey(entry), rendered)
            entry.rendered = rendered.withoutText
            return (kept, key, entry, false)
        }
        bodyCount = results.count
        for (_, key, entry, _) in results { if let key, let entry { entries[key] = entry } }
        reusedCount = results.filter(\.3).count
        return results.map(\.0)
    }

    /// A key for a page's own inputs; nil for a made-up page that keeps data tables in its
    /// front matter (made-up pages have none; caching one is not worth a key for its metadata).
    func localKey(_ page: Page, rawHTML: Bool) -> CacheKey? {
        var hash = StableHash()
        hash.feed("markdown")
        hash.feed(rawHTML)
        hash.feed(page.source)
        hash.feed(page.contentPath)
        hash.feed(page.url)
        hash.feed(page.bodyFirstLine)
        hash.feed(page.body)
        if let file = fileHashes[page.source] {
            hash.feed(file)
        } else if page.meta.entry("data") != nil {
            return nil
        }
        return hash.finish()
    }

    /// A key for everything a body was made from: its page's own inputs, its links' answers and
    /// its tables' fingerprints.
    static func bodyKey(localKey: CacheKey, _ entry: MarkdownCacheEntry) -> CacheKey {
        var hash = StableHash()
        hash.feed(localKey)
        hash.feed(entry.links.count)
        for link in entry.links {
            hash.feed(link.destination)
            hash.feed(link.answer)
        }
        hash.feed(entry.data.count)
        for data in entry.data {
            hash.feed(data.name)
            hash.feed(data.fingerprint)
        }
        return hash.finish()
    }

    /// The hash of every page's address and every content file's path: all a link answer reads.
    static func linkWorld(_ site: Site, links: LinkResolver) -> CacheKey {
        var hash = StableHash()
        hash.feed("links")
        for (path, url) in links.pageURLs.sorted(by: { $0.key < $1.key }) {
            hash.feed(path)
            hash.feed(url)
        }
        hash.feed(links.assetPaths.count)
        for path in links.assetPaths.sorted() { hash.feed(path) }
        return hash.finish()
    }

    /// A fingerprint of each shared data table: a hash of its full contents, or `broken`.
    static func dataFingerprints(_ site: Site) -> [String: String] {
        var fingerprints: [String: String] = [:]
        for name in site.brokenData { fingerprints[name] = "broken" }
        for (name, table) in site.data {
            // `dump` writes every stored property; the tables hold no dictionaries or sets, so
            // the text is the same in every run.
            var text = ""
            dump(table, to: &text)
            fingerprints[name] = "table " + StableHash.of(text).description
        }
        return fingerprints
    }

    static let absent = "absent"
}
