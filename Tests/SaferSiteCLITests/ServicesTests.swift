import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The services fixture built end to end through the real `safersite` executable and the real
/// theme: sitemap, robots.txt, Atom feed, search index and search page.
@Suite("safersite build: sitemap, feed, search", .serialized)
struct ServicesTests {
    /// The project's own theme, since the search template lives there.
    let theme = CLI.packageRoot.appendingPathComponent("theme").path
    let site = CLI.fixtures.appendingPathComponent("services-site").path

    /// Builds the fixture into a fresh folder and returns that folder's files as text.
    func build(_ extra: [String] = []) throws -> [String: String] {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        // A copy: a build keeps its cache in the source folder, which must not be the repository's.
        let source = work.appendingPathComponent("site")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: site), to: source)
        let result = try CLI.run(["build", "--source", source.path, "--theme", theme, "--output", output.path] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("error:"), "\(result.stderr)")
        return CLI.tree(output).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    static func xml(_ text: String?) throws -> XMLElement {
        let text = try #require(text)
        return try #require(try XMLDocument(data: Data(text.utf8), options: []).rootElement())
    }

    static func elements(_ node: XMLNode, _ name: String) -> [XMLElement] {
        (node.children ?? []).compactMap { $0 as? XMLElement }.filter { ($0.localName ?? $0.name) == name }
    }

    static func text(_ node: XMLNode, _ name: String) -> String? {
        elements(node, name).first?.stringValue
    }

    @Test("sitemap.xml lists every published page by absolute URL, without drafts or the 404 page")
    func sitemap() throws {
        let files = try build()
        let root = try Self.xml(files["sitemap.xml"])
        #expect(root.name == "urlset")
        #expect(root.uri == "http://www.sitemaps.org/schemas/sitemap/0.9")
        let locs = Self.elements(root, "url").compactMap { Self.text($0, "loc") }
        #expect(locs.allSatisfy { $0.hasPrefix("https://www.example.gov.uk/") })
        #expect(locs.contains("https://www.example.gov.uk/projects/aspire/"))
        #expect(locs.contains("https://www.example.gov.uk/partnerships/oxford/trends/"))
        #expect(!locs.contains { $0.contains("404") || $0.contains("hidden") })
        let pageCount = files.keys.filter { $0.hasSuffix("index.html") }.count
        #expect(locs.count == pageCount, "one url per page but 404.html")
        let about = try #require(Self.elements(root, "url").first { Self.text($0, "loc") == "https://www.example.gov.uk/about/" })
        #expect(Self.text(about, "lastmod") == "2015-06-03")
    }

    @Test("robots.txt allows everything and points at the sitemap")
    func robots() throws {
        #expect(try build()["robots.txt"] == "User-agent: *\nAllow: /\n\nSitemap: https://www.example.gov.uk/sitemap.xml\n")
    }

    @Test("feed.xml is Atom with the dated pages newest first, absolute links and RFC 3339 dates")
    func feed() throws {
        let root = try Self.xml(try build()["feed.xml"])
        #expect(root.uri == "http://www.w3.org/2005/Atom")
        #expect(Self.text(root, "title") == "Services Partnership")
        #expect(Self.text(root, "updated") == "2015-06-01T00:00:00Z")
        let entries = Self.elements(root, "entry")
        #expect(entries.compactMap { Self.text($0, "title") } == [
            "Business plan published", "Café watch launched", "Lock up: \"</script>\" & <b>tips</b>",
            "Crime trends in Oxford", "Scrutiny report",
        ])
        let cafe = entries[1]
        #expect(Self.text(cafe, "published") == "2015-04-15T10:30:00+01:00")
        #expect(Self.text(cafe, "id") == "https://www.example.gov.uk/news/cafe-watch/")
        #expect(Self.text(entries[4], "updated") == "2014-09-30T00:00:00Z")
    }

    @Test("search-index.json holds every published page but the search page, escaped and complete")
    func searchIndex() throws {
        let text = try #require(try build()["search-index.json"])
        for raw in ["</script>", "<b>", "\u{202E}"] { #expect(!text.contains(raw)) }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let pages = try #require(object["pages"] as? [[String: Any]])
        let urls = pages.compactMap { $0["url"] as? String }
        #expect(!urls.contains("/search/"))
        #expect(!urls.contains("/404.html"))
        #expect(!urls.contains("/projects/hidden/"))
        let aspire = try #require(pages.first { $0["url"] as? String == "/projects/aspire/" })
        #expect(aspire["title"] as? String == "ASPIRE")
        #expect(aspire["headings"] as? [String] == ["Outcomes", "Who it helps"])
        #expect(aspire["topics"] as? [String] == ["reoffending"])
        #expect(aspire["district"] as? String == "oxfordshire")
        #expect((aspire["text"] as? String)?.contains("43 people") == true)
        let lockUp = try #require(pages.first { $0["url"] as? String == "/news/lock-up/" })
        #expect(lockUp["title"] as? String == "Lock up: \"</script>\" & <b>tips</b>")
        #expect((lockUp["summary"] as? String)?.contains("\u{202E}") == true)
    }

    @Test("the search page has a labelled search form, a live status, the script, and links for when JavaScript is off")
    func searchPage() throws {
        let files = try build()
        let html = try #require(files["search/index.html"])
        #expect(html.contains(#"<form id="search-form" class="search-form" role="search" action="/search/" method="get""#))
        #expect(html.contains(#"<label class="search-form__label" for="search-input">"#))
        #expect(html.contains(#"id="search-input" name="q" type="search""#))
        #expect(html.contains(#"role="status" aria-live="polite""#))
        #expect(html.contains(#"<script src="/js/search.js" defer></script>"#))
        #expect(html.contains(#"<a href="/topics/">"#))
        #expect(html.contains(#"<a href="/sitemap.xml">"#))
        #expect(files["js/search.js"] != nil)
        let script = try #require(files["js/search.js"])
        #expect(script.utf8.count < 4096)
        #expect(!script.contains("innerHTML"))
    }

    @Test("without a base URL: no sitemap or feed, robots.txt without a Sitemap line, search still works")
    func noBaseURL() throws {
        let files = try build(["--base-url", ""])
        #expect(files["sitemap.xml"] == nil)
        #expect(files["feed.xml"] == nil)
        #expect(files["robots.txt"] == "User-agent: *\nAllow: /\n")
        #expect(files["search-index.json"] != nil)
        #expect(files["search/index.html"]?.contains(#"href="/sitemap.xml""#) == false, "no link to a sitemap that is not there")
    }

    @Test("Markdown links to the generated files are not reported as broken")
    func linksToGeneratedFiles() throws {
        let copy = try CLI.copyOfFixture("services-site")
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        let index = copy.appendingPathComponent("content/index.md")
        let text = try String(contentsOf: index, encoding: .utf8)
        try (text + "\n[Updates](/feed.xml), [every page](/sitemap.xml), [robots](/robots.txt).\n").write(to: index, atomically: true, encoding: .utf8)
        let output = copy.deletingLastPathComponent().appendingPathComponent("public")
        let result = try CLI.run(["build", "--source", copy.path, "--theme", theme, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("/feed.xml"), "\(result.stderr)")
    }
}
