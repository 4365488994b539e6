import Foundation
import Testing

/// Mistakes that used to reach residents without a word (issue 26): each is now a warning at its
/// file, line and column, and the fix the hint gives clears it.
@Suite("Silent mistakes", .serialized)
struct SilentMistakesTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path

    func check(_ files: [String: String]) throws -> String {
        let root = try CLI.site(files)
        defer { try? FileManager.default.removeItem(at: root) }
        return try CLI.run(["check", "--source", root.path, "--theme", theme]).stderr
    }

    static let home = "---\ntitle: Home\nsummary: The home page.\n---\nHello.\n"

    @Test("a heading marker without a space is warned about at the line, and the hint's heading clears it")
    func headingSpace() throws {
        let broken = try check(["index.md": Self.home, "a.md": "---\ntitle: A\nsummary: A page.\n---\nIntro.\n\n##What it does\n"])
        #expect(broken.contains("content/a.md:7:1: warning: this line starts with '##' with no space after it"), "\(broken)")
        #expect(broken.contains("hint: put a space after the '##': '## What it does'"))
        let fixed = try check(["index.md": Self.home, "a.md": "---\ntitle: A\nsummary: A page.\n---\nIntro.\n\n## What it does\n"])
        #expect(!fixed.contains("heading-space") && !fixed.contains("no space after it"))
    }

    @Test("an empty value the theme shows after a label is warned about at the key")
    func emptyValue() throws {
        let found = try check(["index.md": Self.home, "a.md": "---\ntitle: A\nsummary: A page.\npriority: \"\"\n---\nText.\n"])
        #expect(found.contains("content/a.md:4:1: warning: 'priority' is empty, so the page would show its label with nothing after it"), "\(found)")
    }

    @Test("a settings key nothing reads is warned about, with the setting it most likely means; one a template uses is not")
    func settingsKeys() throws {
        let found = try check(["index.md": Self.home, "_site.yaml": "title: Test\npaginte: 10\nbanner: crest.png\n"])
        #expect(found.contains("content/_site.yaml:2:1: warning: 'paginte' is not a setting; did you mean 'paginate'?"), "\(found)")
        #expect(found.contains("content/_site.yaml:3:1: warning: 'banner' is not a setting SaferSite knows, and no template uses it"))

        let root = try CLI.site(["index.md": Self.home, "_site.yaml": "title: Test\nphone: 0800 555 111\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let ownTheme = root.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: theme), to: ownTheme)
        let footer = ownTheme.appendingPathComponent("templates/partials/footer.mustache")
        try (String(contentsOf: footer, encoding: .utf8) + "<p>{{site.params.phone}}</p>\n").write(to: footer, atomically: true, encoding: .utf8)
        let used = try CLI.run(["check", "--source", root.path, "--theme", ownTheme.path]).stderr
        #expect(!used.contains("'phone'"), "\(used)")
    }

    @Test("a site without content/index.md is warned about")
    func noHomePage() throws {
        let found = try check(["a.md": "---\ntitle: A\nsummary: A page.\n---\nText.\n"])
        #expect(found.contains("content/index.md: warning: the site has no home page of its own"), "\(found)")
        #expect(!(try check(["index.md": Self.home])).contains("no home page"))
    }
}
