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

    /// `SourceText` finds line breaks with `memchr` (`LFLines`); its lines must be those of a
    /// plain split of the normalised text, less the empty one after a final line break.
    @Test("a text's lines are those of a plain split, on 2,000 random texts")
    func linesAgainstPlainSplit() {
        let pieces = ["a", "é", "\u{301}", "😀", " ", "---", "\n", "\r", "\r\n", "\n\n", "\u{FEFF}", "title: x"]
        var generator = SeededGenerator(seed: 8)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            // CR LF, then a lone CR, made LF byte by byte; a leading byte order mark dropped.
            var bytes = Array(text.utf8)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            var lf: [UInt8] = []
            for (index, byte) in bytes.enumerated() where !(byte == 13 && bytes.indices.contains(index + 1) && bytes[index + 1] == 10) {
                lf.append(byte == 13 ? 10 : byte)
            }
            let normalised = String(decoding: lf, as: UTF8.self)
            var expected = normalised.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if normalised.isEmpty || normalised.hasSuffix("\n") { expected.removeLast() }
            let source = SourceText(text)
            #expect(source.lines.map(String.init) == expected, "\(text.debugDescription)")
            #expect(source.text(fromLine: 0) == normalised, "\(text.debugDescription)")
        }
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
