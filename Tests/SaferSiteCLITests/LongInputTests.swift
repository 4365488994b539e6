import Foundation
import Testing

/// Pages made of one pattern repeated: headings of one text, links on one long line, findings on
/// a line of many kilobytes. Each was once quadratic in the page's size, or printed the line once
/// a finding; these check what comes out. (How long they take is checked by `make stress`, on
/// pages of a megabyte.)
@Suite("Long and repetitive pages", .serialized)
struct LongInputTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path
    let frontMatter = "---\ntitle: T\nsummary: S.\nreview_by: 2030-01-01\n---\n"

    /// Builds a one-page site whose home page's body is `body`; the result and the page's HTML.
    func build(_ body: String) throws -> (CLI.Result, String) {
        let root = try CLI.site(["index.md": frontMatter + body])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme])
        let html = (try? String(contentsOf: root.appendingPathComponent("public/index.html"), encoding: .utf8)) ?? ""
        return (result, html)
    }

    /// The ids of the page's h2 headings, in order.
    func headingIDs(_ html: String) -> [String] {
        html.components(separatedBy: "<h2 id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test("repeated headings, ATX and setext, get the same ids as always: a number past the ones taken")
    func repeatedHeadingIDs() throws {
        let body = "## Outcomes\n\n## Outcomes\n\n## Outcomes 2\n\n## Outcomes\n\nOutcomes\n--------\n\n##\n\n##\n"
        let (result, html) = try build(body)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(headingIDs(html) == ["outcomes", "outcomes-2", "outcomes-2-2", "outcomes-3", "outcomes-4", "section", "section-2"])
    }

    @Test("seven thousand bare ## lines and three thousand setext headings build, numbered in order")
    func manyIdenticalHeadings() throws {
        let (result, html) = try build(String(repeating: "##\n", count: 7_000) + String(repeating: "H\n-\n\n", count: 3_000))
        #expect(result.status == 0, "\(result.stderr)")
        let ids = headingIDs(html)
        #expect(ids.count == 10_000)
        #expect(ids.first == "section" && ids[6_999] == "section-7000")
        #expect(ids[7_000] == "h" && ids.last == "h-3000")
    }

    @Test("a page with more than 10,000 headings is an error at the first past the limit, and nothing is written")
    func tooManyHeadings() throws {
        let (result, html) = try build(String(repeating: "## Outcomes\n", count: 10_001))
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/index.md:10006:1: error: this page has more than 10000 headings; this is the first past the limit"), "\(result.stderr.prefix(500))")
        #expect(result.stderr.contains("hint: split the page into several pages"))
        #expect(html.isEmpty)
    }

    @Test("a table line with more than 200 cells is an error at the line, before cmark-gfm parses it", arguments: [0, 2])
    func tooWideTable(bodyRowsBefore: Int) throws {
        let narrow = "|1|2|\n"
        let body = "Intro.\n\n|a|b|\n|-|-|\n" + String(repeating: narrow, count: bodyRowsBefore) + String(repeating: "|x", count: 201) + "|\n"
        let (result, _) = try build(body)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/index.md:\(10 + bodyRowsBefore):1: error: this table line has 201 cells; a table may have at most 200 columns"), "\(result.stderr.prefix(600))")
        // 200 cells, and a wide line in a paragraph rather than a table, are fine.
        let (fine, _) = try build("Intro.\n\n|a|b|\n|-|-|\n" + String(repeating: "|x", count: 200) + "|\n\n" + String(repeating: "a|", count: 500) + "\n")
        #expect(fine.status == 0, "\(fine.stderr.prefix(600))")
    }

    @Test("a finding on a long line shows at most 120 characters of it around the column, the caret under it")
    func boundedExcerpt() throws {
        let words = (0..<400).map { "word\($0)" }.joined(separator: " ")
        let (result, _) = try build(words + " [click here](https://example.org/) " + words + "\n")
        let lines = result.stderr.components(separatedBy: "\n")
        let header = try #require(lines.firstIndex { $0.contains("the link text 'click here' does not say where the link goes") })
        // The column: the characters before the link, plus one.
        let column = words.count + 2
        #expect(lines[header].hasPrefix("content/index.md:6:\(column): warning:"), "\(lines[header])")
        let excerpt = lines[header + 1], caret = lines[header + 2]
        #expect(excerpt.hasPrefix("    …") && excerpt.hasSuffix("…"), "\(excerpt)")
        #expect(excerpt.dropFirst(4).count == 122, "\(excerpt)")
        let caretColumn = caret.count - 1
        #expect(Array(excerpt)[caretColumn...].starts(with: "[click here]"), "\(excerpt)\n\(caret)")
        #expect(lines.allSatisfy { $0.count < 400 }, "a line of the output is longer than the bounded excerpt")
    }

    @Test("many findings on one line: the first ten show the line, the rest their message and hint alone")
    func excerptsPerLine() throws {
        let line = (0..<50).map { "[click here](https://example.org/\($0))" }.joined(separator: " ")
        let (result, _) = try build(line + "\n")
        #expect(result.stderr.components(separatedBy: "\n").filter { $0.contains("does not say where the link goes") }.count == 50)
        let lines = result.stderr.components(separatedBy: "\n")
        // The paragraph's own findings (too long, too many words) are on the line too: ten in all show it.
        #expect(lines.filter { $0.hasPrefix("    [click here]") || $0.hasPrefix("    …") }.count == 10)
        #expect(result.stderr.contains("Built 1 pages in 1 sections, 51 warnings"), "\(result.stderr.suffix(300))")
    }

    @Test("thousands of links and bare addresses on one line are each placed at their own column")
    func linksOnOneLine() throws {
        let link = "[click here](https://example.org/) "
        let bare = "see www.example.org now "
        let (result, _) = try build(String(repeating: link, count: 5_000) + String(repeating: bare, count: 5_000) + "\n")
        let stderr = result.stderr
        // 4,999 links of 35 characters come before the last link.
        #expect(stderr.contains("content/index.md:6:\(4_999 * link.count + 1): warning: the link text 'click here' does not say where the link goes"))
        // Each bare address 24 characters after the one before it, however many came before.
        let columns = stderr.components(separatedBy: "\n").filter { $0.hasSuffix("warning: the link text is a web address (www.example.org)") }
            .compactMap { Int($0.split(separator: ":")[2]) }
        #expect(columns.count == 5_000)
        #expect(columns.first.map { $0 > 5_000 * link.count } == true)
        #expect(zip(columns, columns.dropFirst()).allSatisfy { $1 - $0 == bare.count })
    }
}
