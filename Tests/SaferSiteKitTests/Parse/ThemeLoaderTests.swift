import Foundation
import Mustache
@testable import SaferSiteKit
import Testing

@Suite("Theme templates")
struct ThemeLoaderTests {
    func template(_ name: String, _ text: String) -> SourceFile {
        SourceFile(path: "theme/templates/\(name).mustache", kind: .template, data: Data(text.utf8))
    }

    @Test("a template error names the template file, line and column")
    func parseError() throws {
        let (_, diagnostics) = ThemeLoader.load([template("page", "<h1>{{title}}</h1>\n{{#items}}\n<li>{{name}}</li>\n")])
        let problem = try #require(diagnostics.first)
        #expect(problem.location.file == "theme/templates/page.mustache")
        #expect(problem.location.line >= 2)
        #expect(problem.message.contains("never closed"))
    }

    @Test("values are escaped unless the template asks for HTML; partials and inheritance work")
    func rendering() throws {
        let (theme, diagnostics) = ThemeLoader.load([
            template("base", "<main>{{$main}}default{{/main}}</main>"),
            template("page", "{{<base}}{{$main}}{{>partials/t}}|{{{page.content}}}{{/main}}{{/base}}"),
            template("partials/t", "{{page.title}}"),
        ])
        #expect(diagnostics.isEmpty)
        let html = theme.render(["page": ["title": "<script>&", "content": "<p>ok</p>"]], template: "page")
        #expect(html == "<main>&lt;script&gt;&amp;|<p>ok</p></main>")
    }

    @Test("a quote or angle bracket followed by a combining mark is still escaped (the mark cannot hide it)")
    func combiningMarks() throws {
        let (theme, diagnostics) = ThemeLoader.load([
            template("page", "<a title=\"{{page.title}}\">{{page.title}}</a>{{>partials/t}}"),
            template("partials/t", "<b title=\"{{page.title}}\"></b>"),
        ])
        #expect(diagnostics.isEmpty)
        let title = "x\"\u{301} onmouseover=alert(1) <\u{301}script>'\u{301}&\u{301}"
        let html = try #require(theme.render(["page": ["title": title]], template: "page"))
        let escaped = "x&quot;\u{301} onmouseover=alert(1) &lt;\u{301}script&gt;&#39;\u{301}&amp;\u{301}"
        #expect(html == "<a title=\"\(escaped)\">\(escaped)</a><b title=\"\(escaped)\"></b>")
        // Scalar by scalar, the only quotes left are the template's own.
        #expect(html.unicodeScalars.filter { $0 == "\"" }.count == 4)
    }

    @Test("an error on a template's first line keeps its own line and column")
    func firstLineColumn() throws {
        let (_, diagnostics) = ThemeLoader.load([template("page", "<h1>{{title</h1>")])
        let problem = try #require(diagnostics.first)
        #expect(problem.location.line == 1)
        #expect(problem.location.column == 12)
        let (_, second) = ThemeLoader.load([template("page", "<h1>\n{{#a}}</h1>")])
        #expect(second.first?.location.line == 2)
    }

    @Test("templates lay out exactly as plain swift-mustache lays them out: the pragma line leaves no trace")
    func sameLayoutAsMustache() throws {
        let texts = [
            "page": "<main>\n  {{>partials/list}}\n</main>\n",
            "partials/list": "{{#items}}\n<p>{{.}}</p>\n{{/items}}\n",
            "section": "\n{{^items}}\nnone\n{{/items}}\n  {{! a comment }}\nend",
        ]
        let (theme, diagnostics) = ThemeLoader.load(texts.map { template($0.key, $0.value) })
        #expect(diagnostics.isEmpty)
        var plain = MustacheLibrary()
        for (name, text) in texts { plain.register(try MustacheTemplate(string: text), named: name) }
        for name in ["page", "section"] {
            for items in [["a", "b"], []] {
                let ours = theme.render(["items": items], template: name)
                #expect(ours != nil && ours == plain.render(["items": items], withTemplate: name), "\(name) with \(items)")
            }
        }
    }

    @Test("a template that changes the escaping is refused", arguments: ["HTML", "TEXT"])
    func contentTypeRefused(type: String) throws {
        let (theme, diagnostics) = ThemeLoader.load([template("page", "{{% CONTENT_TYPE: \(type) }}\n<p title=\"{{t}}\"></p>")])
        let problem = try #require(diagnostics.first)
        #expect(problem.severity == .error && problem.location.file == "theme/templates/page.mustache")
        #expect(problem.message.contains("escaped"))
        #expect(!theme.has("page"))
    }
}
