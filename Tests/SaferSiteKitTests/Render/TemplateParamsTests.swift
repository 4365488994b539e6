import Foundation
@testable import FrontMatter
@testable import SaferSiteKit
import Testing

/// `page.params`, made one key at a time, must render in every way a template can use it as the
/// whole mapping of the page's front matter does.
@Suite("Template params")
struct TemplateParamsTests {
    static let frontMatter = """
        title: Safer streets
        priority: High
        weight: 3
        draft: false
        date: 2024-03-05
        tags: [lighting, "night-time economy"]
        contact:
          name: Community safety team
          phone: "01865 000000"
        empty: []
        layout: special
        """

    static let uses = [
        "{{page.params.priority}}|{{page.params.weight}}|{{page.params.missing}}",
        "{{#page.params.priority}}[{{.}}]{{/page.params.priority}}{{^page.params.draft}}not draft{{/page.params.draft}}",
        "{{page.params.date.display}} {{page.params.date.iso}} {{page.params.date.year}}",
        "{{#page.params.tags}}<li>{{.}}</li>{{/page.params.tags}}{{^page.params.empty}}no empty{{/page.params.empty}}",
        "{{page.params.contact.name}} {{#page.params.contact}}{{phone}} {{title}}{{/page.params.contact}}",
        "{{#page.params}}{{priority}} {{title}}{{/page.params}}{{^page.params}}none{{/page.params}}",
        "{{count(page.params)}} {{#empty(page.params)}}empty{{/empty(page.params)}}{{^empty(page.params)}}has keys{{/empty(page.params)}}",
        "{{#sorted(page.params)}}{{key}};{{/sorted(page.params)}}",
        "{{#page.params.tags}}{{#first}}first {{/first}}{{.}}{{/page.params.tags}} {{count(page.params.tags)}}",
        "[{{>*page.params.layout}}]",
        "{{#page.params}}{{page.title}} {{priority}} {{missing}}{{/page.params}}",
    ]

    static func context(_ params: Any) -> [String: Any] {
        ["page": ["title": TemplateText("Page title"), "params": params]]
    }

    static func entries() throws -> [FrontMatterEntry] {
        let (root, diagnostics) = FrontMatterParser.parseDocument(frontMatter, file: "content/p.md")
        #expect(diagnostics.isEmpty)
        guard case .mapping(let entries)? = root?.value else { throw ParamsMissing() }
        return entries
    }

    struct ParamsMissing: Error {}

    @Test("renders, tests and transforms as the whole mapping does", arguments: uses)
    func sameAsMapping(template: String) throws {
        let (theme, diagnostics) = ThemeLoader.load([
            SourceFile(path: "theme/templates/page.mustache", kind: .template, data: Data(template.utf8)),
            SourceFile(path: "theme/templates/special.mustache", kind: .template, data: Data("special for {{page.title}}".utf8)),
        ])
        #expect(diagnostics.isEmpty)
        let entries = try Self.entries()
        let whole = try #require(theme.render(Self.context(TemplateContext.mappingValue(entries)), template: "page"))
        let lazy = try #require(theme.render(Self.context(TemplateParams(entries: entries)), template: "page"))
        #expect(lazy == whole)
        #expect(!whole.isEmpty && !whole.contains("  "))
    }

    @Test("a key written twice has its last value, as in the mapping")
    func repeatedKey() throws {
        let entries = [FrontMatterEntry(key: "priority", line: 2, column: 1, value: FrontMatterNode(.string("Low"), line: 2, column: 11)),
                       FrontMatterEntry(key: "priority", line: 3, column: 1, value: FrontMatterNode(.string("High"), line: 3, column: 11))]
        #expect(TemplateParams(entries: entries).child(named: "priority") as? String == "High")
        #expect(TemplateContext.mappingValue(entries)["priority"] as? String == "High")
        #expect(TemplateParams(entries: entries).keys == ["priority"])
    }

}
