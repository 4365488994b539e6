import Foundation
import SaferSiteKit
import Testing

/// Fixture sites built end to end through the real `safersite` executable.
@Suite("safersite build", .serialized)
struct BuildCommandTests {
    let theme = CLI.fixtures.appendingPathComponent("theme-minimal").path

    /// A copy of a fixture site inside `work`, so that what a test adds to it never lands in the
    /// repository's fixtures (nor is shared by tests running at once).
    func copyOfSite(_ name: String, into work: URL) throws -> URL {
        let site = work.appendingPathComponent("site-" + name)
        try FileManager.default.copyItem(at: CLI.fixtures.appendingPathComponent(name), to: site)
        return site
    }

    @Test("the basic site builds and matches its expected output byte for byte")
    func basicSiteMatchesExpected() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        let site = try copyOfSite("basic-site", into: work)
        let result = try CLI.run(["build", "--source", site.path, "--theme", theme, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Built 9 pages in 3 sections, 0 warnings"), "\(result.stderr)")
        try Golden.compareTree(output, expected: CLI.fixtures.appendingPathComponent("basic-site-expected"), bundledStatic: true)
    }

    @Test("the executable allocates through mimalloc (its statistics appear when asked for)")
    func allocatesThroughMimalloc() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try copyOfSite("basic-site", into: work).path
        let result = try CLI.run(["build", "--source", site, "--theme", theme, "--output", work.appendingPathComponent("public").path],
                                 environment: ["MIMALLOC_SHOW_STATS": "1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("heap stats:"), "\(result.stderr)")
        try Golden.compareTree(work.appendingPathComponent("public"), expected: CLI.fixtures.appendingPathComponent("basic-site-expected"), bundledStatic: true)
    }

    @Test("two builds of the same source give byte-identical output")
    func outputIsDeterministic() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try copyOfSite("basic-site", into: work).path
        for name in ["first", "second"] {
            let result = try CLI.run(["build", "--source", site, "--theme", theme, "--output", work.appendingPathComponent(name).path])
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(CLI.tree(work.appendingPathComponent("first")) == CLI.tree(work.appendingPathComponent("second")))
    }

    @Test("drafts are left out unless --drafts is given")
    func draftsNeedTheFlag() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try copyOfSite("basic-site", into: work).path
        let plain = work.appendingPathComponent("plain"), withDrafts = work.appendingPathComponent("drafts")
        _ = try CLI.run(["build", "--source", site, "--theme", theme, "--output", plain.path])
        let result = try CLI.run(["build", "--source", site, "--theme", theme, "--output", withDrafts.path, "--drafts"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(CLI.tree(plain)["projects/hidden/index.html"] == nil)
        #expect(CLI.tree(withDrafts)["projects/hidden/index.html"] != nil)
    }

    @Test("--base-url replaces the settings' base URL in canonical links")
    func baseURLOption() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try copyOfSite("basic-site", into: work).path
        let result = try CLI.run(["build", "--source", site, "--theme", theme, "--output", work.path + "/out", "--base-url", "https://safer.example.net"])
        #expect(result.status == 0, "\(result.stderr)")
        let about = String(decoding: CLI.tree(work.appendingPathComponent("out"))["about/index.html"] ?? Data(), as: UTF8.self)
        #expect(about.contains(#"<link rel="canonical" href="https://safer.example.net/about/">"#))
    }

    @Test("a --base-url that cannot work stops build and serve before they start, saying why; public/ is left as it was",
          arguments: [("https://www.example.gov.uk/safer/../x/", "path (/safer/../x/) has an empty, '.' or '..' part"),
                      ("www.example.gov.uk", "must be a full address starting with https://"),
                      ("https://www.example.gov.uk/#main", "cannot have a '?' or '#' part")])
    func badBaseURLOption(_ address: String, _ words: String) throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try copyOfSite("basic-site", into: work).path
        let output = work.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("old\n".utf8).write(to: output.appendingPathComponent("index.html"))
        for command in ["build", "serve"] {
            let result = try CLI.run([command, "--source", site, "--theme", theme, "--output", output.path, "--base-url", address])
            #expect(result.status == 64, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("--base-url: the base URL") && result.stderr.contains(words), "\(result.stderr)")
        }
        #expect(CLI.tree(output) == ["index.html": Data("old\n".utf8)])
    }

    @Test("a broken site reports every problem with file, line and column, and exits 1")
    func brokenSiteReportsEveryProblem() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try copyOfSite("broken-site", into: work)
        let result = try CLI.run(["build", "--source", site.path, "--theme", theme, "--output", work.appendingPathComponent("public").path])
        #expect(result.status == 1)
        let shown = result.stderr.replacingOccurrences(of: work.path, with: "WORK")
        try Golden.compareText(shown, expected: CLI.fixtures.appendingPathComponent("broken-site-expected.txt"))
    }

