import Foundation
import SaferSiteKit
import Testing

/// `slug`, `url`, `layout`, data references, CSV references, links and symbolic links cannot
/// lead the build to read or write outside the source, theme and output folders.
@Suite("path safety", .serialized)
struct PathSafetyTests {
    /// A page or data file that tries to leave its folder, and the error it must get.
    struct Escape: Sendable, CustomTestStringConvertible {
        var what: String
        var path: String
        var text: String
        var diagnostic: String
        var testDescription: String { what }
    }

    static func page(_ extra: String, body: String = "Words.") -> String {
        HostileSite.page(title: "Escape", body: body, extra: extra)
    }

    static let escapes: [Escape] = [
        Escape(what: "slug with ../", path: "a.md", text: page("slug: ../../outside\n"),
               diagnostic: "content/a.md:5:7: error: " + ContentMessages.badSlug),
        Escape(what: "slug with encoded dots and slashes", path: "a.md", text: page("slug: '%2e%2e%2foutside'\n"),
               diagnostic: "content/a.md:5:7: error: " + ContentMessages.badSlug),
        Escape(what: "url with ../", path: "a.md", text: page("url: /../../outside/\n"),
               diagnostic: "content/a.md:5:6: error: " + ContentMessages.badURL),
        Escape(what: "url with encoded dots", path: "a.md", text: page("url: /%2e%2e/%2e%2e/outside/\n"),
               diagnostic: "content/a.md:5:6: error: " + ContentMessages.badURL),
        Escape(what: "url to another host", path: "a.md", text: page("url: //evil.example/\n"),
               diagnostic: "content/a.md:5:6: error: " + ContentMessages.badURL),
        Escape(what: "url with a backslash", path: "a.md", text: page("url: '/..\\..\\outside/'\n"),
               diagnostic: "content/a.md:5:6: error: " + ContentMessages.badURL),
        Escape(what: "layout with ../", path: "a.md", text: page("layout: ../../../etc/passwd\n"),
               diagnostic: "content/a.md:5:9: error: there is no layout called '../../../etc/passwd'"),
        Escape(what: "layout as an absolute path", path: "a.md", text: page("layout: /etc/passwd\n"),
               diagnostic: "content/a.md:5:9: error: there is no layout called '/etc/passwd'"),
        Escape(what: "data block naming a path", path: "a.md", text: page("", body: "```table ../../../etc/passwd\n```"),
               diagnostic: "content/a.md:6:1: error: " + MarkdownMessages.unknownData("../../../etc/passwd")),
        Escape(what: "link climbing out of content/", path: "a.md", text: page("", body: "[secrets](../../../../etc/passwd)"),
               diagnostic: "content/a.md:6:1: error: " + MarkdownMessages.outsideContent("../../../../etc/passwd")),
        Escape(what: "image climbing out of content/", path: "a.md", text: page("", body: "![secrets](%2e%2e/%2e%2e/etc/shadow)"),
               diagnostic: "content/a.md:6:1: error: " + MarkdownMessages.outsideContent("%2e%2e/%2e%2e/etc/shadow")),
        Escape(what: "CSV reference with ../", path: "_data/leak.yaml", text: "kind: money\ncaption: Leak\nsource: Here\ncsv: ../../../../etc/passwd\n",
               diagnostic: "content/_data/leak.yaml:4:6: error: this table's CSV file is not in the same folder"),
        Escape(what: "CSV reference as an absolute path", path: "_data/leak.yaml", text: "kind: money\ncaption: Leak\nsource: Here\ncsv: /etc/passwd\n",
               diagnostic: "content/_data/leak.yaml:4:6: error: this table's CSV file is not in the same folder"),
    ]

    @Test("a path that leaves its folder is an error, and nothing is read or written outside", arguments: escapes)
    func escapeIsRefused(_ escape: Escape) throws {
        let site = try HostileSite()
        defer { site.remove() }
        try site.write(escape.path, escape.text)
        let run = try site.build()
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains(escape.diagnostic), "\(run.stderr)")
        #expect(!run.stderr.contains("root:"), "a file outside the site was read")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.work.path) == ["site"])
    }

    @Test("a url like /etc/passwd.html is a path inside public/, nowhere else")
    func absoluteLookingURLStaysInOutput() throws {
        let site = try HostileSite()
        defer { site.remove() }
        try site.write("a.md", Self.page("url: /etc/passwd.html\n"))
        let run = try site.build()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(site.published("etc/passwd.html").contains("<title>Escape"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.work.path) == ["site"])
    }

    @Test("symbolic links in content/ to files or folders outside the source folder are refused", arguments: [
        ("passwd.md", "/etc/passwd"), ("system", "/etc"), ("up.md", "../../outside.md"),
    ])
    func symlinkOutsideIsRefused(_ name: String, _ target: String) throws {
        let site = try HostileSite()
        defer { site.remove() }
        try "---\ntitle: Outside\n---\nroot:x:0:0 secret\n".write(to: site.work.appendingPathComponent("outside.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: site.content.appendingPathComponent(name).path, withDestinationPath: target)
        let run = try site.build()
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("content/\(name): error: " + LoadMessages.symlinkOutside), "\(run.stderr)")
        #expect(!run.stderr.contains("root:"))
    }

    @Test("a partial or parent template named by a path outside the theme is never read")
    func templatePathsStayInTheme() throws {
        let site = try HostileSite()
        defer { site.remove() }
        let theme = site.root.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: HostileSite.theme, to: theme)
        try "{{<base}}{{$main}}<h1>{{page.title}}</h1>{{> ../../../../../../etc/passwd}}{{> /etc/passwd}}{{/main}}{{/base}}"
            .write(to: theme.appendingPathComponent("templates/sneaky.mustache"), atomically: true, encoding: .utf8)
        try site.write("a.md", Self.page("layout: sneaky\n"))
        let run = try CLI.runMeasured(["build", "--source", site.root.path, "--output", site.output.path])
        let html = site.published("a/index.html")
        #expect(!html.contains("root:"), "a file outside the theme was read into the page")
        #expect(run.status == 0 || run.stderr.contains("content/a.md") || run.stderr.contains("theme/templates/sneaky.mustache"), "\(run.stderr)")
    }
}
