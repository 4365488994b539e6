@testable import Diagnostics
@testable import FrontMatter
@testable import SaferSiteKit
import Testing

@Suite("Page front matter keys")
struct PageMetadataDecoderTests {
    func decode(_ text: String) -> (PageMetadata, [Diagnostic]) {
        let parsed = FrontMatterParser.parsePage(text, file: "content/p.md")
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        return PageMetadataDecoder(source: SourceLines(file: "content/p.md", text: text))
            .decode(parsed.frontMatter, fallbackTitle: "p.md", frontMatterLine: parsed.frontMatterLine)
    }

    @Test("known keys are read with their types")
    func knownKeys() {
        let (meta, diagnostics) = decode("---\ntitle: Nightsafe\nsummary: Safer nights.\ndate: 2015-06-03\nweight: 3\ndraft: false\ntoc: true\ntopics: [night-time economy, violent crime]\ndistrict: oxford\n---\n")
        #expect(diagnostics.isEmpty)
        #expect(meta.title == "Nightsafe" && meta.summary == "Safer nights." && meta.weight == 3)
        #expect(meta.date == FrontMatterDate(year: 2015, month: 6, day: 3))
        #expect(meta.tableOfContents && !meta.draft)
        #expect(meta.topics == ["night-time economy", "violent crime"])
        #expect(meta.district == "oxford")
    }

    @Test("a wrong type is an error at the value, with a hint", arguments: [
        ("---\ntitle: T\nweight: \"ten\"\n---\n", 3, 9, "'weight' should be a whole number, but it is text"),
        ("---\ntitle: T\ndate: June 2015\n---\n", 3, 7, "'date' should be a date written as YYYY-MM-DD, but it is text"),
        ("---\ntitle: 2015\n---\n", 2, 8, "'title' should be text, but it is a whole number"),
        ("---\ntitle: T\ndraft: yes\n---\n", 3, 8, "'draft' should be true or false, but it is text"),
    ])
    func wrongTypes(text: String, line: Int, column: Int, message: String) throws {
        let problem = try #require(decode(text).1.first)
        #expect(problem.severity == .error)
        #expect(problem.message == message)
        #expect(problem.location.line == line && problem.location.column == column)
        #expect(problem.hint != nil)
    }

    @Test("a misspelt key is a warning naming the key it looks like; other keys pass silently")
    func typos() {
        let (meta, diagnostics) = decode("---\ntitle: T\nsummray: x\nLast-Reviewed: 2015-01-01\ncolour: blue\n---\n")
        #expect(diagnostics.map(\.severity) == [.warning, .warning])
        #expect(diagnostics.first?.message == ContentMessages.unknownKey("summray", near: "summary"))
        #expect(diagnostics.last?.message == ContentMessages.unknownKey("Last-Reviewed", near: "last_reviewed"))
        #expect(meta.entry("colour") != nil)
    }

    @Test("a page without a title is an error")
    func missingTitle() {
        #expect(decode("---\nsummary: x\n---\n").1.first?.message == ContentMessages.missingTitle)
    }
}
