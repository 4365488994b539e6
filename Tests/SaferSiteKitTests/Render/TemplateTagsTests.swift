import Foundation
import Mustache
@testable import SaferSiteKit
import Testing

/// The include-loop check (`TemplateIncludeCheck`) follows the tags `TemplateTags` reads, while
/// swift-mustache renders the partials its own parser read: where the two disagree, a loop can
/// slip past the check and run the build out of stack. These tests hold the first to the second
/// (`MustacheTemplate.parsedIncludes`, which `ThemeLoader` checks every template against too).
@Suite("Template tags against swift-mustache's parser")
struct TemplateTagsTests {
    /// Bits that open, close and confuse tags: delimiter changes, line breaks (CR LF is one
    /// character), combining marks, braces alone, comments, triple mustaches, blocks and parents.
    static let pieces = ["{{", "}}", "{{>a}}", "{{> b }}", "{{>*v}}", "{{>* v}}", "{{>* .}}", "{{=}} ]]=}}", "]]", "}}>a]]",
                         "{{=<% }}}=}}", "}}}", "\u{2028}", "\u{0B}", "{{#s}}", "{{/s}}", "{{^s}}", "{{<a}}", "{{/a}}",
                         "{{$b}}", "{{/b}}", "{{=<% %>=}}", "<%>a%>", "<%={{ }}=%>", "{{!c}}", "{{!>a}}", "{{{v}}}",
                         "{{&v}}", "{{v}}", "\n", "\r\n", "\r", " ", "\t", "x", "\u{301}", "{", "}", ">", "<%", "%>"]

    /// Found by a review: new delimiters may hold the old closing one, and white space may follow `*`.
    @Test("delimiters holding }} and a space after * are read as swift-mustache reads them", arguments: [
        ("{{=}} ]]=}}}}>partials/review]]", ["partials/review"]),
        ("{{=<% }}}=}}<%>partials/review}}}", ["partials/review"]),
        ("{{=<% }}}=}}{{>a}}", []),
        ("{{#page.params.list}}{{>* .}}{{/page.params.list}}", ["*."]),
    ])
    func delimitersAndSpaces(_ text: String, _ expected: [String]) throws {
        ScalarHTMLContentType.registered
        let template = try MustacheTemplate(string: ScalarHTMLContentType.pragma + "\n" + text)
        #expect(template.parsedIncludes == expected)
        #expect(TemplateTags(text).includes.map(\.reference).sorted() == expected)
    }

    /// swift-mustache looks for a comment's end without stepping back, so with `%%>` as the closing
    /// delimiter it misses the end in `%%%>` and the comment swallows the tag after it. Where the
    /// two readings differ the loader refuses the template rather than trust either.
    @Test("a template whose tags the scanner and swift-mustache read differently is refused at its first line")
    func refusedWhenReadingsDiffer() throws {
        let text = "{{=<% %%>=}}<%! x%%%><%>partials/a%%>"
        ScalarHTMLContentType.registered
        let template = try MustacheTemplate(string: ScalarHTMLContentType.pragma + "\n" + text)
        #expect(template.parsedIncludes == [])
        #expect(TemplateTags(text).includes.map(\.reference) == ["partials/a"])
        let (theme, diagnostics) = ThemeLoader.load([
            SourceFile(path: "theme/templates/page.mustache", kind: .template, data: Data("{{>partials/a}}".utf8)),
            SourceFile(path: "theme/templates/partials/a.mustache", kind: .template, data: Data(text.utf8)),
        ])
        #expect(diagnostics.map(\.message) == [ThemeMessages.unreadableIncludes])
        let location = try #require(diagnostics.first?.location)
        #expect((location.file, location.line, location.column) == ("theme/templates/partials/a.mustache", 1, 1))
        #expect(!theme.has("partials/a"))
    }

    @Test("a line is counted as the lines shown under a finding count it: LF, CR LF, lone CR, nothing else")
    func lines() {
        let tags = TemplateTags("a\u{2028}b\u{0B}c\r\nd\re\n  {{>page}}")
        #expect(tags.includes.map(\.line) == [4])
        #expect(tags.includes.map(\.column) == [3])
    }

    @Test("on 20,000 random templates swift-mustache compiles, the tags read are the partials it parsed")
    func againstParser() {
        ScalarHTMLContentType.registered
        var generator = SeededGenerator(seed: 41)
        var compared = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...12, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            // Compiled as the theme loader compiles it.
            guard let template = try? MustacheTemplate(string: ScalarHTMLContentType.pragma + "\n" + text) else { continue }
            compared += 1
            let read = TemplateTags(text).includes.map(\.reference).sorted()
            #expect(read == template.parsedIncludes, "\(text.debugDescription)")
        }
        #expect(compared > 2_000)
    }
}
