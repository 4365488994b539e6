@testable import Diagnostics
@testable import Preview
@testable import SaferSiteKit
import Testing

@Suite("Serve: build problems in the browser")
struct ServeBuildProblemsHTMLTests {
    let problem = Diagnostic(.error, at: SourceLocation(file: "content/<about>.md", line: 2, column: 8),
                             "expected ':' after key \"title\" & more", hint: "write <key>: value",
                             sourceLine: "title <script>alert(1)</script>")
    let warning = Diagnostic(.warning, at: SourceLocation(file: "content/projects/aspire.md", line: 3, column: 10),
                             "the summary is empty", hint: "write one sentence")
    let templateWarning = Diagnostic(.warning, at: SourceLocation(file: "theme/templates/base.mustache", line: 9, column: 1),
                                     "an unknown tag")
    let addresses = ["content/projects/aspire.md": "/projects/aspire/", "content/<about>.md": "/a\"b/"]

    @Test("the banner lists file:line:column, message, source line and hint, all escaped")
    func escaped() {
        let banner = BuildProblemsHTML.banner(problems: [problem], failure: nil, hasGoodBuild: true)
        #expect(banner.contains(#"role="alert""#))
        #expect(banner.contains("content/&lt;about&gt;.md:2:8"))
        #expect(banner.contains("expected &#39;:&#39; after key &quot;title&quot; &amp; more"))
        #expect(banner.contains("title &lt;script&gt;alert(1)&lt;/script&gt;\n       ^"))
        #expect(banner.contains("write &lt;key&gt;: value"))
        #expect(!banner.contains("<script>"))
        #expect(banner.contains(PreviewMessages.buildFailed(errors: 1)))
        #expect(banner.contains(PreviewMessages.showingLastGood))
        #expect(!banner.contains("style="), "inline styles would be refused by a Content-Security-Policy")
    }

    @Test("errors are listed open and warnings folded, each under a summary with its count")
    func errorsAndWarnings() throws {
        let banner = BuildProblemsHTML.banner(problems: [warning, problem, templateWarning], failure: nil, hasGoodBuild: true)
        #expect(banner.contains(#"<h2 id="safersite-build-problems-heading">The site has 1 error and 2 warnings</h2>"#))
        #expect(banner.contains(#"<details class="safersite-problems__errors" open><summary>1 error</summary>"#))
        #expect(banner.contains(#"<details class="safersite-problems__warnings"><summary>2 warnings</summary>"#))
        let errors = try #require(banner.range(of: "1 error</summary>"))
        let warnings = try #require(banner.range(of: "2 warnings</summary>"))
        #expect(errors.upperBound < warnings.lowerBound, "errors come first")
        #expect(banner[warnings.upperBound...].contains("content/projects/aspire.md:3:10"))
        #expect(banner[warnings.upperBound...].contains("theme/templates/base.mustache:9:1"))
        #expect(banner.contains(#"<span class="safersite-problems__warning">warning</span>: the summary is empty"#))
        #expect(banner.contains("<p>Hint: write one sentence</p>"))
    }

    @Test("with warnings alone the box is a folded status in amber that says a strict publish stops at them")
    func warningsOnly() {
        let banner = BuildProblemsHTML.banner(problems: [warning], failure: nil, hasGoodBuild: true, failed: false)
        #expect(banner.contains(#"class="safersite-problems safersite-problems--warnings" role="status""#))
        #expect(!banner.contains(#"role="alert""#))
        #expect(banner.contains("The site has 1 warning</h2>"))
        #expect(banner.contains(PreviewMessages.warningsOnly))
        #expect(banner.contains("build --strict"))
        #expect(banner.contains(#"<details class="safersite-problems__warnings"><summary>1 warning</summary>"#))
        #expect(!banner.contains(" open>"))
    }

    @Test("each finding in a page links to that page's address in the preview; others have no link")
    func linksToPages() {
        let banner = BuildProblemsHTML.banner(problems: [problem, warning, templateWarning], failure: nil, hasGoodBuild: true,
                                              pageAddresses: addresses)
        #expect(banner.contains(#"<a href="/projects/aspire/">Go to the page /projects/aspire/</a>"#))
        #expect(banner.contains(#"<a href="/a&quot;b/">Go to the page /a&quot;b/</a>"#))
        #expect(banner.components(separatedBy: "<a href=").count == 3, "the template's finding has no page")
    }

    @Test("notes stay in the terminal")
    func notes() {
        let note = Diagnostic(.note, at: SourceLocation(file: "content/later.md", line: 2, column: 15), "goes on the site on 1 May")
        let banner = BuildProblemsHTML.banner(problems: [warning, note], failure: nil, hasGoodBuild: true, failed: false)
        #expect(!banner.contains("content/later.md"))
        #expect(banner.contains("The site has 1 warning</h2>"))
    }

    @Test("the box and its stylesheet go straight after the <body> tag, attributes and all")
    func afterBodyStart() {
        let page = #"<html><head></head><body class="home"><main>Hi</main></body></html>"#
        let result = BuildProblemsHTML.insertBanner("BANNER", into: page)
        #expect(result == #"<html><head></head><body class="home">"# + "\n"
            + #"<link rel="stylesheet" href="/__safersite/problems.css">"# + "\nBANNER<main>Hi</main></body></html>")
    }

    @Test("the stylesheet keeps the box at the top of the window, scrolls a long list inside it, and leaves it out of print")
    func stylesheet() {
        let css = BuildProblemsHTML.stylesheet
        #expect(css.contains("#safersite-build-problems {\n  position: sticky; top: 0;"))
        #expect(css.contains("max-height: 50vh; overflow-y: auto;"))
        #expect(css.contains("@media print { #safersite-build-problems { display: none !important; } }"))
        #expect(css.contains("#safersite-build-problems, #safersite-build-problems * { all: revert;"))
        #expect(css.contains("summary:focus-visible"))
    }

    @Test("with nothing built yet, a whole page lists the problems")
    func wholePage() {
        let page = BuildProblemsHTML.page(problems: [problem], failure: nil)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains(#"<html lang="en-GB">"#))
        #expect(page.contains("<title>"))
        #expect(page.contains(#"<link rel="stylesheet" href="/__safersite/problems.css">"# + "\n</head>"))
        #expect(page.contains(PreviewMessages.nothingBuiltYet))
        #expect(page.contains("content/&lt;about&gt;.md:2:8"))
    }
}
