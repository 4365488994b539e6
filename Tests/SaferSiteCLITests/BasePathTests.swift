import Foundation
import Testing

/// A site published under a path of its host (`base_url: https://www.example-council.gov.uk/community-safety`),
/// built through the real `safersite` executable and the project's theme: every address a browser
/// is sent to starts with the path, and the files are still written at the root of the output.
@Suite("safersite build: a site under a path", .serialized)
struct BasePathTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path
    static let root = "/community-safety/"
    static let base = "https://www.example-council.gov.uk/community-safety/"

    /// A copy of the path-site fixture in a fresh folder (`work/site`): a build keeps its cache in
    /// the source folder, which must not be the repository's.
    static func fixtureCopy() throws -> (work: URL, source: URL) {
        let work = try CLI.temporaryFolder()
        let source = work.appendingPathComponent("site")
        try FileManager.default.copyItem(at: CLI.fixtures.appendingPathComponent("path-site"), to: source)
        return (work, source)
    }

    /// Builds the path-site fixture (a copy) and returns its output's files as text.
    func build(_ extra: [String] = []) throws -> [String: String] {
        let (work, source) = try Self.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        let result = try CLI.run(["build", "--source", source.path, "--theme", theme, "--output", output.path] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("error:") && !result.stderr.contains("warning:"), "\(result.stderr)")
        return CLI.tree(output).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    /// Every `href="..."`, `src="..."`, `action="..."` and `data-index="..."` value of an HTML page.
    static func addresses(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"(?:href|src|action|data-index|content)="([^"]*)""#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
            Range($0.range(at: 1), in: html).map { String(html[$0]) }
        }
    }

    @Test("every root-relative address in every page starts with the site's path; files are written at the root of the output")
    func everyAddressUnderThePath() throws {
        let files = try build()
        #expect(files["index.html"] != nil && files["about/index.html"] != nil && files["news/page/2/index.html"] != nil)
        #expect(!files.keys.contains { $0.hasPrefix("community-safety/") })
        let pages = files.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count >= 10)
        for (path, html) in pages {
            for address in Self.addresses(html) where address.hasPrefix("/") && !address.hasPrefix("//") {
                #expect(address.hasPrefix(Self.root), "\(path): \(address)")
            }
        }
    }

    @Test("links from Markdown, menus, breadcrumbs, listings, pagination, topics, assets and downloads carry the path")
    func pageAddresses() throws {
        let files = try build()
        let home = try #require(files["index.html"])
        for wanted in [#"<link rel="stylesheet" href="/community-safety/css/site.css">"#,
                       #"<script src="/community-safety/js/site.js" defer>"#,
                       #"type="application/atom+xml" title="Safer Anytown Partnership updates" href="/community-safety/feed.xml">"#,
                       #"<a class="site-header__name" href="/community-safety/">"#,
                       #"<a class="site-nav__link" href="/community-safety/about/">About</a>"#,
                       #"<a href="/community-safety/contact/">Contact us</a>"#,
                       #"<a href="/community-safety/feed.xml">Updates feed</a>"#,
                       #"<a href="https://www.example-council.gov.uk/">The council</a>"#,
                       #"<a class="entry-points__link" href="/community-safety/news/">Read the news</a>"#,
                       // Written `/about/` is read from the site's root; `/community-safety/news/` is kept.
                       #"<a href="/community-safety/about/">about us</a>"#, #"<a href="/community-safety/news/">the news</a>"#,
                       #"<a href="/community-safety/search/">Search the site</a>"#,
                       #"src="/community-safety/files/crest.png""#,
                       #"<link rel="canonical" href="https://www.example-council.gov.uk/community-safety/">"#,
                       #"--site-address: "https://www.example-council.gov.uk""#] {
            #expect(home.contains(wanted), "index.html lacks \(wanted)")
        }
        let about = try #require(files["about/index.html"])
        for wanted in [#"href="/community-safety/contact/#write-to-us""#, #"href="/community-safety/files/plan.txt""#,
                       #"href="/community-safety/.well-known/security.txt""#, #"href="/community-safety/data/crime.csv""#,
                       #"<a href="/community-safety/">Home</a>"#, #"href="/community-safety/topics/burglary/""#,
                       #"<a class="site-nav__link" href="/community-safety/about/" aria-current="page">About</a>"#] {
            #expect(about.contains(wanted), "about/index.html lacks \(wanted)")
        }
        let news = try #require(files["news/index.html"])
        #expect(news.contains(#"<a class="site-nav__link" href="/community-safety/news/" aria-current="page">News</a>"#))
        #expect(news.contains(#"href="/community-safety/news/page/2/" rel="next""#), "\(news)")
        #expect(news.contains(#"<a href="/community-safety/news/item-3/">News item 3</a>"#))
        let second = try #require(files["news/page/2/index.html"])
        #expect(second.contains(#"<link rel="canonical" href="https://www.example-council.gov.uk/community-safety/news/page/2/">"#))
        let item = try #require(files["news/item-1/index.html"])
        #expect(item.contains(#"<a class="site-nav__link" href="/community-safety/news/" aria-current="true">News</a>"#))
        #expect(item.contains(#"href="/community-safety/about/">about page</a>"#))
    }

    @Test("the search page and its index, the 404 page and the redirect pages lead under the path")
    func searchAnd404() throws {
        let files = try build()
        let search = try #require(files["search/index.html"])
        #expect(search.contains(#"action="/community-safety/search/" method="get" data-index="/community-safety/search-index.json""#))
        #expect(search.contains(#"<script src="/community-safety/js/search.js" defer>"#))
        #expect(search.contains(#"<a href="/community-safety/topics/">browse pages by topic</a>"#))
        #expect(search.contains(#"<a href="/community-safety/sitemap.xml">"#))
        let index = try #require(files["search-index.json"]?.data(using: .utf8))
        let pages = try #require((try JSONSerialization.jsonObject(with: index) as? [String: Any])?["pages"] as? [[String: Any]])
        let urls = pages.compactMap { $0["url"] as? String }
        #expect(urls.count == pages.count && urls.count >= 6)
        #expect(urls.allSatisfy { $0.hasPrefix(Self.root) }, "\(urls)")
        #expect(urls.contains("/community-safety/about/"))

        // Served for a missing address at any depth, so every link is from the root, with the path.
        let notFound = try #require(files["404.html"])
        for wanted in [#"<a href="/community-safety/">home page</a>"#, #"<a href="/community-safety/news/">news</a>"#,
                       #"<a href="/community-safety/search/">search the site</a>"#, #"href="/community-safety/css/site.css""#] {
            #expect(notFound.contains(wanted), "404.html lacks \(wanted)")
        }
        let moved = try #require(files["who-we-are/index.html"])
        #expect(moved.contains(#"<meta http-equiv="refresh" content="0; url=/community-safety/about/">"#))
        #expect(moved.contains(#"<a href="/community-safety/about/">About the partnership</a>"#))
        #expect(moved.contains(#"<link rel="canonical" href="https://www.example-council.gov.uk/community-safety/about/">"#))
    }

    @Test("the feed, sitemap and robots.txt give absolute addresses under the path, with no doubled path")
    func absoluteAddresses() throws {
        let files = try build()
        let feed = try #require(files["feed.xml"])
        #expect(feed.contains(#"<id>https://www.example-council.gov.uk/community-safety/</id>"#))
        #expect(feed.contains(#"<link rel="self" type="application/atom+xml" href="https://www.example-council.gov.uk/community-safety/feed.xml"/>"#))
        #expect(feed.contains("<id>https://www.example-council.gov.uk/community-safety/news/item-3/</id>"))
        #expect(feed.contains("href=&quot;https://www.example-council.gov.uk/community-safety/about/&quot;"), "\(feed)")
        #expect(!feed.contains("community-safety/community-safety"))
        let sitemap = try #require(files["sitemap.xml"])
        let locs = sitemap.components(separatedBy: "<loc>").dropFirst().map { $0.components(separatedBy: "</loc>")[0] }
        #expect(locs.count >= 8 && locs.allSatisfy { $0.hasPrefix(Self.base) }, "\(locs)")
        #expect(locs.contains(Self.base + "news/page/2/"))
        #expect(files["robots.txt"] == "User-agent: *\nAllow: /community-safety/\n\nSitemap: https://www.example-council.gov.uk/community-safety/sitemap.xml\n")
    }

    @Test("--base-url with a path, with or without its last slash, builds the same site as base_url does")
    func baseURLOption() throws {
        let fromSettings = try build()
        let withSlash = try build(["--base-url", Self.base])
        let withoutSlash = try build(["--base-url", String(Self.base.dropLast())])
        #expect(withSlash == fromSettings)
        #expect(withoutSlash == fromSettings)
    }

    @Test("the link check reads addresses under the path: one written with the site's old path is broken at another")
    func linkCheckKnowsThePath() throws {
        let (work, source) = try Self.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try CLI.run(["build", "--source", source.path, "--theme", theme, "--output", work.path + "/public",
                                  "--base-url", "https://safer.example.org/a/b"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/index.md:8:4: error: this links to /community-safety/news/, but the site has no such page or file"),
                "\(result.stderr)")
        #expect(result.stderr.contains("1 error"), "\(result.stderr)")
    }

    @Test("content/static/ is published at the root, dot-files included, but not OS junk; keep_in_output keeps CNAME")
    func staticFolder() throws {
        let (work, source) = try Self.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        #expect(try CLI.run(["build", "--source", source.path, "--theme", theme, "--output", output.path]).status == 0)
        try "www.example-council.gov.uk\n".write(to: output.appendingPathComponent("CNAME"), atomically: true, encoding: .utf8)
        let again = try CLI.run(["build", "--source", source.path, "--theme", theme, "--output", output.path])
        #expect(again.status == 0, "\(again.stderr)")
        let files = CLI.tree(output)
        #expect(files[".well-known/security.txt"].map { String(decoding: $0, as: UTF8.self) }?.hasPrefix("Contact: mailto:") == true)
        #expect(files["humans.txt"] != nil)
        #expect(files["CNAME"] == Data("www.example-council.gov.uk\n".utf8))
        #expect(files[".DS_Store"] == nil && !files.keys.contains { $0.hasPrefix("static/") }, "\(files.keys.sorted())")
    }
}

/// Which files whose names start with a dot are published: those in `content/static/` (and the
/// theme's `static/`), never version-control files or the litter of editors and operating systems.
@Suite("safersite build: hidden and static files", .serialized)
struct StaticFilesTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path
    let home = "---\ntitle: Home\nsummary: S.\n---\nHi.\n"

    func build(_ files: [String: String]) throws -> (CLI.Result, [String: Data], URL) {
        let root = try CLI.site(files)
        let result = try CLI.run(["build", "--source", ".", "--output", "public", "--theme", theme], in: root)
        return (result, CLI.tree(root.appendingPathComponent("public")), root)
    }

    @Test("dot-files in static/ are published at the root; hidden, git and editor files elsewhere are not")
    func hiddenFiles() throws {
        let (result, files, root) = try build([
            "index.md": home,
            "static/.well-known/security.txt": "Contact: mailto:a@example.org\n",
            "static/.htaccess": "Options -Indexes\n",
            "static/notes.md": "# Copied as it is\n",
            "static/_headers": "/*\n  X-Frame-Options: DENY\n",
            "static/.git/HEAD": "ref: refs/heads/main\n", "static/.gitignore": "*.tmp\n",
            "static/.DS_Store": "junk", "static/._logo.png": "junk", "static/Thumbs.db": "junk",
            "static/.security.txt.swp": "junk", "static/draft.txt~": "junk",
            ".git/config": "[core]\n", ".foo.md.swp": "junk", ".DS_Store": "junk", "files/.hidden.txt": "secret\n",
            ".well-known/security.txt": "not from outside static/\n", "files/Thumbs.db": "junk", "files/plan.txt": "plan\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let published = files.keys.filter { !$0.hasSuffix(".html") && !["robots.txt", "search-index.json", ".safersite-output"].contains($0)
            && !$0.hasPrefix("css/") && !$0.hasPrefix("js/") }.sorted()
        #expect(published == [".htaccess", ".well-known/security.txt", "_headers", "files/plan.txt", "notes.md"])
        #expect(files[".well-known/security.txt"] == Data("Contact: mailto:a@example.org\n".utf8))
        #expect(files["notes.md"] == Data("# Copied as it is\n".utf8))
    }

    @Test("a static file at the path of a page, a generated file or another file is an output clash, and nothing is written",
          arguments: [("static/robots.txt", "robots.txt", "the robots.txt the build makes"),
                      ("static/files/plan.txt", "files/plan.txt", "content/files/plan.txt"),
                      ("static/about/index.html", "about/index.html", "content/about.md")])
    func clash(_ path: String, _ output: String, _ other: String) throws {
        let (result, files, root) = try build(["_site.yaml": "title: T\nraw_html: true\n", "index.md": home,
                                               "about.md": "---\ntitle: About\nsummary: S.\n---\nA.\n",
                                               "files/plan.txt": "plan\n", path: "ours\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 1)
        let error = try #require(result.stderr.split(separator: "\n").first { $0.contains(": error: this would be written to \(output),") },
                                 "\(result.stderr)")
        #expect(error.contains("content/\(path)") && error.contains(other), "\(error)")
        #expect(files.isEmpty)
    }

    @Test("an output folder SaferSite did not make is refused even when it holds only a host's CNAME; an empty one is used")
    func foreignOutputFolder() throws {
        let root = try CLI.site(["_site.yaml": "title: T\nkeep_in_output: [CNAME]\n", "index.md": home,
                                 "static/.well-known/security.txt": "Contact: mailto:a@example.org\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "www.example.org\n".write(to: output.appendingPathComponent("CNAME"), atomically: true, encoding: .utf8)
        let refused = try CLI.run(["build", "--source", ".", "--output", "public", "--theme", theme], in: root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("the output folder holds files SaferSite did not write"), "\(refused.stderr)")
        #expect(CLI.tree(output) == ["CNAME": Data("www.example.org\n".utf8)])
        try FileManager.default.removeItem(at: output.appendingPathComponent("CNAME"))
        let built = try CLI.run(["build", "--source", ".", "--output", "public", "--theme", theme], in: root)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(CLI.tree(output)[".well-known/security.txt"] != nil)
    }

    @Test("a Markdown link to a file in static/ leads to where it is published")
    func linkToStaticFile() throws {
        let (result, files, root) = try build([
            "index.md": home + "\n[Security policy](static/.well-known/security.txt) and [humans](static/humans.txt).\n",
            "static/.well-known/security.txt": "Contact: mailto:a@example.org\n", "static/humans.txt": "Us.\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let home = String(decoding: files["index.html"] ?? Data(), as: UTF8.self)
        #expect(home.contains(#"<a href="/.well-known/security.txt">Security policy</a>"#), "\(home)")
        #expect(home.contains(#"<a href="/humans.txt">humans</a>"#))
    }
}
