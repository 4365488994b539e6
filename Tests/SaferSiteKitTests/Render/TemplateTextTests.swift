import Foundation
@testable import SaferSiteKit
import Testing

/// `TemplateText` must be indistinguishable from a `String` in every way a template can use text.
@Suite("Template text")
struct TemplateTextTests {
    static let uses = [
        "{{page.title}}",
        "{{{page.title}}}",
        "<a title=\"{{page.title}}\">",
        "{{#page.title}}[{{.}}]{{/page.title}}",
        "{{^page.title}}none{{/page.title}}|{{^page.missing}}missing{{/page.missing}}",
        "{{#page.empty}}[{{.}}]{{/page.empty}}{{^page.empty}}no text{{/page.empty}}",
        "{{lowercased(page.title)}} {{uppercased(page.title)}} {{capitalized(page.title)}} {{reversed(page.title)}}",
        "{{#empty(page.empty)}}empty{{/empty(page.empty)}}{{^empty(page.title)}}not empty{{/empty(page.title)}}",
        "{{#page.items}}<li>{{.}}|{{name}}</li>{{/page.items}}",
        "{{#page.pair}}{{name}} at {{url}}{{/page.pair}}",
    ]

    static func context(_ text: (String) -> Any) -> [String: Any] {
        ["page": [
            "title": text("Anti-social <behaviour> & \"x\"\u{301} in Witney"),
            "empty": text(""),
            "items": [text("one"), text("<two>")],
            "pair": ["name": text("Cherwell"), "url": text("/cherwell/?a=1&b=2")],
        ]]
    }

    @Test("renders, tests and transforms as a String does", arguments: uses)
    func sameAsString(template: String) throws {
        let (theme, diagnostics) = ThemeLoader.load([SourceFile(path: "theme/templates/page.mustache", kind: .template, data: Data(template.utf8))])
        #expect(diagnostics.isEmpty)
        let plain = try #require(theme.render(Self.context { $0 }, template: "page"))
        let wrapped = try #require(theme.render(Self.context { TemplateText($0) }, template: "page"))
        #expect(wrapped == plain)
        #expect(!plain.isEmpty)
    }

    @Test("a theme can name a partial by page.layout, as the page's template values give it")
    func partialNamedByLayout() throws {
        let site = ServiceFixtures.site([ServiceFixtures.page("/", title: "Home", kind: .home, layout: "special")])
        let values = TemplateContext(site: site, bodies: [RenderedMarkdown(html: "")]).context(forPage: 0, listed: [], pagination: [:])
        let (theme, diagnostics) = ThemeLoader.load([
            SourceFile(path: "theme/templates/page.mustache", kind: .template, data: Data("[{{>*page.layout}}|{{>*page.kind}}]".utf8)),
            SourceFile(path: "theme/templates/special.mustache", kind: .template, data: Data("special for {{page.title}}".utf8)),
            SourceFile(path: "theme/templates/home.mustache", kind: .template, data: Data("home".utf8)),
        ])
        #expect(diagnostics.isEmpty)
        #expect(theme.render(values, template: "page") == "[special for Home|home]")
    }

}
