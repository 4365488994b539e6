import Foundation
import Testing
@testable import SaferSiteKit

/// `SiteModelKey`: what may change without the page files' contexts changing, and what may not.
@Suite("Site model key")
struct SiteModelKeyTests {
    static let page = "---\ntitle: Aspire\ntopics: [drugs]\n---\n\nThe body.\n\n## More\n"

    /// The model key of a site made of page files (path: text), built with `options`.
    func key(_ files: [(String, String)], settings: String? = "title: T\n", options: BuildOptions? = nil) -> CacheKey {
        let parser = PageParser()
        let pages = files.map { path, text in
            let file = SourceFile(path: "content/" + path, kind: path == "index.md" ? .home : .page, data: Data(text.utf8))
            let page = parser.parse(file).0!
            return (page, SiteModelKey.frontMatterKey(of: file.data, bodyFirstLine: page.bodyFirstLine))
        }
        let settingsFile = settings.map { SourceFile(path: "content/_site.yaml", kind: .settings, data: Data($0.utf8)) }
        return SiteModelKey.key(settings: settingsFile, options: options ?? BuildOptions(source: URL(fileURLWithPath: "/site"), output: nil),
                                pages: pages.map(\.0), frontMatterKeys: pages.map(\.1))
    }

    @Test("an edit to a body leaves the key alone; front matter, paths, settings and options change it")
    func whatCounts() {
        let base = key([("index.md", "---\ntitle: Home\n---\n"), ("aspire.md", Self.page)])
        #expect(base == key([("index.md", "---\ntitle: Home\n---\n"), ("aspire.md", Self.page + "A new paragraph.\n")]))
        #expect(base == key([("index.md", "---\ntitle: Home\n---\n"), ("aspire.md", Self.page.replacingOccurrences(of: "The body.", with: "Another."))]))
        // Blank lines after the front matter belong to the body, which no context reads by line.
        #expect(base == key([("index.md", "---\ntitle: Home\n---\n"), ("aspire.md", Self.page.replacingOccurrences(of: "---\n\n", with: "---\n\n\n"))]))
        let changed = [
            key([("index.md", "---\ntitle: Home\n---\n"), ("aspire.md", Self.page.replacingOccurrences(of: "Aspire", with: "Aspire 2"))]),
            key([("index.md", "---\ntitle: Home\n---\n"), ("aspire.md", Self.page.replacingOccurrences(of: "[drugs]", with: "[drugs, knives]"))]),
            // A comment in the front matter moves where the body starts.
            key([("index.md", "---\ntitle: Home\n---\n"), ("aspire.md", Self.page.replacingOccurrences(of: "---\n\n", with: "# note\n---\n\n"))]),
            key([("index.md", "---\ntitle: Home\n---\n"), ("aspire-renamed.md", Self.page)]),
            key([("index.md", "---\ntitle: Home\n---\n")]),
            key([("index.md", "---\ntitle: Home\n---\n"), ("aspire.md", Self.page)], settings: "title: Other\n"),
            key([("index.md", "---\ntitle: Home\n---\n"), ("aspire.md", Self.page)], settings: nil),
            key([("index.md", "---\ntitle: Home\n---\n"), ("aspire.md", Self.page)],
                options: BuildOptions(source: URL(fileURLWithPath: "/site"), output: nil, includeDrafts: true)),
            key([("index.md", "---\ntitle: Home\n---\n"), ("aspire.md", Self.page)],
                options: BuildOptions(source: URL(fileURLWithPath: "/site"), output: nil, baseURL: "https://example.org/")),
        ]
        for (index, other) in changed.enumerated() { #expect(other != base, "change \(index)") }
        #expect(Set(changed).count == changed.count)
    }

    @Test("the body key covers what a context reads of a body: its HTML and its headings")
    func bodyKey() {
        let body = RenderedMarkdown(html: "<h2 id=\"more\">More</h2>\n", headings: [Heading(level: 2, text: "More", id: "more", line: 8)])
        var otherHTML = body
        otherHTML.html += "<p>x</p>\n"
        var otherHeading = body
        otherHeading.headings[0].id = "more-1"
        var otherLevel = body
        otherLevel.headings[0].level = 3
        var otherLine = body
        otherLine.headings[0].line = 9
        #expect(SiteModelKey.bodyKey(body) == SiteModelKey.bodyKey(otherLine))
        let keys = [body, otherHTML, otherHeading, otherLevel].map(SiteModelKey.bodyKey)
        #expect(Set(keys).count == 4)
    }
}
