import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import FuzzHarness
import SaferSiteKit
import Testing
import Diagnostics

/// Text from front matter, settings and data cells is inert wherever it is published: the page
/// body, `<title>`, meta tags, attributes, menus, tables and SVG charts.
///
/// To cover a new output (a search index, a feed, a sitemap), add its check to `formatChecks`
/// and the places it shows text to `places`.
@Suite("escaping", .serialized)
struct EscapingTests {
    /// Everything at once that could end a tag, an attribute or the title, or start a script;
    /// the last part hides a quote behind a combining mark (one character, two scalars).
    static let payload = #"<script>alert(1)</script> "><img src=x onerror=alert(2)> 'onmouseover='alert(3) Fish & Chips </title> javascript:alert(4)"# + " x\"\u{301} onfocus=alert(5) autofocus x"

    /// The payload as YAML writes it in single quotes.
    static let yaml = "'" + payload.replacingOccurrences(of: "'", with: "''") + "'"

    /// How the payload's dangerous parts must look once published.
    static let escapedParts = ["&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;", "Fish &amp; Chips", "&lt;/title&gt;",
                                "x&quot;\u{301} onfocus=alert(5)"]

    /// A place in a published HTML file where front matter or data text appears.
    struct Place: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        /// The text between these two markers (the first `start`, then the next `end`).
        var start: String
        var end: String
        var testDescription: String { "\(name) in \(file)" }
    }

    static let places: [Place] = [
        Place(name: "<title>", file: "news/evil/index.html", start: "<title>", end: "</title>"),
        Place(name: "meta description", file: "news/evil/index.html", start: #"<meta name="description" content=""#, end: #"""#),
        Place(name: "<h1>", file: "news/evil/index.html", start: "<h1", end: "</h1>"),
        Place(name: "site name in the header", file: "news/evil/index.html", start: #"class="site-header__name""#, end: "</a>"),
        Place(name: "menu item", file: "news/evil/index.html", start: #"class="site-nav__link""#, end: "</a>"),
        Place(name: "table caption", file: "news/evil/index.html", start: "<caption", end: "</caption>"),
        Place(name: "table cell", file: "news/evil/index.html", start: "<tbody", end: "</tbody>"),
        Place(name: "SVG chart", file: "news/evil/index.html", start: "<svg", end: "</svg>"),
        Place(name: "key figures", file: "news/evil/index.html", start: #"class="key-figures"#, end: "</ul>"),
        Place(name: "listing on the section page", file: "news/index.html", start: "<main", end: "</main>"),
        Place(name: "topic page", file: "topics/index.html", start: "<main", end: "</main>"),
    ]

    /// The theme's own script, on every page: the one script tag a page may hold, since it is
    /// the theme's and no text from the content reaches it.
    static let themeScript = #"<script src="/js/site.js" defer></script>"#

    /// `html` without the theme's own script tag, for `FuzzOracle.unsafeParts`.
    static func withoutThemeScript(_ html: String) -> String {
        html.replacingOccurrences(of: themeScript, with: "")
    }

    /// What every published file of a kind must satisfy, by file extension.
    static let formatChecks: [String: @Sendable (String, String) -> Void] = [
        "html": { path, text in
            let problems = FuzzOracle.unsafeParts(of: EscapingTests.withoutThemeScript(text))
            #expect(problems.isEmpty, "\(path): \(problems)")
            let head = text.components(separatedBy: "</head>")[0]
            #expect(head.components(separatedBy: "</title>").count == 2, "\(path) must have exactly one </title> in its head")
            #expect(!text.contains("\(payload)"), "\(path) holds the payload unescaped")
        },
        "xml": { path, text in
            #expect(!text.contains("<script"), "\(path)")
            #expect(!text.contains(payload), "\(path)")
            #expect(XMLParser(data: Data(text.utf8)).parse(), "\(path) is not well-formed XML")
        },
        "json": { path, text in
            #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "\(path) is not JSON")
            #expect(!text.contains("</script"), "\(path) could end a <script> block it is inlined into")
        },
    ]

    /// A site with the payload in every field a person can write.
    static func evilSite() throws -> HostileSite {
        let site = try HostileSite()
        try site.write("_site.yaml", """
            title: \(yaml)
            base_url: https://example.org/
            menus:
              main:
                - {name: \(yaml), page: news/evil.md}
            """)
        try site.write("news/evil.md", """
            ---
            title: \(yaml)
            summary: \(yaml)
            date: 2015-06-01
            review_by: 2030-01-01
            topics: [\(yaml)]
            data:
              evil:
                kind: trend
                caption: \(yaml)
                source: \(yaml)
                unit: count
                periods: ["2013/14", "2014/15"]
                rows:
                  - measure: \(yaml)
                    area: \(yaml)
                    better: lower
                    values: [10, 12]
              facts:
                kind: figures
                caption: \(yaml)
                source: \(yaml)
                figures:
                  - {value: 43, label: \(yaml)}
            ---
            Body text with the payload escaped by Markdown: \\<script\\>alert(5)\\</script\\>.

            ```table evil
            ```

            ```chart evil
            ```

            ```figures facts
            ```
            """)
        return site
    }

    @Test("hostile front matter, settings and data build, and every published file is inert")
    func everyFileIsInert() throws {
        let site = try Self.evilSite()
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 0, "\(run.stderr)")
        let files = CLI.tree(site.output)
        #expect(files["news/evil/index.html"] != nil)
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            guard let check = Self.formatChecks[(path as NSString).pathExtension] else { continue }
            check(path, String(decoding: data, as: UTF8.self))
        }
    }

    @Test("the search index, the Atom feed and the sitemap carry the payload inert")
    func servicesAreInert() throws {
        let site = try Self.evilSite()
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 0, "\(run.stderr)")
        let files = CLI.tree(site.output).mapValues { String(decoding: $0, as: UTF8.self) }
        let index = try #require(files["search-index.json"])
        #expect(index.contains(#"\u003cscript\u003ealert(1)\u003c/script\u003e"#))
        let feed = try #require(files["feed.xml"])
        #expect(feed.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(XMLParser(data: Data(feed.utf8)).parse())
        let sitemap = try #require(files["sitemap.xml"])
        #expect(XMLParser(data: Data(sitemap.utf8)).parse())
    }

    @Test("the payload reaches each place, escaped", arguments: places)
    func placeShowsEscapedText(_ place: Place) throws {
        let site = try Self.evilSite()
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 0, "\(run.stderr)")
        let html = site.published(place.file)
        guard let start = html.range(of: place.start),
              let end = html[start.upperBound...].range(of: place.end) else {
            Issue.record("\(place.name) not found in \(place.file)")
            return
        }
        let text = html[start.upperBound..<end.lowerBound]
        for part in Self.escapedParts where place.name != "SVG chart" || !part.contains("title") {
            #expect(text.contains(part), "\(place.name) lacks \(part): \(text.prefix(400))")
        }
    }

    @Test("raw HTML in Markdown is left out unless the site opts in")
    func rawHTMLIsOffByDefault() throws {
        let site = try HostileSite()
        defer { site.remove() }
        try site.write("raw.md", HostileSite.page(title: "Raw", body: "<script>alert(1)</script>\n\n<p onclick=\"alert(2)\">Hi</p>\n\nText <img src=x onerror=alert(3)> here."))
        let run = try site.build()
        #expect(run.status == 0, "\(run.stderr)")
        let html = site.published("raw/index.html")
        let problems = FuzzOracle.unsafeParts(of: Self.withoutThemeScript(html))
        #expect(problems.isEmpty, "\(problems)")
        #expect(html.contains("<!-- raw HTML omitted -->"))

        try site.write("_site.yaml", "raw_html: true\n")
        let optedIn = try site.build()
        #expect(optedIn.status == 0, "\(optedIn.stderr)")
        // Opted in, raw HTML passes through the sanitiser (RawHTMLSanitizerTests): the element stays, its handler goes.
        #expect(site.published("raw/index.html").contains(#"<p>Hi</p>"#))
        #expect(FuzzOracle.unsafeParts(of: Self.withoutThemeScript(site.published("raw/index.html"))).isEmpty)
    }

    @Test("javascript:, vbscript:, data: and file: links are refused in Markdown, raw HTML on or off", arguments: [
        "[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))", "[click](java&#x09;script:alert(1))",
        "<javascript:alert(1)>", "[click](vbscript:msgbox)", "![pixel](data:image/png;base64,AAAA)",
        "[click](data:text/html,<script>alert(1)</script>)", "[click](file:///etc/passwd)", "[click][ref]\n\n[ref]: javascript:alert(1)",
    ])
    func unsafeLinksAreRefused(_ markdown: String) throws {
        for rawHTML in [false, true] {
            let site = try HostileSite()
            defer { site.remove() }
            try site.write("_site.yaml", "raw_html: \(rawHTML)\n")
            try site.write("links.md", HostileSite.page(title: "Links", body: markdown))
            let run = try site.build()
            #expect(run.status == 1, "raw_html: \(rawHTML): \(run.stderr)")
            #expect(run.stderr.contains("content/links.md:6:"), "\(run.stderr)")
            #expect(run.stderr.contains("are not allowed, because they can run code or hide content"), "\(run.stderr)")
        }
    }

    @Test("a menu link to javascript: in the settings is refused")
    func unsafeMenuLink() throws {
        let site = try HostileSite()
        defer { site.remove() }
        try site.write("_site.yaml", "menus:\n  main:\n    - {name: Click, url: \"javascript:alert(1)\"}\n")
        let run = try site.build()
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/_site.yaml:3:26: error: " + MarkdownMessages.unsafeScheme("javascript")), "\(run.stderr)")
    }
}
