@testable import Diagnostics
@testable import Preview
@testable import SaferSiteKit
import Testing

@Suite("Serve: build problems in the browser")
struct ServeBuildProblemsHTMLTests {
    let problem = Diagnostic(.error, at: SourceLocation(file: "content/<about>.md", line: 2, column: 8),
                             "expected ':' after key \"title\" & more", hint: "write <key>: value",
                             sourceLine: "title <script>alert(1)</script>")

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
    }

    @Test("the banner goes straight after the <body> tag, attributes and all")
    func afterBodyStart() {
        let page = #"<html><head></head><body class="home"><main>Hi</main></body></html>"#
        let result = BuildProblemsHTML.insertBanner("BANNER", into: page)
        #expect(result == #"<html><head></head><body class="home">"# + "\nBANNER<main>Hi</main></body></html>")
    }

    @Test("with nothing built yet, a whole page lists the problems")
    func wholePage() {
        let page = BuildProblemsHTML.page(problems: [problem], failure: nil)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains(#"<html lang="en-GB">"#))
        #expect(page.contains("<title>"))
        #expect(page.contains(PreviewMessages.nothingBuiltYet))
        #expect(page.contains("content/&lt;about&gt;.md:2:8"))
    }
}
