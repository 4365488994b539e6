import Foundation
import Testing

/// One mistake, one message: a page whose front matter cannot be read is still a page for the
/// links, menus and listings that name it, so the only error is the one in that page.
@Suite("One mistake, one message", .serialized)
struct OneMistakeTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path

    /// The ways a pasted or half-edited page's front matter goes wrong that the issue saw.
    static let broken: [(name: String, bytes: Data)] = [
        ("a tab", Data("---\ntitle: Street Angels\n\tsummary: indented with a tab\n---\nText.\n".utf8)),
        ("a colon", Data("---\ntitle: Street Angels: a plan: for nights\n---\nText.\n".utf8)),
        ("no closing line", Data("---\ntitle: Street Angels\n\nText.\n".utf8)),
        ("an impossible date", Data("---\ntitle: Street Angels\ndate: 2015-02-30\n---\nText.\n".utf8)),
        ("curly quotes", Data("---\ntitle: \u{201C}Street Angels: a plan\u{201D}\n---\nText.\n".utf8)),
        ("UTF-16", Data([0xFF, 0xFE]) + "---\ntitle: Street Angels\n---\nText.\n".data(using: .utf16LittleEndian)!),
    ]

    @Test("the broken page's own error is the only one; links, the menu and the listing still find it",
          arguments: broken.map(\.name))
    func oneMessage(name: String) throws {
        let bytes = try #require(Self.broken.first { $0.name == name }).bytes
        let root = try CLI.site([
            "_site.yaml": "title: Test\nmenus:\n  main:\n    - {name: Street Angels, page: projects/street-angels.md}\n",
            "index.md": "---\ntitle: Home\nsummary: The home page.\n---\nSee [Street Angels](projects/street-angels.md).\n",
            "projects/_index.md": "---\ntitle: Projects\nsummary: Our projects.\n---\n",
            "projects/aspire.md": "---\ntitle: ASPIRE\nsummary: Work after prison.\n---\nLike [Street Angels](street-angels.md#what-it-does).\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        try bytes.write(to: root.appendingPathComponent("content/projects/street-angels.md"))
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme])
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { $0.hasPrefix("content/projects/street-angels.md") }, "\(result.stderr)")
        #expect(!result.stderr.contains("there is no such page"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
    }
}
