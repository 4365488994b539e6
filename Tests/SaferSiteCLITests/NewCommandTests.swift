import Foundation
import Testing

/// `safersite new`, through the real executable, with the real theme's archetypes.
@Suite("safersite new", .serialized)
struct NewCommandTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path

    static let kinds: [(arguments: [String], path: String, url: String)] = [
        (["project", "Youth Hub & Café", "--district", "oxford"], "content/projects/youth-hub-and-cafe.md", "/projects/youth-hub-and-cafe/"),
        (["update", "Plan published"], "content/updates/2026-11-22-plan-published.md", "/updates/2026-11-22-plan-published/"),
        (["page", "Contact us"], "content/contact-us.md", "/contact-us/"),
        (["district", "South and Vale"], "content/partnerships/south-and-vale/_index.md", "/partnerships/south-and-vale/"),
        (["page", "Help", "--section", "partnerships/south"], "content/partnerships/south/help.md", "/partnerships/south/help/"),
    ]

    @Test("each kind of new page is written where it belongs and the site still builds without errors", arguments: kinds)
    func newPageBuilds(arguments: [String], path: String, url: String) throws {
        let site = try CLI.copyOfFixture("check-site/clean")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let created = try CLI.run(["new"] + arguments + ["--source", site.path, "--theme", theme])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout == "Created \(path) (it will be at \(url))\n")
        let text = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
        #expect(text.contains("last_reviewed: 2026-11-22\n") && text.contains("review_by: 2027-11-22\n"))
        #expect(text.contains("date: 2026-11-22\n") == (arguments[0] == "update"))
        let built = try CLI.run(["build", "--source", site.path, "--theme", theme, "--output", site.appendingPathComponent("public").path])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(!built.stderr.contains("error:"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public" + url + "index.html").path))
    }

    @Test("an existing page is never overwritten: exit 1 with a clear message")
    func refusesToOverwrite() throws {
        let site = try CLI.copyOfFixture("check-site/clean")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let first = try CLI.run(["new", "page", "Contact us", "--source", site.path, "--theme", theme])
        #expect(first.status == 0)
        let page = site.appendingPathComponent("content/contact-us.md")
        try "edited by hand\n".write(to: page, atomically: true, encoding: .utf8)
        let second = try CLI.run(["new", "page", "Contact us", "--source", site.path, "--theme", theme])
        #expect(second.status == 1)
        #expect(second.stderr.contains("error: content/contact-us.md already exists; it was left as it was"))
        #expect(try String(contentsOf: page, encoding: .utf8) == "edited by hand\n")
    }

    @Test("wrong use is a usage error (64)", arguments: [
        ["new", "leaflet", "X"], ["new", "page", "!!"], ["new", "page", "X", "--section", "../out"], ["new", "page", "X", "--today", "22/11/2026"],
    ])
    func usage(arguments: [String]) throws {
        let site = try CLI.copyOfFixture("check-site/clean")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        #expect(try CLI.run(arguments + ["--source", site.path, "--theme", theme]).status == 64)
    }

    @Test("a theme without archetypes makes pages from the bundled theme's")
    func noArchetypes() throws {
        let site = try CLI.copyOfFixture("check-site/clean")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let result = try CLI.run(["new", "page", "X", "--source", site.path, "--theme", CLI.fixtures.appendingPathComponent("theme-minimal").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: site.appendingPathComponent("content/x.md"), encoding: .utf8).hasPrefix("---\ntitle: \"X\"\n"))
    }
}
