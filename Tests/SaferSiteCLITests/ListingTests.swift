import Foundation
import Testing

/// A section page's automatic listing through the real CLI: turned off (`listing: false`) or given
/// a heading (`listing_heading:`), and one "Related pages" heading on a page.
@Suite("Section listings", .serialized)
struct ListingTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path

    /// A site whose Projects section has `front` in its `_index.md` front matter and 25 projects
    /// (two numbered pages at the default 20 a page).
    func site(_ front: String) throws -> URL {
        var files = [
            "_site.yaml": "title: Test Partnership\nbase_url: https://safer.example.gov.uk/\n",
            "index.md": "---\ntitle: Home\nsummary: The home page.\n---\nHello.\n",
            "projects/_index.md": "---\ntitle: Projects\nsummary: Our projects.\n\(front)---\nEvery project, by what it does.\n",
        ]
        for number in 1...25 {
            files["projects/p\(number).md"] = "---\ntitle: Project \(number)\nsummary: Project number \(number).\nweight: \(number)\n---\nText.\n"
        }
        return try CLI.site(files)
    }

    func build(_ root: URL, output: String = "public") throws -> (CLI.Result, [String: Data]) {
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme, "--output", root.appendingPathComponent(output).path])
        return (result, CLI.tree(root.appendingPathComponent(output)))
    }

    func text(_ files: [String: Data], _ path: String) -> String {
        String(decoding: files[path] ?? Data(), as: UTF8.self)
    }

    @Test("listing: false leaves the section page's own text alone: no list, no numbered pages, none in the sitemap")
    func listingOff() throws {
        let root = try site("listing: false\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let (result, files) = try build(root)
        #expect(result.status == 0, "\(result.stderr)")
        let projects = text(files, "projects/index.html")
        #expect(projects.contains("Every project, by what it does."))
        #expect(!projects.contains(#"class="listing""#) && !projects.contains("Page 1 of"))
        #expect(files["projects/page/2/index.html"] == nil)
        #expect(!text(files, "sitemap.xml").contains("/projects/page/"))
        // The projects are still pages of their own, in the sitemap.
        #expect(files["projects/p25/index.html"] != nil && text(files, "sitemap.xml").contains("/projects/p25/"))
    }

    @Test("listing_heading puts the list under its own heading, on every numbered page, with the titles a level below")
    func listingHeading() throws {
        let root = try site("listing_heading: \"All projects\"\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let (result, files) = try build(root)
        #expect(result.status == 0, "\(result.stderr)")
        for path in ["projects/index.html", "projects/page/2/index.html"] {
            let page = text(files, path)
            #expect(page.contains("""
                <section class="listing-section" aria-labelledby="listing-heading">
                <h2 id="listing-heading" class="listing__heading">All projects</h2>
                <ul class="listing">
                """), "\(path)")
            #expect(page.contains(#"<h3 class="listing__title"><a href="/projects/"#), "\(path)")
            #expect(!page.contains(#"<h2 class="listing__title">"#))
        }
        // Without a heading the titles stay at level 2.
        let plainRoot = try site("")
        defer { try? FileManager.default.removeItem(at: plainRoot) }
        let plain = text(try build(plainRoot).1, "projects/index.html")
        #expect(plain.contains(#"<h2 class="listing__title"><a href="/projects/p1/">Project 1</a></h2>"#))
        #expect(!plain.contains("listing-heading"))
    }

    @Test("a misspelt listing key gets a did-you-mean, and a listing key of the wrong kind is an error at its value")
    func misspeltKeys() throws {
        let root = try site("listng: false\nlisting_heading: 12\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let (result, _) = try build(root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/projects/_index.md:4:1: warning:") && result.stderr.contains("'listing'"), "\(result.stderr)")
        #expect(result.stderr.contains("content/projects/_index.md:5:18: error: 'listing_heading' should be text"), "\(result.stderr)")
    }

    @Test("with listing: false, a page in the section that the page's text does not link to is a warning whose link, pasted in, clears it")
    func unlistedPage() throws {
        let root = try site("listing: false\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let index = root.appendingPathComponent("content/projects/_index.md")
        let links = (1...24).map { "- [Project \($0)](p\($0).md)\n" }.joined()
        try (try String(contentsOf: index, encoding: .utf8) + "\n" + links).write(to: index, atomically: true, encoding: .utf8)
        let (result, _) = try build(root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("""
            content/projects/_index.md:4:1: warning: content/projects/p25.md is in this section, but this page has 'listing: false' \
            and does not link to it, so residents cannot find it from here
            """), "\(result.stderr)")
        #expect(result.stderr.contains("hint: link to it in this page's text, e.g. [Project 25](p25.md), or remove 'listing: false'"))
        #expect(result.stderr.components(separatedBy: "is in this section").count == 2, "only p25 is unlisted")
        try (try String(contentsOf: index, encoding: .utf8) + "- [Project 25](p25.md)\n").write(to: index, atomically: true, encoding: .utf8)
        let (fixed, _) = try build(root)
        #expect(!fixed.stderr.contains("is in this section"), "\(fixed.stderr)")
    }

    @Test("with listing: false, a page linked by its address (/projects/p25/), under a base path too, counts as linked")
    func linkedByAddress() throws {
        for (baseURL, prefix) in [("https://safer.example.gov.uk/", ""), ("https://www.example.gov.uk/safer/", "/safer")] {
            let root = try site("listing: false\n")
            defer { try? FileManager.default.removeItem(at: root) }
            let index = root.appendingPathComponent("content/projects/_index.md")
            let links = (1...24).map { "- [Project \($0)](p\($0).md)\n" }.joined() + "- [Project 25](\(prefix)/projects/p25/)\n"
            try (try String(contentsOf: index, encoding: .utf8) + "\n" + links).write(to: index, atomically: true, encoding: .utf8)
            let result = try CLI.run(["build", "--source", root.path, "--theme", theme, "--output", root.appendingPathComponent("public").path,
                                      "--base-url", baseURL])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stderr.contains("is in this section"), "\(baseURL): \(result.stderr)")
        }
    }

    @Test("turning a listing off over the last build's output does not warn about its numbered pages going")
    func numberedPagesGoQuietly() throws {
        let root = try site("")
        defer { try? FileManager.default.removeItem(at: root) }
        let (first, before) = try build(root)
        #expect(first.status == 0 && before["projects/page/2/index.html"] != nil, "\(first.stderr)")
        let index = root.appendingPathComponent("content/projects/_index.md")
        let text = try String(contentsOf: index, encoding: .utf8).replacingOccurrences(of: "summary: Our projects.\n", with: "summary: Our projects.\nlisting: false\n")
        try text.write(to: index, atomically: true, encoding: .utf8)
        let (second, after) = try build(root)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(!second.stderr.contains("nothing answers now"), "\(second.stderr)")
        #expect(after["projects/page/2/index.html"] == nil)
    }

    @Test("a page with its own 'Related pages' list and pages on the same topics has one heading of each name")
    func oneRelatedPagesHeading() throws {
        let root = try CLI.site([
            "_site.yaml": "title: Test Partnership\n",
            "index.md": "---\ntitle: Home\nsummary: The home page.\n---\nHello.\n",
            "projects/a.md": "---\ntitle: A\nsummary: Project A.\ntopics: [domestic abuse]\n---\nText.\n\n## Related pages\n\n- [B](b.md)\n",
            "projects/b.md": "---\ntitle: B\nsummary: Project B.\ntopics: [domestic abuse]\n---\nText.\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let (result, files) = try build(root)
        #expect(result.status == 0, "\(result.stderr)")
        let page = text(files, "projects/a/index.html")
        let headings = page.matches(of: /<h2[^>]*>([^<]*)<\/h2>/).map { String($0.output.1).trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(headings.filter { $0 == "Related pages" }.count == 1, "\(headings)")
        #expect(headings.filter { $0 == "Pages on the same topics" }.count == 1, "\(headings)")
    }
}
