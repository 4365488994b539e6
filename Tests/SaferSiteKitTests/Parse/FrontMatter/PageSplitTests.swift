@testable import Diagnostics
@testable import FrontMatter
@testable import SaferSiteKit
import Testing

/// Splitting a page into front matter and body: fences, line endings, byte order mark, line numbers.
struct PageSplitTests {
    @Test func pageWithFrontMatterAndBody() {
        let page = FrontMatterParser.parsePage("---\ntitle: About\nweight: 2\n---\n# About\n\nText.\n", file: "p.md")
        #expect(page.diagnostics.isEmpty)
        #expect(page.hasFrontMatter)
        #expect(page.frontMatterLine == 1)
        #expect(page.frontMatter.map(\.key) == ["title", "weight"])
        #expect(page.body == "# About\n\nText.\n")
        #expect(page.bodyFirstLine == 5)
    }

    @Test(arguments: [
        // (text, body, bodyFirstLine)
        ("---\r\ntitle: Café\r\n---\r\nBody\r\nline 2\r\n", "Body\nline 2\n", 4),
        ("\u{FEFF}---\ntitle: Café\n---\nBody\n", "Body\n", 4),
        ("\u{FEFF}---\r\ntitle: Café\r\n---\r\nBody", "Body", 4),
        ("---\rtitle: Café\r---\rBody\rmore\r", "Body\nmore\n", 4),
        ("---  \ntitle: Café\n--- \t\nBody\n", "Body\n", 4),
        ("---\ntitle: Café\n---", "", 4),
        ("---\ntitle: Café\n---\n", "", 4),
        ("---\ntitle: Café\n---\ntext\n---\nmore\n", "text\n---\nmore\n", 4),
        ("---\ntitle: Café\n\n---\n\n\nBody\n", "\n\nBody\n", 5),
    ])
    func lineEndingsAndBOMAreNormalised(_ text: String, _ body: String, _ bodyFirstLine: Int) {
        let page = FrontMatterParser.parsePage(text, file: "p.md")
        #expect(page.diagnostics.isEmpty, "\(describe(page.diagnostics))")
        #expect(page.frontMatter.first?.value.value == .string("Café"))
        #expect(page.body == body)
        #expect(page.bodyFirstLine == bodyFirstLine)
    }

    @Test(arguments: ["# Just Markdown\n", "", "\u{FEFF}Text\r\nmore", "--- not a fence\ntitle: x\n"])
    func pageWithoutFrontMatter(_ text: String) {
        let page = FrontMatterParser.parsePage(text, file: "p.md")
        #expect(!page.hasFrontMatter)
        #expect(page.frontMatterLine == 0)
        #expect(page.frontMatter.isEmpty)
        #expect(page.bodyFirstLine == 1)
        #expect(page.diagnostics.isEmpty)
        #expect(page.body == SourceText(text).text(fromLine: 0))
    }

    @Test func emptyFrontMatter() {
        let page = FrontMatterParser.parsePage("---\n---\nBody\n", file: "p.md")
        #expect(page.hasFrontMatter)
        #expect(page.frontMatter.isEmpty)
        #expect(page.diagnostics.isEmpty)
        #expect(page.body == "Body\n")
        #expect(page.bodyFirstLine == 3)
    }

    @Test func crlfLinesAndColumnsInDiagnostics() throws {
        let page = FrontMatterParser.parsePage("\u{FEFF}---\r\ntitle: Łódź\r\ncity: \"Kraków\" x\r\n---\r\n", file: "p.md")
        let diagnostic = try #require(page.diagnostics.first)
        #expect(diagnostic.message == FrontMatterError.textAfterQuote.message)
        #expect((diagnostic.location.line, diagnostic.location.column) == (3, 16))
        #expect(diagnostic.sourceLine == "city: \"Kraków\" x")
    }

    @Test func frontMatterLinesCountFromTheFileStart() throws {
        let page = FrontMatterParser.parsePage("---\n# comment\ntitle: x\ndate: 2015-06-03\n---\n", file: "p.md")
        let date = try #require(page.frontMatter.last)
        #expect((date.line, date.column) == (4, 1))
        #expect((date.value.line, date.value.column) == (4, 7))
        #expect(date.value.value == .date(FrontMatterDate(year: 2015, month: 6, day: 3)))
    }
}
