import Foundation
import Testing
@testable import SaferSiteKit

/// The Markdown stage's cache keeps bodies without their text, so it must render a body again
/// whenever the build would need that text: when the page's findings or search entry are not kept.
@Suite("Markdown cache")
struct MarkdownCacheTests {
    static let page = CheckPage(path: "page.md", title: "Page", body: "Some words in a paragraph.\n\n## A heading\n\nMore words.\n")

    /// The site, and the cache a first build leaves: every body rendered and stored.
    static func firstBuild() -> (MarkdownStage, BuildCache, fileHashes: [String: CacheKey]) {
        let home = CheckPage(path: "index.md", title: "Home", summary: "The home page.", body: "Welcome to the partnership.\n")
        let (site, _) = SiteAssembler(settings: SiteSettings()).assemble([home.parsed(), page.parsed()], assets: [])
        let stage = MarkdownStage(site: site)
        let hashes = Dictionary(uniqueKeysWithValues: site.pages.map { ($0.source, StableHash.of($0.source + $0.body)) })
        let first = MarkdownCache(previous: BuildCache(), fileHashes: hashes) { _, _ in false }
        let bodies = first.renderAll(stage) { $2 }
        #expect(first.reusedCount == 0)
        #expect(bodies.allSatisfy { !$0.plainText.isEmpty })
        var cache = BuildCache()
        cache.markdown = first.entries
        cache.linkWorld = first.linkWorld
        #expect(cache.markdown.values.allSatisfy { $0.rendered.plainText.isEmpty && $0.rendered.paragraphs.isEmpty && !$0.rendered.html.isEmpty })
        return (stage, cache, hashes)
    }

    @Test("a body whose findings and search entry are kept is reused, without its text")
    func reusedWhenDigestKept() {
        let (stage, previous, hashes) = Self.firstBuild()
        let second = MarkdownCache(previous: previous, fileHashes: hashes) { _, _ in true }
        let bodies = second.renderAll(stage) { $2 }
        #expect(second.reusedCount == 2)
        #expect(bodies.allSatisfy { $0.plainText.isEmpty })
    }

    @Test("a body whose findings or search entry are not kept is rendered again, with its text")
    func renderedWhenDigestMissing() {
        let (stage, previous, hashes) = Self.firstBuild()
        let second = MarkdownCache(previous: previous, fileHashes: hashes) { page, _ in page.contentPath != "page.md" }
        let bodies = second.renderAll(stage) { $2 }
        #expect(second.reusedCount == 1)
        let index = stage.site.pages.firstIndex { $0.contentPath == "page.md" }!
        #expect(bodies[index].plainText.contains("Some words in a paragraph."))
        #expect(bodies[index].paragraphs.count == 2)
    }
}