    /// How a build can fail: what `content/about.md` becomes, the extra arguments,
    /// and what the report must say. The check stage runs while the pages are rendered into the
    /// staging folder, so each kind of failure must still leave the old output as it was.
    static let failures: [(name: String, aboutPage: String, arguments: [String], says: String)] = [
        ("front matter that does not parse", "---\ntitle: [unclosed\n---\nBroken\n", [], "content/about.md:2:"),
        ("a broken link, found by the check stage", "---\ntitle: About us\n---\nSee [the plan](no-such-page.md).\n", [],
         "content/about.md:4:"),
        ("a warning with --strict",
         "---\ntitle: About us\nsummary: Who we are.\nreview_by: 2027-11-22\n---\n## Who we are\n\nFor more, [click here](https://www.gov.uk).\n",
         ["--strict"],
         "--strict: warnings fail the build"),
    ]

    @Test("a failed build leaves the previous public/ exactly as it was", arguments: failures.indices)
    func failedBuildKeepsOldOutput(_ index: Int) throws {
        let failure = Self.failures[index]
        let site = try CLI.copyOfFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let output = site.appendingPathComponent("public")
        let good = try CLI.run(["build", "--source", site.path, "--theme", theme])
        #expect(good.status == 0, "\(good.stderr)")
        let before = CLI.tree(output)
        #expect(!before.isEmpty)
        try failure.aboutPage.write(to: site.appendingPathComponent("content/about.md"), atomically: true, encoding: .utf8)
        let bad = try CLI.run(["build", "--source", site.path, "--theme", theme] + failure.arguments)
        #expect(bad.status == 1, "\(failure.name)")
        #expect(bad.stderr.contains(failure.says), "\(failure.name): \(bad.stderr)")
        #expect(bad.stderr.contains("was left as it was"), "\(failure.name)")
        #expect(CLI.tree(output) == before, "\(failure.name)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty, "\(failure.name): \(leftovers)")
    }

    /// A theme's static file at a page's own path is an error naming both: neither silently wins.
    @Test("a page and a theme static file at the same path are an error naming both")
    func pageAndThemeStaticFileClash() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try copyOfSite("basic-site", into: work)
        let theme = work.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: self.theme), to: theme)
        let clashing = theme.appendingPathComponent("static/about/index.html")
        try FileManager.default.createDirectory(at: clashing.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "the theme's file".write(to: clashing, atomically: true, encoding: .utf8)
        let output = work.appendingPathComponent("public")
        let result = try CLI.run(["build", "--source", site.path, "--theme", theme.path, "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("theme/static/about/index.html: error: this would be written to about/index.html, which content/about.md also writes"),
                "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("a file whose name is not UTF-8 is left out with a warning naming it; the rest is built")
    func nameNotUTF8() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try copyOfSite("basic-site", into: work)
        // "caf\xE9.md": a Latin-1 name, as an old Windows tool might save it.
        let name = Array(site.appendingPathComponent("content").path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".md".utf8) + [0]
        // Made from the bytes themselves: a Swift string would turn the stray byte into U+FFFD.
        let descriptor = name.withUnsafeBytes { open($0.baseAddress!.assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        #expect(descriptor >= 0)
        close(descriptor)
        let output = work.appendingPathComponent("public")
        let result = try CLI.run(["build", "--source", site.path, "--theme", theme, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("content/caf\u{FFFD}.md: warning: " + LoadMessages.nameNotUTF8), "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("about/index.html").path))
    }

    @Test("a successful rebuild replaces the old output completely")
    func rebuildReplacesOutput() throws {
        let site = try CLI.copyOfFixture("basic-site")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let output = site.appendingPathComponent("public")
        #expect(try CLI.run(["build", "--source", site.path, "--theme", theme]).status == 0)
        try "stale".write(to: output.appendingPathComponent("stale.html"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["build", "--source", site.path, "--theme", theme])
        #expect(result.status == 0, "\(result.stderr)")
        let files = CLI.tree(output)
        #expect(files["stale.html"] == nil)
        #expect(files["index.html"] != nil)
    }

    @Test("a missing content folder is a clear error with exit code 2")
    func missingContentFolder() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try CLI.run(["build", "--source", work.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("there is no content folder"))
    }

    @Test("a page's own data table is downloadable beside it, even when the page sets its url")
    func pageDataDownloadFollowsURL() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let page = """
            ---
            title: Facts
            url: /facts.html
            data:
              numbers:
                kind: figures
                caption: Numbers
                figures:
                  - {value: 43, label: people}
            ---
            ```figures numbers
            ```
            """
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        try page.write(to: root.appendingPathComponent("content/facts.md"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme])
        #expect(result.status == 0, "\(result.stderr)")
        let files = CLI.tree(root.appendingPathComponent("public"))
        let html = String(decoding: files["facts.html"] ?? Data(), as: UTF8.self)
        #expect(html.contains(#"href="/numbers.csv""#), "\(html)")
        #expect(files["numbers.csv"] != nil)
    }
}
