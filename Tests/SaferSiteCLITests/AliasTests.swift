import Foundation
import Testing

/// `aliases:` through the real CLI: a page moved or renamed keeps its old addresses working.
@Suite("Aliases", .serialized)
struct AliasTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path

    func build(_ files: [String: String]) throws -> (CLI.Result, [String: Data], URL) {
        var files = files
        files["_site.yaml"] = files["_site.yaml"] ?? "title: Test Partnership\nbase_url: https://safer.example.gov.uk/\n"
        files["index.md"] = files["index.md"] ?? "---\ntitle: Home\nsummary: The home page.\n---\nHello.\n"
        let root = try CLI.site(files)
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme])
        return (result, CLI.tree(root.appendingPathComponent("public")), root)
    }

    @Test("each old address gets a page that sends readers on, which search engines leave out")
    func redirectPages() throws {
        let page = "---\ntitle: Nightsafe\nsummary: Safer nights out.\naliases: [/projects/night-safe/, /nightsafe.html]\n---\nText.\n"
        let (result, files, root) = try build(["projects/nightsafe.md": page])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        for path in ["projects/night-safe/index.html", "nightsafe.html"] {
            let html = String(decoding: try #require(files[path], "\(path) was not written"), as: UTF8.self)
            #expect(html.contains(#"<meta http-equiv="refresh" content="0; url=/projects/nightsafe/">"#))
            #expect(html.contains(#"<link rel="canonical" href="https://safer.example.gov.uk/projects/nightsafe/">"#))
            #expect(html.contains(#"<meta name="robots" content="noindex">"#))
            #expect(html.contains(#"<a href="/projects/nightsafe/">Nightsafe</a>"#))
            #expect(html.contains(#"<html lang="en-GB">"#))
        }
        // Old addresses are not pages: the sitemap lists the page once, at its own address.
        let sitemap = String(decoding: try #require(files["sitemap.xml"]), as: UTF8.self)
        #expect(sitemap.contains("https://safer.example.gov.uk/projects/nightsafe/"))
        #expect(!sitemap.contains("night-safe"))
    }

    @Test("an alias that is another page's address, or leaves the site, is an error at the alias and nothing is written")
    func refusedAliases() throws {
        let about = "---\ntitle: About\nsummary: About us.\n---\nText.\n"
        let clash = "---\ntitle: Contact\nsummary: How to reach us.\naliases: [/about/]\n---\nText.\n"
        let (clashed, clashFiles, clashRoot) = try build(["about.md": about, "contact.md": clash])
        defer { try? FileManager.default.removeItem(at: clashRoot) }
        #expect(clashed.status == 1)
        #expect(clashed.stderr.contains("content/contact.md:4:"), "\(clashed.stderr)")
        #expect(clashed.stderr.contains("about/index.html"))
        #expect(clashFiles.isEmpty)

        let escape = "---\ntitle: Contact\nsummary: How to reach us.\naliases: [\"/../../etc/\", old-contact/]\n---\nText.\n"
        let (escaped, _, escapeRoot) = try build(["contact.md": escape])
        defer { try? FileManager.default.removeItem(at: escapeRoot) }
        #expect(escaped.status == 1)
        #expect(escaped.stderr.contains("'/../../etc/' cannot be an old address of this page"), "\(escaped.stderr)")
        #expect(escaped.stderr.contains("'old-contact/' cannot be an old address of this page"))
    }

    @Test("a page the last build published that is gone now is warned about, at the page it most likely moved to, with the aliases line to add; adding it clears the warning")
    func movedPageSuggestsAlias() throws {
        let (first, _, root) = try build(["projects/night-safe.md": "---\ntitle: Nightsafe\nsummary: Safer nights out.\n---\nText.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(first.status == 0, "\(first.stderr)")
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("content/archive"), withIntermediateDirectories: true)
        try manager.moveItem(at: root.appendingPathComponent("content/projects/night-safe.md"),
                             to: root.appendingPathComponent("content/archive/night-safe.md"))
        let moved = try CLI.run(["build", "--source", root.path, "--theme", theme])
        #expect(moved.stderr.contains("content/archive/night-safe.md:2:1: warning: the last build published a page at /projects/night-safe/, which nothing answers now"),
                "\(moved.stderr)")
        #expect(moved.stderr.contains("hint: add 'aliases: [/projects/night-safe/]' to the front matter of the page that replaces it"))
        try "---\ntitle: Nightsafe\nsummary: Safer nights out.\naliases: [/projects/night-safe/]\n---\nText.\n"
            .write(to: root.appendingPathComponent("content/archive/night-safe.md"), atomically: true, encoding: .utf8)
        let fixed = try CLI.run(["build", "--source", root.path, "--theme", theme])
        #expect(fixed.status == 0 && !fixed.stderr.contains("nothing answers now"), "\(fixed.stderr)")
    }
}
