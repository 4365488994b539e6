import Foundation
import Testing

/// With `raw_html: true`, the HTML an author writes passes through an allow-list built on
/// libxml2's HTML parser: nothing in it can run script, send a form elsewhere, load another
/// document or change where the page's links lead.
@Suite("Raw HTML sanitiser", .serialized)
struct RawHTMLSanitizerTests {
    let theme = CLI.packageRoot.appendingPathComponent("theme").path

    /// The `<main>` of the home page built from `body` with raw HTML on.
    func main(_ body: String) throws -> String {
        let root = try CLI.site(["_site.yaml": "title: T\nraw_html: true\n",
                                 "index.md": "---\ntitle: Home\nsummary: S.\nreview_by: 2030-01-01\n---\n" + body])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["build", "--source", root.path, "--theme", theme])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: root.appendingPathComponent("public/index.html"), encoding: .utf8)
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test("javascript: URLs in any spelling, on* handlers, <form>, <object>, <meta>, <base> and <embed> are dropped",
          arguments: [
              ("<a href=\"jav&#x61;script:alert(1)\">x</a>", "<a>x</a>"),
              ("<a href=\" JaVaScRiPt:alert(1)\">x</a>", "<a>x</a>"),
              ("<img src=x oNeRrOr=\"alert(1)\">", "<img src=\"x\">"),
              ("<a href=\"https://ok.example/\" onclick=\"x()\" style=\"color:red\">ok</a>", "<a href=\"https://ok.example/\">ok</a>"),
              ("<form action=\"javascript:alert(1)\"><input name=q><button>Go</button></form>after", "after"),
              ("<object data=\"x.swf\"></object>after", "after"),
              ("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">after", "after"),
              ("<base href=\"https://evil.example/\">after", "after"),
              ("<embed src=\"x.swf\">after", "after"),
              ("<svg><a href=\"javascript:alert(1)\"><text>svg</text></a></svg>", "<svg><a><text>svg</text></a></svg>"),
              ("<img src=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\">", "<img>"),
              // A srcset is a list of addresses: one unsafe address drops the whole list.
              ("<picture><source srcset=\"a.webp 1x, javascript:alert(1) 2x\"><img src=\"a.png\" srcset=\"a.png 480w,\n data:x 800w\"></picture>",
               "<picture><source><img src=\"a.png\"></picture>"),
          ])
    func dropped(input: String, expected: String) throws {
        let html = try main("Before " + input + " end.\n")
        #expect(html.contains(expected), "\(html)")
        for unsafe in ["javascript", "onerror", "onclick", "<form", "<object", "<meta", "<base", "<embed", "<input", "data:", "style=\"color"] {
            #expect(!html.lowercased().contains(unsafe.lowercased()), "\(unsafe) in \(html)")
        }
    }

    @Test("<script>, <style> and <iframe> never reach the page as elements")
    func scriptStyleFrame() throws {
        let html = try main("<script>alert(1)</script>\n\n<p>a<script>alert(2)</script>b<style>x{}</style><iframe src=\"https://evil.example/\"></iframe></p>\n")
        for tag in ["<script", "<style", "<iframe"] { #expect(!html.contains(tag), "\(tag) in \(html)") }
    }

    @Test("ordinary raw HTML, Markdown inside a <div>, and the build's own tables keep their shape")
    func ordinaryHTMLKept() throws {
        let html = try main("<div class=\"note\">\n\nMarkdown **inside**.\n\n</div>\n\n<details><summary>More</summary>Hidden <abbr title=\"Community Safety Partnership\">CSP</abbr></details>\n\n| a | b |\n|--:|:-:|\n| 1 | 2 |\n")
        #expect(html.contains("<div class=\"note\">\n<p>Markdown <strong>inside</strong>.</p>\n</div>"), "\(html)")
        #expect(html.contains("<details><summary>More</summary>Hidden <abbr title=\"Community Safety Partnership\">CSP</abbr></details>"), "\(html)")
        #expect(html.contains("<th style=\"text-align: right\">a</th>"), "\(html)")
        #expect(html.contains("<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\">"), "\(html)")
    }
}
