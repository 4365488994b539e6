import Foundation
import Testing

/// What may be published, through the real CLI (issue 24): links and hard links cannot publish a
/// hidden or outside file, names a web address cannot hold are refused, and `check` finds every
/// error `build` would.
@Suite("Publishing rules", .serialized)
struct PublishingRulesTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path
    static let home = ["index.md": "---\ntitle: Home\nsummary: The home page.\n---\nHello.\n"]

    func run(_ command: String, _ root: URL) throws -> CLI.Result {
        try CLI.run([command, "--source", root.path, "--theme", theme])
    }

    @Test("a link to a hidden or outside file, or to the output folder, is an error and nothing of it is published; a link inside content/ is followed")
    func symbolicLinks() throws {
        let root = try CLI.site(Self.home.merging(["notes.md": "---\ntitle: Notes\nsummary: Notes.\n---\nText.\n"]) { $1 })
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        try "SECRET=1\n".write(to: root.appendingPathComponent(".env"), atomically: true, encoding: .utf8)
        try manager.createDirectory(at: root.appendingPathComponent("content/.private"), withIntermediateDirectories: true)
        try "hidden\n".write(to: root.appendingPathComponent("content/.private/key.txt"), atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("content/env.txt").path, withDestinationPath: "../.env")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("content/key.txt").path, withDestinationPath: ".private/key.txt")
        try manager.createDirectory(at: root.appendingPathComponent("public"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("content/pub").path, withDestinationPath: "../public")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("content/same-notes.md").path, withDestinationPath: "notes.md")
        let result = try run("build", root)
        #expect(result.status == 1)
        for name in ["env.txt", "key.txt", "pub"] {
            #expect(result.stderr.contains("content/\(name): error: this is a link to a file outside its folder"), "\(name): \(result.stderr)")
        }
        #expect(try manager.contentsOfDirectory(atPath: root.appendingPathComponent("public").path).isEmpty)
        for name in ["env.txt", "key.txt", "pub"] { try manager.removeItem(at: root.appendingPathComponent("content/" + name)) }
        let fine = try run("build", root)
        #expect(fine.status == 0, "\(fine.stderr)")
        #expect(manager.fileExists(atPath: root.appendingPathComponent("public/same-notes/index.html").path))
    }

    @Test("a file with another hard link is an error, since its other names may be anywhere")
    func hardLinks() throws {
        let root = try CLI.site(Self.home)
        defer { try? FileManager.default.removeItem(at: root) }
        try "SECRET=1\n".write(to: root.appendingPathComponent(".env"), atomically: true, encoding: .utf8)
        try FileManager.default.linkItem(at: root.appendingPathComponent(".env"), to: root.appendingPathComponent("content/notes.txt"))
        let result = try run("build", root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/notes.txt: error: this file has other names elsewhere on the disk (hard links)"), "\(result.stderr)")
    }

    @Test("a file whose name holds '#', '?' or '%' is an error: no link could reach it", arguments: ["a#b.md", "what?.pdf", "100%.md"])
    func namesAddressesCannotHold(name: String) throws {
        let root = try CLI.site(Self.home.merging([name: "---\ntitle: X\nsummary: X.\n---\nText.\n"]) { $1 })
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run("check", root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/\(name): error: this file is left out: its name holds"), "\(result.stderr)")
    }

    @Test("an address that would put a page inside a file the build makes, or a part over 255 bytes, fails check as it fails build",
          arguments: ["url: /sitemap.xml/", "url: /css/site.css/", "slug: " + String(repeating: "a", count: 300)])
    func checkAgreesWithBuild(key: String) throws {
        let root = try CLI.site(Self.home.merging(["_site.yaml": "title: T\nbase_url: https://example.org/\n",
                                                   "a.md": "---\ntitle: A\nsummary: A page.\n\(key)\n---\nText.\n"]) { $1 })
        defer { try? FileManager.default.removeItem(at: root) }
        let check = try run("check", root), build = try run("build", root)
        #expect(check.status == 1, "\(check.stderr)")
        #expect(build.status == 1, "\(build.stderr)")
        #expect(check.stderr.contains("content/a.md") && check.stderr.contains(": error: "), "\(check.stderr)")
        #expect(!build.stderr.contains("Not a directory") && !build.stderr.contains("File name too long"), "\(build.stderr)")
    }

    @Test("an HTML, SVG or JavaScript file in content/ is an error while raw HTML is off, and published as it is once the site allows it",
          arguments: ["files/leaflet.html", "images/logo.svg", "js/extra.js"])
    func scriptableFiles(path: String) throws {
        let root = try CLI.site(Self.home.merging([path: "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>\n"]) { $1 })
        defer { try? FileManager.default.removeItem(at: root) }
        let refused = try run("build", root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("content/\(path): error: this file can run script in a reader's browser"), "\(refused.stderr)")
        try "title: T\nraw_html: true\n".write(to: root.appendingPathComponent("content/_site.yaml"), atomically: true, encoding: .utf8)
        let allowed = try run("build", root)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/" + path).path))
    }
}
