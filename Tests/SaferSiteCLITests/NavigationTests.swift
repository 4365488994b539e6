import Foundation
import SaferSiteKit
import Testing

/// Topics, listings with pagination, breadcrumbs, previous/next, related pages, contents lists and
/// UK dates, end to end through the CLI with the real theme.
@Suite("Navigation", .serialized)
struct NavigationTests {
    /// A generated site: 25 updates (so the listing has two numbered pages) and two projects.
    static let built: (output: URL, result: CLI.Result) = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("navigation-\(UUID().uuidString)")
        func write(_ path: String, _ text: String) {
            let url = root.appendingPathComponent("content/" + path)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
        }
        write("_site.yaml", """
            title: Test Partnership
            base_url: https://example.org/
            entry_points:
              - {name: Projects, page: projects/aspire.md, summary: What ASPIRE does.}
              - {name: Police, url: "https://www.thamesvalley.police.uk/"}
            menus:
              main:
                - {name: Updates, page: updates/_index.md}

            """)
        write("index.md", "---\ntitle: Home\nsummary: The home page.\n---\nWelcome.\n")
        write("updates/_index.md", "---\ntitle: Updates\nsummary: News.\n---\nOur news.\n")
        for day in 1...25 {
            let date = String(format: "2015-06-%02d", day)
            write("updates/u\(day).md", "---\ntitle: Update \(day)\nsummary: News from \(date).\ndate: \(date)\ntopics: [\(day % 2 == 0 ? "domestic abuse" : "road safety")]\n---\nText.\n")
        }
        write("projects/aspire.md", "---\ntitle: ASPIRE\nsummary: Helping people.\ntopics: [reoffending, domestic abuse]\ndistrict: oxford\nweight: 1\nlast_reviewed: 2015-06-03\ntoc: true\n---\n## Outcomes\n\nGood.\n\n### Housing\n\nHomes.\n")
        write("projects/making-changes.md", "---\ntitle: Making Changes\nsummary: A course.\ntopics: [domestic abuse]\ndistrict: oxford\nweight: 2\n---\nText.\n")
        write("partnerships/oxford/_index.md", "---\ntitle: Oxford\nsummary: The city.\nlayout: district\n---\nThe city partnership.\n")
        let result = (try? CLI.run(["build", "--source", root.path, "--theme", CLI.packageRoot.appendingPathComponent("theme").path,
                                    "--output", root.appendingPathComponent("public").path]))
            ?? CLI.Result(status: -1, stdout: "", stderr: "could not run")
        return (root.appendingPathComponent("public"), result)
    }()

    func page(_ path: String) throws -> String {
        try String(contentsOf: Self.built.output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("the site builds")
    func builds() {
        #expect(Self.built.result.status == 0, "\(Self.built.result.stderr)")
    }

    @Test("the home page opens with the entry points from the settings, before its text; other pages do not")
    func entryPoints() throws {
        let home = try page("index.html")
        #expect(home.contains("""
            <nav class="entry-points" aria-labelledby="entry-points">
            <h2 id="entry-points" class="entry-points__heading">What do you need?</h2>
            <ul class="entry-points__list">
            <li class="entry-points__item"><a class="entry-points__link" href="/projects/aspire/">Projects</a>\
            <p class="entry-points__summary">What ASPIRE does.</p></li>
            <li class="entry-points__item"><a class="entry-points__link" href="https://www.thamesvalley.police.uk/">Police</a></li>
            </ul>
            </nav>
            """))
        let list = try #require(home.range(of: "entry-points__list"))
        let text = try #require(home.range(of: "Welcome."))
        #expect(list.lowerBound < text.lowerBound)
        #expect(try !page("updates/index.html").contains("entry-points"))
    }

    @Test("the menu button starts hidden and controls the main menu, which shows in full without the script")
    func menuButton() throws {
        let home = try page("index.html")
        #expect(home.contains(#"<button type="button" class="site-nav__toggle" aria-expanded="false" aria-controls="nav--main" hidden>Menu</button>"#
            + "\n" + #"<nav id="nav--main" class="site-nav" aria-label="Main">"#))
        #expect(home.contains(#"<script src="/js/site.js" defer></script>"#))
        // Printed links are written with the site's address before their path.
        #expect(home.contains(#"<style media="print">:root { --site-address: "https://example.org"; }</style>"#))
        #expect(FileManager.default.fileExists(atPath: Self.built.output.appendingPathComponent("js/site.js").path))
    }

    @Test("each topic has a page listing its pages across sections, and the topics index lists the topics")
    func topics() throws {
        let abuse = try page("topics/domestic-abuse/index.html")
        #expect(abuse.contains(#"<a href="/projects/aspire/">ASPIRE</a>"#))
        #expect(abuse.contains(#"<a href="/updates/u24/">Update 24</a>"#))
        #expect(!abuse.contains("Update 23<"))
        let index = try page("topics/index.html")
        for topic in ["domestic-abuse", "reoffending", "road-safety"] {
            #expect(index.contains("href=\"/topics/\(topic)/\""), "topics index lacks \(topic)")
        }
        #expect(try page("projects/aspire/index.html").contains(#"<a href="/topics/reoffending/">reoffending</a>"#))
    }

    @Test("a long listing is split into numbered pages, newest first, with accessible links")
    func pagination() throws {
        let first = try page("updates/index.html")
        let second = try page("updates/page/2/index.html")
        #expect(first.contains("Update 25") && !first.contains(">Update 5<"))
        #expect(second.contains(">Update 5<") && second.contains(">Update 1<"))
        #expect(first.range(of: "Update 25")!.lowerBound < first.range(of: "Update 24")!.lowerBound)
        #expect(first.contains(#"<nav class="pagination" aria-label="Pages of this list">"#))
        #expect(first.contains(#"<a href="/updates/" aria-current="page"><span class="visually-hidden">Page </span>1</a>"#))
        #expect(second.contains(#"<a href="/updates/" rel="prev">Previous"#))
    }

    @Test("a listing of many pages links to the first, last, current and neighbouring ones, with gaps between")
    func longPagination() throws {
        var files = ["_site.yaml": "title: T\npaginate: 1\n", "index.md": "---\ntitle: Home\n---\nHi.\n",
                     "news/_index.md": "---\ntitle: News\n---\n"]
        for number in 1...12 { files["news/n\(number).md"] = "---\ntitle: N\(number)\ndate: 2015-06-\(String(format: "%02d", number))\n---\nText.\n" }
        let root = try CLI.site(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["build", "--source", root.path, "--theme", CLI.packageRoot.appendingPathComponent("theme").path])
        #expect(result.status == 0, "\(result.stderr)")
        let sixth = try String(contentsOf: root.appendingPathComponent("public/news/page/6/index.html"), encoding: .utf8)
        let items = sixth.components(separatedBy: "\n").filter { $0.hasPrefix(#"<li class="pagination__item"#) }
        let expected = [
            #"<li class="pagination__item pagination__item--prev"><a href="/news/page/5/" rel="prev">Previous<span class="visually-hidden"> page</span></a></li>"#,
            #"<li class="pagination__item"><a href="/news/"><span class="visually-hidden">Page </span>1</a></li>"#,
            #"<li class="pagination__item pagination__item--gap">⋯</li>"#,
            #"<li class="pagination__item"><a href="/news/page/5/"><span class="visually-hidden">Page </span>5</a></li>"#,
            #"<li class="pagination__item"><a href="/news/page/6/" aria-current="page"><span class="visually-hidden">Page </span>6</a></li>"#,
            #"<li class="pagination__item"><a href="/news/page/7/"><span class="visually-hidden">Page </span>7</a></li>"#,
            #"<li class="pagination__item pagination__item--gap">⋯</li>"#,
            #"<li class="pagination__item"><a href="/news/page/12/"><span class="visually-hidden">Page </span>12</a></li>"#,
            #"<li class="pagination__item pagination__item--next"><a href="/news/page/7/" rel="next">Next<span class="visually-hidden"> page</span></a></li>"#,
        ]
        #expect(items == expected)
        #expect(sixth.contains(#"<p class="pagination__status">Page 6 of 12</p>"#))
        // Every numbered page is still reached, one step at a time.
        for number in 2...12 {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/news/page/\(number)/index.html").path))
        }
    }

    @Test("breadcrumbs, previous and next, related pages and the district's pages")
    func links() throws {
        let aspire = try page("projects/aspire/index.html")
        #expect(aspire.contains(#"<li class="breadcrumbs__item"><a href="/">Home</a></li>"#))
        #expect(aspire.contains(#"<span class="neighbours__label">Next</span> <a href="/projects/making-changes/" rel="next">Making Changes</a>"#))
        // One heading per name: the body's own "Related pages" list, the theme's topic list named apart.
        #expect(aspire.contains(#"<h2 id="related-heading">Pages on the same topics</h2>"#))
        #expect(aspire.components(separatedBy: ">Related pages<").count <= 2)
        #expect(aspire.contains(#"<li><a href="/projects/making-changes/">Making Changes</a></li>"#))
        #expect(aspire.contains(#"<dt>District</dt><dd><a href="/partnerships/oxford/">Oxford</a></dd>"#))
        let oxford = try page("partnerships/oxford/index.html")
        #expect(oxford.contains("Projects and updates in Oxford"))
        #expect(oxford.contains(#"<a href="/projects/aspire/">ASPIRE</a>"#))
        #expect(!(try page("index.html")).contains(#"class="breadcrumbs""#))
    }

    @Test("a contents list from h2 and h3, headings with ids and self-links, UK dates in <time>")
    func contentsAndDates() throws {
        let aspire = try page("projects/aspire/index.html")
        #expect(aspire.contains(##"<li class="contents__item"><a href="#outcomes">Outcomes</a></li>"##))
        #expect(aspire.contains(##"<li class="contents__item contents__item--sub"><a href="#housing">Housing</a></li>"##))
        #expect(aspire.contains(##"</h2><a class="heading-anchor" href="#outcomes">"##))
        #expect(aspire.contains(#"Last reviewed on <time datetime="2015-06-03">3 June 2015</time>"#))
        #expect(try page("updates/u3/index.html").contains(#"<time datetime="2015-06-03">3 June 2015</time>"#))
    }
}
