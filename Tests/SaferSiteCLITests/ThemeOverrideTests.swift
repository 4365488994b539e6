import Foundation
import Testing

/// The bundled theme and a site's own `theme/` laid over it file by file, through the real
/// executable: a site with no theme at all, an overridden partial, an added layout, a replaced
/// stylesheet, findings naming the right file, `new` from bundled archetypes, and `theme eject`.
@Suite("the bundled theme and overrides", .serialized)
struct ThemeOverrideTests {
    /// The repository's theme/, which is what the executable carries.
    static let repositoryTheme = CLI.packageRoot.appendingPathComponent("theme")

    static let page = """
    ---
    title: Opening hours
    summary: When the partnership's office is open.
    last_reviewed: 2026-11-01
    review_by: 2027-11-01
    ---

    The office is open from Monday to Friday.
    """

    static let home = """
    ---
    title: Safer Testtown
    summary: The Safer Testtown Partnership's website.
    last_reviewed: 2026-11-01
    review_by: 2027-11-01
    ---

    Welcome.
    """

    /// A site of two pages with the given files under `theme/`, built; the output folder and the run.
    static func build(theme files: [String: String] = [:], arguments: [String] = []) throws -> (site: URL, output: URL, result: CLI.Result) {
        let search = "---\ntitle: Search\nsummary: Search the site.\nlayout: search\nlast_reviewed: 2026-11-01\nreview_by: 2027-11-01\n---\n\nSearch every page.\n"
        let site = try CLI.site(["index.md": home, "hours.md": page, "search.md": search, "_site.yaml": "title: Safer Testtown\n"])
        for (path, text) in files {
            let url = site.appendingPathComponent("theme/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let output = site.appendingPathComponent("public")
        let result = try CLI.run(["build", "--strict", "--source", site.path, "--output", output.path] + arguments)
        return (site, output, result)
    }

    static func text(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    @Test("a site with no theme/ folder builds from the bundled theme, its CSS and JavaScript byte for byte")
    func noThemeFolder() throws {
        let (site, output, result) = try Self.build()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("theme").path))
        #expect(result.status == 0, "\(result.stderr)")
        for path in ["css/site.css", "js/site.js", "js/search.js"] {
            let built = try Data(contentsOf: output.appendingPathComponent(path))
            #expect(built == (try Data(contentsOf: Self.repositoryTheme.appendingPathComponent("static/" + path))), "\(path)")
        }
        let hours = try Self.text(output.appendingPathComponent("hours/index.html"))
        #expect(hours.contains("<link rel=\"stylesheet\" href=\"/css/site.css\">") || hours.contains("/css/site.css"))
        #expect(hours.contains("Open Government Licence"), "the bundled footer")
        #expect(hours.contains("<h1>Opening hours</h1>") || hours.contains("Opening hours</h1>"))
        // No page names a topic, so there is no /topics/ for the search page to offer.
        let search = try Self.text(output.appendingPathComponent("search/index.html"))
        #expect(search.contains("id=\"search-form\"") && !search.contains("href=\"/topics/\""))
    }

    @Test("a partial in theme/ wins over the bundled one; every other template is still the bundled theme's")
    func overriddenPartial() throws {
        let (site, output, result) = try Self.build(theme: [
            "templates/partials/footer.mustache": "<footer class=\"own-footer\"><p>Run by {{site.title}}</p></footer>\n",
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(result.status == 0, "\(result.stderr)")
        let hours = try Self.text(output.appendingPathComponent("hours/index.html"))
        #expect(hours.contains("<footer class=\"own-footer\"><p>Run by Safer Testtown</p></footer>"))
        #expect(!hours.contains("Open Government Licence"), "the bundled footer is replaced")
        #expect(hours.contains("class=\"site-header\""), "the bundled header is still used")
    }

    @Test("a layout added in theme/ can be named by a page, and inherits the bundled base layout")
    func addedLayout() throws {
        let site = try CLI.site([
            "index.md": Self.home, "_site.yaml": "title: Safer Testtown\n",
            "leaflet.md": Self.page.replacingOccurrences(of: "title: Opening hours", with: "title: Opening hours\nlayout: leaflet"),
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        let layout = site.appendingPathComponent("theme/templates/leaflet.mustache")
        try FileManager.default.createDirectory(at: layout.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "{{<base}}{{$main}}<h1 class=\"leaflet\">{{page.title}}</h1>{{{page.content}}}{{/main}}{{/base}}\n"
            .write(to: layout, atomically: true, encoding: .utf8)
        let output = site.appendingPathComponent("public")
        let result = try CLI.run(["build", "--strict", "--source", site.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let leaflet = try Self.text(output.appendingPathComponent("leaflet/index.html"))
        #expect(leaflet.contains("<h1 class=\"leaflet\">Opening hours</h1>"))
        #expect(leaflet.contains("class=\"site-header\"") && leaflet.contains("Open Government Licence"), "the bundled base, header and footer")
    }

    @Test("a stylesheet in theme/static replaces the bundled one; the bundled scripts are still copied")
    func replacedStylesheet() throws {
        let css = "body { font-family: serif; }\n"
        let (site, output, result) = try Self.build(theme: ["static/css/site.css": css])
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.text(output.appendingPathComponent("css/site.css")) == css)
        let script = try Data(contentsOf: output.appendingPathComponent("js/site.js"))
        #expect(script == (try Data(contentsOf: Self.repositoryTheme.appendingPathComponent("static/js/site.js"))))
    }

    @Test("--theme DIR overrides the bundled theme file by file, as theme/ does")
    func themeOption() throws {
        let site = try CLI.site(["index.md": Self.home, "hours.md": Self.page, "_site.yaml": "title: Safer Testtown\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        let theme = site.appendingPathComponent("elsewhere/templates/partials/footer.mustache")
        try FileManager.default.createDirectory(at: theme.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "<footer>Elsewhere</footer>\n".write(to: theme, atomically: true, encoding: .utf8)
        let output = site.appendingPathComponent("public")
        let result = try CLI.run(["build", "--source", site.path, "--theme", site.appendingPathComponent("elsewhere").path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let hours = try Self.text(output.appendingPathComponent("hours/index.html"))
        #expect(hours.contains("<footer>Elsewhere</footer>") && hours.contains("class=\"site-header\""))
    }

    @Test("a mistake in the site's own template names the site's file")
    func siteTemplateFinding() throws {
        let (site, _, result) = try Self.build(theme: ["templates/partials/footer.mustache": "<footer>\n{{#site.title}}\n</footer>\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(result.status == 1)
        #expect(result.stderr.contains("theme/templates/partials/footer.mustache:"), "\(result.stderr)")
        #expect(!result.stderr.contains("[bundled theme]"), "\(result.stderr)")
    }

    @Test("a finding in a bundled template says it is the bundled theme's, and how to get a copy")
    func bundledTemplateFinding() throws {
        // The site's header includes `page`, whose base layout includes the header: the loop
        // closes at the bundled page template's `{{<base}}`.
        let (site, _, result) = try Self.build(theme: ["templates/partials/header.mustache": "<header>{{>page}}</header>\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(result.status == 1)
        #expect(result.stderr.contains("[bundled theme]/templates/page.mustache:"), "\(result.stderr)")
        #expect(result.stderr.contains("this is the bundled theme's file, not the site's"), "\(result.stderr)")
        #expect(result.stderr.contains("safersite theme eject"), "\(result.stderr)")
    }

    @Test("safersite new works in a site with no theme/, from the bundled archetypes; a site's own archetype wins")
    func newFromBundledArchetypes() throws {
        let site = try CLI.site(["index.md": Self.home])
        defer { try? FileManager.default.removeItem(at: site) }
        for kind in ["page", "project", "update", "district"] {
            let result = try CLI.run(["new", kind, "Night safety", "--source", site.path])
            #expect(result.status == 0, "\(kind): \(result.stderr)")
        }
        let page = try Self.text(site.appendingPathComponent("content/night-safety.md"))
        let archetype = try Self.text(Self.repositoryTheme.appendingPathComponent("archetypes/page.md"))
        #expect(page == archetype.replacingOccurrences(of: "{{title}}", with: "\"Night safety\"")
            .replacingOccurrences(of: "{{today}}", with: "2026-11-22").replacingOccurrences(of: "{{review_by}}", with: "2027-11-22")
            .replacingOccurrences(of: "{{district}}", with: "\"\""))
        let own = site.appendingPathComponent("theme/archetypes/page.md")
        try FileManager.default.createDirectory(at: own.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "---\ntitle: {{title}}\n---\n\nOur own archetype.\n".write(to: own, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["new", "page", "Street lighting", "--source", site.path]).status == 0)
        #expect(try Self.text(site.appendingPathComponent("content/street-lighting.md")) == "---\ntitle: \"Street lighting\"\n---\n\nOur own archetype.\n")
    }

    @Test("theme eject copies every bundled template, static file and archetype, keeps existing files and lists both")
    func eject() throws {
        let site = try CLI.site(["index.md": Self.home])
        defer { try? FileManager.default.removeItem(at: site) }
        let mine = site.appendingPathComponent("theme/templates/partials/footer.mustache")
        try FileManager.default.createDirectory(at: mine.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "<footer>Mine</footer>\n".write(to: mine, atomically: true, encoding: .utf8)
        let result = try CLI.run(["theme", "eject", "--source", site.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.text(mine) == "<footer>Mine</footer>\n")
        #expect(result.stderr.contains("Kept \(site.path)/theme/templates/partials/footer.mustache"), "\(result.stderr)")
        let ejected = CLI.tree(site.appendingPathComponent("theme"))
        let bundled = CLI.tree(Self.repositoryTheme).filter { !$0.key.hasPrefix("starter/") }
        #expect(Set(ejected.keys) == Set(bundled.keys))
        for (path, data) in bundled where path != "templates/partials/footer.mustache" {
            #expect(ejected[path] == data, "\(path) differs from theme/\(path)")
            #expect(result.stdout.contains("Wrote \(site.path)/theme/\(path)\n"), "\(path) is not listed")
        }
        // The site builds from its ejected theme as it did from the bundled one.
        #expect(try CLI.run(["build", "--source", site.path, "--output", site.appendingPathComponent("public").path]).status == 0)
    }
}
