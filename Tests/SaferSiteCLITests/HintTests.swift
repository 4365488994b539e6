import Foundation
import Testing

/// Hints that work when pasted (issue 26): the page a broken link most likely means, found
/// anywhere in the site and written relative to the linking page, fixes the link when pasted in.
@Suite("Hints that work when pasted", .serialized)
struct HintTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path

    @Test("a near miss, in the same folder or another, is suggested as the link should be written, and the suggestion builds",
          arguments: [("projects/aspire.md", "night-safe.md", "nightsafe.md"),
                      ("updates/news.md", "nightsafe.md", "../projects/nightsafe.md"),
                      ("partnerships/oxford/_index.md", "../../projects/night-safe.md", "../../projects/nightsafe.md")])
    func pastedSuggestionBuilds(page: String, written: String, suggested: String) throws {
        var files = [
            "index.md": "---\ntitle: Home\nsummary: The home page.\n---\nHello.\n",
            "projects/nightsafe.md": "---\ntitle: Nightsafe\nsummary: Safer nights.\n---\nText.\n",
        ]
        files[page] = "---\ntitle: Linking page\nsummary: It links.\n---\nSee [Nightsafe](\(written)).\n"
        let root = try CLI.site(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let broken = try CLI.run(["build", "--source", root.path, "--theme", theme])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("hint: did you mean '\(suggested)'?"), "\(broken.stderr)")
        let file = root.appendingPathComponent("content/" + page)
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "(\(written))", with: "(\(suggested))")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let fixed = try CLI.run(["build", "--source", root.path, "--theme", theme])
        #expect(fixed.status == 0, "\(fixed.stderr)")
    }

    @Test("a misspelt layout or data name is an error naming the one it most likely means")
    func layoutAndDataNames() throws {
        let root = try CLI.site([
            "index.md": "---\ntitle: Home\nsummary: The home page.\n---\nHello.\n",
            "a.md": "---\ntitle: A\nsummary: A page.\nlayout: projet\n---\nText.\n",
            "b.md": "---\ntitle: B\nsummary: A page.\n---\n```figures crime-figure\n```\n",
            "_data/crime-figures.yaml": "kind: figures\ncaption: Crime\nfigures:\n  - {value: 1, label: one}\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme])
        #expect(result.status == 1)
        #expect(result.stderr.contains("hint: did you mean 'project'? use one of:"), "\(result.stderr)")
        #expect(result.stderr.contains("hint: did you mean 'crime-figures'?"))
    }
}
