import Foundation

/// What the build reads from each page body as soon as it is rendered — the page's own content
/// check findings and its search index line — so that the body's text and paragraphs, the
/// largest part of it, can be let go at once instead of being kept for every page until the
/// check stage (on a large site, that halves the bodies' memory).
final class BodyDigest: @unchecked Sendable {
    private let checker: ContentChecker
    private let cache: CacheSession?
    private let lock = NSLock()
    private var findings: [[Diagnostic]?]
    private var lines: [String?]

    /// A digest for a site of `pageCount` pages.
    init(pageCount: Int, today: FrontMatterDate, cache: CacheSession?) {
        self.checker = ContentChecker(today: today)
        self.cache = cache
        findings = Array(repeating: nil, count: pageCount)
        lines = Array(repeating: nil, count: pageCount)
    }

    /// Reads the body of `page`, which is `site.pages[index]` (`bodyKey`: its cache key, nil
    /// when it has none), and returns the body without its plain text and paragraphs, which
    /// nothing after this reads.
    func digest(_ page: Page, index: Int, bodyKey: CacheKey?, _ body: RenderedMarkdown) -> RenderedMarkdown {
        let (own, line) = Self.read(page, body: body, checker: checker, cache: cache, bodyKey: bodyKey)
        lock.withLock {
            findings[index] = own
            lines[index] = line
        }
        return body.withoutText
    }

    /// What the build reads from one body: the page's own content-check findings (nil for a
    /// made-up page) and its search index line (nil when it is not searched), kept in `cache`
    /// under `bodyKey` when both are given.
    static func read(_ page: Page, body: RenderedMarkdown, checker: ContentChecker, cache: CacheSession? = nil,
                     bodyKey: CacheKey? = nil) -> (findings: [Diagnostic]?, searchLine: String?) {
        let findings: [Diagnostic]? = page.isGenerated ? nil : {
            let compute = { checker.pageFindings(page, body: body) }
            guard let cache else { return compute() }
            return cache.checks.value(forKey: bodyKey.map { CacheSession.checksKey(body: $0) }, compute)
        }()
        let compute = { SearchIndexGenerator().line(for: page, body: body) }
        let line = cache.map { $0.searchEntries.value(forKey: bodyKey.map { CacheSession.searchKey(body: $0, outputPath: page.outputPath) }, compute) }
            ?? compute()
        return (findings, line)
    }

    /// Every page's search index line, in `site.pages` order (nil: not searched).
    var searchLines: [String?] { lock.withLock { lines } }

    /// Every page's own content-check findings, in `site.pages` order (nil: a made-up page).
    var pageFindings: [[Diagnostic]?] { lock.withLock { findings } }
}
