import Foundation
import Testing

/// Cases found by reviewing the code: each once let bad input through or crashed.
@Suite("Build safety", .serialized)
struct BuildSafetyTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path

    /// Builds a site made of `files` (paths inside `content/`) and returns the result and output.
    func build(_ files: [String: String]) throws -> (CLI.Result, [String: Data], URL) {
        let root = try CLI.site(files)
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme])
        return (result, CLI.tree(root.appendingPathComponent("public")), root)
    }

    @Test("a javascript: link in a district's websites is refused at the value")
    func unsafeWebsite() throws {
        let (result, _, root) = try build(["a.md": "---\ntitle: A\nwebsites:\n  - {name: Council, url: \"javascript:alert(1)\"}\n---\nText.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/a.md:4:"), "\(result.stderr)")
        #expect(result.stderr.contains("links starting with 'javascript:' are not allowed"))
    }

    @Test("a page's own data table name cannot become a path")
    func unsafeDataName() throws {
        let page = "---\ntitle: A\ndata:\n  ../../escape:\n    kind: figures\n    caption: X\n    figures:\n      - {value: 1, label: one}\n---\n```figures ../../escape\n```\n"
        let (result, _, root) = try build(["a.md": page])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/a.md:4:3: error: '../../escape' cannot be a data table's name"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.deletingLastPathComponent().appendingPathComponent("escape.csv").path))
    }

    @Test("a copied file and a data table's download at the same path is an error, not a race")
    func outputClash() throws {
        let table = "kind: figures\ncaption: Crime\nfigures:\n  - {value: 1, label: one}\n"
        let (result, _, root) = try build(["index.md": "---\ntitle: Home\n---\nHi.\n", "data/crime.csv": "a,b\n1,2\n", "_data/crime.yaml": table])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/data/crime.csv: error: this would be written to data/crime.csv, which a data table's CSV download also writes"), "\(result.stderr)")
    }

    @Test("a page at the address of a long list's further page is an error, not a race")
    func numberedPageClash() throws {
        var files = ["_site.yaml": "title: T\npaginate: 2\n", "index.md": "---\ntitle: Home\n---\nHi.\n",
                     "news/_index.md": "---\ntitle: News\n---\n", "other.md": "---\ntitle: Other\nurl: /news/page/2/\n---\nO.\n"]
        for number in 1...5 { files["news/n\(number).md"] = "---\ntitle: N\(number)\n---\nText.\n" }
        let (result, _, root) = try build(files)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/other.md: error: this would be written to news/page/2/index.html, which page 2 of the list at /news/ also writes"), "\(result.stderr)")
        files["other.md"] = "---\ntitle: Other\nurl: /news/page/4/\n---\nO.\n"
        let (fine, written, fineRoot) = try build(files)
        defer { try? FileManager.default.removeItem(at: fineRoot) }
        #expect(fine.status == 0, "\(fine.stderr)")
        #expect(written["news/page/3/index.html"] != nil && written["news/page/4/index.html"] != nil)
    }

    @Test("a page inside another page's file, as if that were a folder, is an error before anything is written")
    func fileAsFolder() throws {
        let (result, _, root) = try build(["index.md": "---\ntitle: Home\n---\nHi.\n",
                                           "a.md": "---\ntitle: A\nurl: /clash.html\n---\nA.\n",
                                           "b.md": "---\ntitle: B\nurl: /clash.html/inner/\n---\nB.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/b.md: error: this would be written to clash.html/inner/index.html, inside clash.html, which content/a.md writes as a file"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
    }

    @Test("a file in content/ at the path of a theme file or a file the build makes is an error naming both, and nothing is written",
          arguments: [("css/site.css", "theme/static/css/site.css"), ("js/search.js", "theme/static/js/search.js"),
                      ("sitemap.xml", "the sitemap.xml the build makes"), ("robots.txt", "the robots.txt the build makes"),
                      ("search-index.json", "the search-index.json the build makes"), ("feed.xml", "the feed.xml the build makes")])
    func oneOwnerForEachFile(path: String, other: String) throws {
        let (result, files, root) = try build(["_site.yaml": "title: T\nbase_url: https://example.org/\n",
                                               "index.md": "---\ntitle: Home\n---\nHi.\n",
                                               "news/a.md": "---\ntitle: A\ndate: 2026-01-01\n---\nA.\n", path: "ours\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 1)
        let error = try #require(result.stderr.split(separator: "\n").first { $0.contains(": error: this would be written to \(path),") },
                                 "\(result.stderr)")
        #expect(error.contains("content/\(path)") && error.contains(other), "\(error)")
        #expect(files.isEmpty)
    }

    @Test("an absurd paginate value is refused, not a crash")
    func hugePaginate() throws {
        let (result, _, root) = try build(["_site.yaml": "title: T\npaginate: 9223372036854775807\n",
                                           "index.md": "---\ntitle: Home\n---\n", "a.md": "---\ntitle: A\n---\n", "b.md": "---\ntitle: B\n---\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 1)
        #expect(result.stderr.contains("'paginate' should be a whole number from 1 to 10000"), "\(result.stderr)")
    }

    @Test("the canonical link of a page with non-ASCII letters is percent-encoded, like the sitemap's")
    func canonicalEncoding() throws {
        let (result, files, root) = try build(["_site.yaml": "title: T\nbase_url: https://example.org/\n",
                                               "index.md": "---\ntitle: Home\n---\n", "Überblick.md": "---\ntitle: Ü\n---\nText.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let html = String(decoding: files["Überblick/index.html"] ?? Data(), as: UTF8.self)
        let sitemap = String(decoding: files["sitemap.xml"] ?? Data(), as: UTF8.self)
        #expect(html.contains(#"<link rel="canonical" href="https://example.org/%C3%9Cberblick/">"#), "\(html.prefix(900))")
        #expect(sitemap.contains("https://example.org/%C3%9Cberblick/"))
    }

    @Test("a district lists only pages outside its own folder, not those of a folder sharing its name's start")
    func districtPrefix() throws {
        let (result, files, root) = try build([
            "index.md": "---\ntitle: Home\n---\n",
            "oxford/_index.md": "---\ntitle: Oxford\nlayout: district\n---\n",
            "oxfordshire/_index.md": "---\ntitle: Oxfordshire\n---\n",
            "oxfordshire/plan.md": "---\ntitle: County plan\ndistrict: oxford\n---\n",
            "oxford/local.md": "---\ntitle: City plan\ndistrict: oxford\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(result.status == 0, "\(result.stderr)")
        let oxford = String(decoding: files["oxford/index.html"] ?? Data(), as: UTF8.self)
        #expect(oxford.contains(#"<a href="/oxfordshire/plan/">County plan</a>"#))
    }
}
