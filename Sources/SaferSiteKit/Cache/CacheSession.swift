import Foundation

/// One build's use of the build cache: the previous build's cache, read at the start, and the
/// stages' caches, whose entries become the next build's cache once the output is written.
///
/// Only entries this build used are kept, so the cache never holds more than one site's worth.
final class CacheSession: @unchecked Sendable {
    /// The cache folder, `.safersite-cache/` in the source folder.
    let folder: URL
    /// The previous build's cache; empty when there was none, or it could not be used.
    let previous: BuildCache
    /// The Markdown stage's cache.
    let markdown: MarkdownCache
    /// The render stage's cache, when the build writes an output folder.
    let outputs: OutputCache?

    /// Starts from the previous build's cache (`BuildCache.load`, or an empty one) and hashes
    /// the source files every key starts from.
    init(folder: URL, previous: BuildCache, tree: SourceTree, output: URL?) {
        self.folder = folder
        self.previous = previous
        let pageFiles = tree.files.filter { [.home, .sectionIndex, .page].contains($0.kind) }
        let hashes = ParallelMap.map(pageFiles.count) { StableHash.of(pageFiles[$0].data) }
        let checks = PageMemo(previous: previous.checks)
        let searchEntries = PageMemo(previous: previous.searchEntries)
        self.checks = checks
        self.searchEntries = searchEntries
        markdown = MarkdownCache(previous: previous, fileHashes: Dictionary(zip(pageFiles.map(\.path), hashes), uniquingKeysWith: { a, _ in a })) { page, bodyKey in
            checks.hasPrevious(Self.checksKey(body: bodyKey))
                && searchEntries.hasPrevious(Self.searchKey(body: bodyKey, outputPath: page.outputPath))
        }
        outputs = output.map { OutputCache(previous: previous, outputFolder: $0, templates: TemplateFingerprints(templates: tree.files(.template))) }
    }

    /// Each page's own content-check findings, kept until its body or file changes.
    let checks: PageMemo<[Diagnostic]>
    /// Each page's search index entry, kept until its body or file changes.
    let searchEntries: PageMemo<String?>

    /// The key of a page's own content-check findings: its body (none of those checks reads the day).
    static func checksKey(body: CacheKey) -> CacheKey {
        var hash = StableHash()
        hash.feed("checks")
        hash.feed(body)
        return hash.finish()
    }

    /// The key of a page's search entry: its body, and where the page is published.
    static func searchKey(body: CacheKey, outputPath: String) -> CacheKey {
        var hash = StableHash()
        hash.feed("search")
        hash.feed(body)
        hash.feed(outputPath)
        return hash.finish()
    }

    /// What was reused, for the report.
    var reuse: CacheReuse {
        CacheReuse(bodies: markdown.bodyCount, bodiesReused: markdown.reusedCount,
                   pageFiles: outputs?.fileCount ?? 0, pageFilesReused: outputs?.reusedCount ?? 0,
                   pageFilesReusedByBody: outputs?.reusedByBodyCount ?? 0)
    }

    /// Writes this build's cache, once its output is in place. `stamps` are the written files'.
    /// A cache that cannot be written (a read-only source folder) only makes the next build slower.
    func save(stamps: [String: FileStamp]) {
        var next = BuildCache()
        next.linkWorld = markdown.linkWorld
        next.markdown = markdown.entries
        next.checks = checks.entries
        next.searchEntries = searchEntries.entries
        if let outputs {
            next.outputFolder = outputs.outputFolder
            next.outputs = outputs.entries(stamps: stamps)
        }
        try? next.save(to: folder)
    }
}

/// How much of a build the build cache saved.
public struct CacheReuse: Sendable, Equatable {
    /// Page bodies (Markdown) in the site.
    public var bodies: Int
    /// Page bodies taken from the cache rather than rendered.
    public var bodiesReused: Int
    /// Page files (HTML) made.
    public var pageFiles: Int
    /// Page files linked from the previous build rather than rendered and written.
    public var pageFilesReused: Int
    /// Of those, the files known unchanged from their page's body alone, their template
    /// values not even made: no page's front matter, nor the settings, had changed.
    public var pageFilesReusedByBody: Int
}
