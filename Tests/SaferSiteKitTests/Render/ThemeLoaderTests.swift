import Foundation
import Testing
@testable import SaferSiteKit

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
}
