@testable import Diagnostics
@testable import SaferSiteKit
import Testing

/// The Markdown stage through the real cmark-gfm library.
@Suite("Markdown rendering")
struct MarkdownRendererTests {
    let links = LinkResolver(
        pageURLs: ["about.md": "/about/", "projects/aspire.md": "/projects/aspire/", "index.md": "/"],
        assetPaths: ["files/report.pdf"])

    func render(_ markdown: String, folder: String = "", rawHTML: Bool = false, firstLine: Int = 5) -> RenderedMarkdown {
        MarkdownRenderer(allowRawHTML: rawHTML).render(markdown, file: "content/page.md", firstLine: firstLine, folder: folder, links: links) { request in
            .success("<div class=\"data\">\(request.kind.rawValue):\(request.name)</div>")
        }
    }

    @Test("GFM extensions: table, strikethrough, autolink, tasklist, footnotes, smart punctuation",
          arguments: [
              ("| a | b |\n| --- | ---: |\n| 1 | 2 |\n", #"<td style="text-align: right">2</td>"#),
              ("~~gone~~\n", "<del>gone</del>"),
              ("See https://www.gov.uk today\n", #"<a href="https://www.gov.uk">https://www.gov.uk</a>"#),
              ("- [x] done\n", #"<li><label class="task"><input type="checkbox" disabled checked> done</label></li>"#),
              ("Text[^1]\n\n[^1]: Note\n", "data-footnote-ref"),
              ("\"Quoted\" -- dash\n", "“Quoted” – dash"),
          ])
    func extensions(markdown: String, expected: String) {
        #expect(render(markdown).html.contains(expected))
    }

    @Test("each paragraph's words and where it starts, wherever it sits: lists, quotes, footnotes")
    func paragraphs() {
        let markdown = """
            Intro with *emphasis*, `code` and a [link](about.md)
            over two lines.

            ## A heading is not a paragraph

            - First item
            - Second item with **bold**

            > Quoted\\
            > text.

            | cell | other |
            | --- | --- |
            | not a | paragraph |

            \u{301}Starts with a combining mark[^1].

            [^1]: The note.

            """
        let rendered = render(markdown)
        #expect(rendered.paragraphs.map(\.text) == [
            "Intro with emphasis, code and a link over two lines.",
            "First item",
            "Second item with bold",
            "Quoted text.",
            "\u{301}Starts with a combining mark.",
            "The note.",
        ])
        #expect(rendered.paragraphs.map(\.location.line) == [5, 10, 11, 13, 20, 22])
        #expect(rendered.paragraphs.allSatisfy { $0.location.file == "content/page.md" && $0.location.column >= 1 })
    }

    @Test("tables are wrapped in a focusable region named after the heading before them")
    func tableWrapper() {
        let html = render("## Crime in Oxford\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n").html
        #expect(html.contains(#"<div class="table-scroll" role="region" aria-label="Table: Crime in Oxford" tabindex="0">"#))
    }

    @Test("raw HTML is left out unless the site opts in; tagfilter still disarms script")
    func rawHTML() {
        #expect(!render("<b>bold</b>\n").html.contains("<b>"))
        #expect(render("<b>bold</b>\n", rawHTML: true).html.contains("<b>bold</b>"))
        #expect(render("<script>x</script>\n", rawHTML: true).html.contains("&lt;script&gt;"))
    }

    @Test("headings get stable, unique ids and the list of headings records them with file lines")
    func headingIDs() {
        let result = render("## What we do\n\nText\n\n### What we do\n\n## Café & bar\n")
        #expect(result.html.contains(##"<div class="heading-row"><h2 id="what-we-do">\##nWhat we do\##n</h2><a class="heading-anchor" href="#what-we-do">"##))
        #expect(result.headings.map(\.id) == ["what-we-do", "what-we-do-2", "café-bar"])
        #expect(result.headings.map(\.line) == [5, 9, 11])
        #expect(result.headings.map(\.level) == [2, 3, 2])
    }

    @Test("a heading's anchor follows it, named from the heading, so the heading is named by its text alone")
    func headingAnchor() {
        let html = render("## Cafés & *bars*\n\nText.\n").html
        let heading = html.components(separatedBy: "</h2>").first ?? ""
        #expect(!heading.contains("<a"))
        #expect(html.contains(##"</h2><a class="heading-anchor" href="#cafés-bars"><span aria-hidden="true">#</span>"##
            + #"<span class="visually-hidden">Link to section: Cafés &amp; bars</span></a></div>"#))
    }

    @Test("a task's checkbox is labelled by its item's text and keeps its state; loose items and links too",
          arguments: [
              ("- [ ] Map the hot spots\n", #"<li><label class="task"><input type="checkbox" disabled> Map the hot spots</label></li>"#),
              ("- [X] Train [staff](about.md)\n",
               #"<label class="task"><input type="checkbox" disabled checked> Train <a href="/about/">staff</a></label>"#),
              ("- [x] First\n\n  More.\n\n- [ ] Second\n",
               #"<li>\#n<p><label class="task"><input type="checkbox" disabled checked> First</label></p>\#n<p>More.</p>"#),
          ])
    func taskLabels(markdown: String, expected: String) {
        let html = render(markdown).html
        #expect(html.contains(expected))
        #expect(!html.contains("<input type=\"checkbox\" checked=\"\""))
    }

    @Test("inline HTML is left out of a heading's text and id, with raw HTML off or on")
    func headingWithInlineHTML() {
        for raw in [false, true] {
            let result = render("## <em>Plan</em> for 2015\n", rawHTML: raw)
            #expect(result.headings.first?.text == "Plan for 2015")
            #expect(result.headings.first?.id == "plan-for-2015")
        }
    }

    @Test("a heading holding raw HTML renders it (its nodes outlive the replaced heading)")
    func headingWithRawHTML() {
        let html = render("## What <b>next</b> for 2015\n\nText.\n", rawHTML: true).html
        #expect(html.contains(#"<h2 id="what-next-for-2015">"#))
        #expect(html.contains("What <b>next</b> for 2015"))
    }

    @Test("relative links to Markdown files become page URLs, anchors kept")
    func pageLinks() {
        let result = render("[ASPIRE](../projects/aspire.md#outcomes) and [home](../index.md)\n", folder: "partnerships")
        #expect(result.html.contains(##"<a href="/projects/aspire/#outcomes">ASPIRE</a>"##))
        #expect(result.html.contains(#"<a href="/">home</a>"#))
        #expect(result.links.first?.targetContentPath == "projects/aspire.md")
        #expect(result.links.first?.fragment == "outcomes")
        #expect(result.diagnostics.isEmpty)
    }

    @Test("a link to a missing page is an error at the link's file line and column")
    func brokenLink() throws {
        let result = render("Intro line.\n\nSee [the plan](plan.md) now.\n", firstLine: 4)
        let problem = try #require(result.diagnostics.first)
        #expect(problem.message == MarkdownMessages.missingPage("plan.md"))
        #expect(problem.location == SourceLocation(file: "content/page.md", line: 6, column: 5))
        #expect(problem.sourceLine == "See [the plan](plan.md) now.")
    }

    @Test("columns count characters, not bytes, after non-ASCII text")
    func characterColumns() throws {
        let problem = try #require(render("Café – [x](nope.md)\n", firstLine: 1).diagnostics.first)
        #expect(problem.location.column == 8)
    }

    @Test("javascript: and data: links are refused even with raw HTML on", arguments: ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", " java\tscript:x"])
    func unsafeLinks(destination: String) throws {
        let result = render("[x](<\(destination)>)\n", rawHTML: true)
        #expect(result.diagnostics.first?.code == "unsafe-link")
        #expect(!result.html.lowercased().contains("script:"))
        #expect(!result.html.contains("data:text"))
    }

    @Test("links to files in content/ become site URLs; missing files are errors")
    func assetLinks() {
        #expect(render("[PDF](files/report.pdf)\n").html.contains(#"href="/files/report.pdf""#))
        #expect(render("[PDF](files/missing.pdf)\n").diagnostics.first?.code == "broken-link")
        #expect(render("[up](../../etc/passwd)\n", folder: "a").diagnostics.first?.code == "broken-link")
    }

    @Test("a data block is replaced by what the data renderer gives")
    func dataBlock() {
        let html = render("Before\n\n```table oxford-crime\n```\n\nAfter\n").html
        #expect(html.contains(#"<div class="data">table:oxford-crime</div>"#))
        #expect(!html.contains("<pre>"))
    }

    @Test("a data block without a name is an error; other code blocks stay code")
    func dataBlockWithoutName() {
        let result = render("```chart\n```\n\n```swift\nlet x = 1\n```\n")
        #expect(result.diagnostics.first?.message == MarkdownMessages.dataBlockUsage("chart"))
        #expect(result.html.contains(#"<pre><code class="language-swift">"#))
    }

    @Test("plain text keeps the words for search and checks")
    func plainText() {
        #expect(render("## Title\n\nSome *emphasis* and `code`.\n").plainText.contains("Some emphasis and code."))
    }
}

@Suite("Markdown plain text")
struct MarkdownPlainTextTests {
    @Test("blocks and table cells are separated by spaces")
    func separated() {
        let links = LinkResolver(pageURLs: [:], assetPaths: [])
        let text = MarkdownRenderer().render("## What we do\n\n| Measure | 2013/14 |\n| --- | --- |\n| Burglary | 100 |\n\n- one\n- two\n",
                                             file: "p.md", firstLine: 1, folder: "", links: links) { _ in .success("") }.plainText
        #expect(text.contains("What we do Measure 2013/14 Burglary 100 one two"), "\(text)")
        let joined = MarkdownRenderer().render("Para one.\n\n## Next\n", file: "p.md", firstLine: 1, folder: "", links: links) { _ in .success("") }.plainText
        #expect(joined.contains("Para one. Next"), "\(joined)")
    }

    @Test("pages rendered at the same time all get strikethrough and autolinks (cmark-gfm's shared special characters)")
    func parallelRenderingIsDeterministic() {
        // cmark-gfm adds and removes the extensions' special characters in one table for the
        // whole process; before parsing took turns, about one page in a hundred lost its <del>.
        let links = LinkResolver(pageURLs: [:], assetPaths: [])
        let body = (1...40).map { "Line \($0) is ~~struck~~ and www.example.org is linked.\n" }.joined(separator: "\n")
        let bodies = ParallelMap.map(400, chunkSize: 1) { _ in
            MarkdownRenderer().render(body, file: "p.md", firstLine: 1, folder: "", links: links) { _ in .success("") }.html
        }
        let wrong = bodies.filter { $0.components(separatedBy: "<del>struck</del>").count != 41 || $0.contains("~~") }
        #expect(wrong.count == 0, "some bodies lost their strikethrough or autolinks")
    }
}

/// Figure links through the real cmark-gfm: replaced by their text in the syntax tree.
@Suite("Markdown quoted figures")
struct MarkdownQuotedFigureTests {
    let links = LinkResolver(pageURLs: [:], assetPaths: [])

    /// Renders with figures looked up in `figures` by destination; one not there is an error at its location.
    func render(_ markdown: String, _ figures: [String: String?]) -> RenderedMarkdown {
        MarkdownRenderer().render(markdown, file: "content/page.md", firstLine: 5, folder: "", links: links, figures: { request in
            if let figure = figures[request.destination] { return .success(figure) }
            return .failure(.error("no such figure", at: request.location, code: "data"))
        }) { _ in .success("") }
    }

    @Test("the link becomes the figure as plain, escaped text, in the HTML, the plain text and headings; nothing is a link")
    func replaced() {
        let rendered = render("## Crime fell by [9.5%](figure:c/all/fall)\n\nFrom *[24](figure:c/s/earliest)* to [56](figure:c/s/latest) & [<b>](figure:c/x/latest).\n",
                              ["figure:c/all/fall": "9.5%", "figure:c/s/earliest": "24", "figure:c/s/latest": "56", "figure:c/x/latest": "<b>"])
        #expect(rendered.html.contains("<p>From <em>24</em> to 56 &amp; &lt;b&gt;.</p>"), "\(rendered.html)")
        #expect(rendered.headings.map(\.text) == ["Crime fell by 9.5%"])
        #expect(rendered.plainText.contains("From 24 to 56 & <b>."), "\(rendered.plainText)")
        #expect(rendered.links.isEmpty)
        #expect(rendered.diagnostics.isEmpty)
    }

    @Test("written text that is not the figure is a warning at the link; the page shows the figure, in the plain text too")
    func changedFigure() {
        let rendered = render("Before.\n\nIt rose to [56](figure:c/s/latest), more than twice as many.\n", ["figure:c/s/latest": "57"])
        #expect(rendered.html.contains("<p>It rose to 57, more than twice as many.</p>"))
        #expect(rendered.paragraphs.map(\.text) == ["Before.", "It rose to 57, more than twice as many."])
        let warning = rendered.diagnostics.first
        #expect(warning?.severity == .warning)
        #expect(warning?.location == SourceLocation(file: "content/page.md", line: 7, column: 12))
        #expect(warning?.message == "this sentence says '56', but the data now gives 57, so the page shows 57")
        #expect(warning?.hint == "write [57](figure:c/s/latest) and check the words around it still fit the new figure")
    }

    @Test("empty brackets take the figure without a warning; a figure whose data is broken keeps its written text")
    func emptyAndBroken() {
        let rendered = render("A [](figure:c/s/latest) and [24](figure:broken/s/latest).\n", ["figure:c/s/latest": "56", "figure:broken/s/latest": nil])
        #expect(rendered.html.contains("<p>A 56 and 24.</p>"))
        #expect(rendered.diagnostics.isEmpty)
    }

    @Test("an unknown figure is reported at its address, after multi-byte characters, with the line shown")
    func located() {
        let rendered = render("£5 — see [24](figure:c/nope/latest).\n", [:])
        #expect(rendered.diagnostics.first?.location == SourceLocation(file: "content/page.md", line: 5, column: 15))
        #expect(rendered.diagnostics.first?.sourceLine == "£5 — see [24](figure:c/nope/latest).")
        #expect(rendered.html.contains("<p>£5 — see 24.</p>"))
    }

    @Test("figure links in table cells, across a line break, around an image (not checked as a link) and by reference become their figure")
    func oddPlaces() {
        let markdown = """
            | Year | Amount |
            | --- | --- |
            | 2014-15 | [£1](figure:f/a/2014-15) |

            Over [56
            people](figure:c/s/latest) and [![chart](c.png)](figure:c/s/latest) and [56][ref].

            [ref]: figure:c/s/latest

            """
        let rendered = render(markdown, ["figure:f/a/2014-15": "£1", "figure:c/s/latest": "56"])
        #expect(rendered.html.contains("<td>£1</td>"), "\(rendered.html)")
        #expect(rendered.html.contains("<p>Over 56 and 56 and 56.</p>"), "\(rendered.html)")
        #expect(rendered.diagnostics.map(\.message) == [
            "this sentence says '56 people', but the data now gives 56, so the page shows 56",
            "this sentence says 'chart', but the data now gives 56, so the page shows 56",
        ])
        // cmark-gfm places a link that spans lines on the line its text ends on.
        #expect(rendered.diagnostics.map(\.location.line) == [10, 10])
    }

    @Test("in a code span or code block, a figure link is left as written")
    func codeIsLiteral() {
        let rendered = render("`[24](figure:c/s/latest)`\n\n    [24](figure:c/s/latest)\n", [:])
        #expect(rendered.html.contains("<code>[24](figure:c/s/latest)</code>"))
        #expect(rendered.diagnostics.isEmpty)
    }
}
