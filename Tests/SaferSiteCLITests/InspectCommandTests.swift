import Foundation
import Testing

/// `safersite inspect FILE --json`, as the communications team uses it.
@Suite("safersite inspect")
struct InspectCommandTests {
    @Test("prints a page's front matter as one JSON object, dates as ISO 8601")
    func printsJSON() throws {
        let file = CLI.fixtures.appendingPathComponent("basic-site/content/about.md").path
        let result = try CLI.run(["inspect", file, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["title"] as? String == "About us")
        #expect(object?["weight"] as? Int == 1)
        #expect(object?["toc"] as? Bool == true)
        #expect(object?["last_reviewed"] as? String == "2015-06-03")
        #expect(object?["colour"] as? String == "<b>teal</b>")
    }

    @Test("prints the diagnostic with a caret and exits 1 for bad front matter")
    func reportsProblems() throws {
        let file = CLI.fixtures.appendingPathComponent("broken-site/content/tabs.md").path
        let result = try CLI.run(["inspect", file, "--json"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("tabs.md:3:1: error:"), "\(result.stderr)")
        #expect(result.stderr.contains("    ^"), "\(result.stderr)")
        #expect(result.stderr.contains("hint:"), "\(result.stderr)")
    }
}
