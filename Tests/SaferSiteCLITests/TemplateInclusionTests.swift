import Diagnostics
import Foundation
import SaferSiteKit
import Testing

/// Templates that would include themselves for ever, or nest sections past what swift-mustache's
/// parser can follow, once crashed the build with "Segmentation fault" while `check` passed. Now
/// `check` and `build` both report them, at the tag, and nothing is rendered.
@Suite("Template inclusion", .serialized)
struct TemplateInclusionTests {
    /// A site with the package's theme copied in, each of `templates` (text by path inside
    /// `theme/templates/`) written over it.
    func site(_ templates: [String: String]) throws -> URL {
        let root = try CLI.site(["index.md": "---\ntitle: Home\nsummary: S.\nreview_by: 2030-01-01\n---\nHi.\n"])
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("theme"), to: root.appendingPathComponent("theme"))
        for (path, text) in templates {
            try text.write(to: root.appendingPathComponent("theme/templates/" + path), atomically: true, encoding: .utf8)
        }
        return root
    }

    /// `check` and `build` on the site: both must fail with `expected` in their findings, and the
    /// build must write nothing.
    func expectBothFail(_ root: URL, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let check = try CLI.run(["check", "--source", root.path])
        let build = try CLI.run(["build", "--source", root.path])
        for (command, result) in [("check", check), ("build", build)] {
            #expect(result.status == 1, "\(command): \(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(expected), "\(command): \(result.stderr)", sourceLocation: sourceLocation)
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path), sourceLocation: sourceLocation)
    }

    @Test("a page template that includes itself is an error at the tag in check and build alike")
    func pageIncludesItself() throws {
        let page = try String(contentsOf: CLI.packageRoot.appendingPathComponent("theme/templates/page.mustache"), encoding: .utf8)
        let root = try site(["page.mustache": page.replacingOccurrences(of: "{{>partials/toc}}", with: "{{>partials/toc}}\n  {{>page}}")])
        defer { try? FileManager.default.removeItem(at: root) }
        try expectBothFail(root, "theme/templates/page.mustache:6:3: error: the template 'page' includes itself, so rendering it would never end")
    }

    @Test("partials that include each other are an error naming the chain")
    func partialLoop() throws {
        let root = try site(["partials/a.mustache": "A\n{{> partials/b }}\n", "partials/b.mustache": "B {{>partials/a}}\n",
                             "partials/review.mustache": "{{>partials/a}}\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        try expectBothFail(root, "theme/templates/partials/b.mustache:1:3: error: the template 'partials/a' includes itself through partials/a → partials/b → partials/a")
        let check = try CLI.run(["check", "--source", root.path])
        #expect(check.stderr.contains("hint: remove {{>partials/a}} from this template"), "\(check.stderr)")
    }

    @Test("a loop hidden behind changed delimiters is found too")
    func loopWithOtherDelimiters() throws {
        let root = try site(["partials/review.mustache": "{{=<% %>=}}\n<%> partials/review %>\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        try expectBothFail(root, "theme/templates/partials/review.mustache:2:1: error: the template 'partials/review' includes itself")
    }

    /// swift-mustache drops a `{{` that ends a line, and matches `{{` character by character, so
    /// `{{` before a combining mark is text: the tag after each is a real include (found by the
    /// template fuzzer, which ran the build out of stack with the first).
    @Test("a loop after a delimiter that swift-mustache reads as text is found too", arguments: [
        ("{{\n{{>partials/review}}\n", "partials/review.mustache:2:1"),
        ("{{\u{301}{{>partials/review}}\n", "partials/review.mustache:1:3"),
    ])
    func loopAfterTextDelimiter(_ template: String, _ place: String) throws {
        let root = try site(["partials/review.mustache": template])
        defer { try? FileManager.default.removeItem(at: root) }
        try expectBothFail(root, "theme/templates/\(place): error: the template 'partials/review' includes itself")
    }

    /// A partial picked by a value names its template only while rendering: a page whose value
    /// names the template holding the tag would include it for ever; another value is fine.
    @Test("a partial picked by a value that can name its own template is an error at the tag, naming the value")
    func valueLoop() throws {
        let page = try String(contentsOf: CLI.packageRoot.appendingPathComponent("theme/templates/page.mustache"), encoding: .utf8)
        let template = page.replacingOccurrences(of: "{{>partials/toc}}", with: "{{>partials/toc}}\n  {{>*page.params.aside}}")
        for (aside, fails) in [("page", true), ("partials/toc", false)] {
            let root = try site(["page.mustache": template])
            defer { try? FileManager.default.removeItem(at: root) }
            try "---\ntitle: Home\nsummary: S.\nreview_by: 2030-01-01\naside: \(aside)\n---\nHi.\n"
                .write(to: root.appendingPathComponent("content/index.md"), atomically: true, encoding: .utf8)
            if fails {
                try expectBothFail(root, "theme/templates/page.mustache:6:3: error: {{>*page.params.aside}} includes the template 'page' for the value set at content/index.md:5:1, and that leads back here (page → page)")
            } else {
                let build = try CLI.run(["build", "--source", root.path])
                #expect(build.status == 0, "\(build.stderr)")
            }
        }
    }

    /// The current item of a list (`{{>* .}}`, a space after `*` as swift-mustache allows), a value
    /// from `_site.yaml`, and a chain through a second template all count.
    @Test("a value loop through a list item, a setting, or a second template is found too", arguments: [
        ("{{#page.params.list}}{{>* .}}{{/page.params.list}}", [:], "list: [page]\n",
         "24: error: {{>*.}} includes the template 'page' for the value set at content/index.md:5:1, and that leads back here (page → page)"),
        ("{{>*site.params.sidebar}}", ["_site.yaml": "title: T\nsidebar: page\n"], "",
         "3: error: {{>*site.params.sidebar}} includes the template 'page' for the value set at content/_site.yaml:2:1"),
        ("{{>*page.params.aside}}", ["../theme/templates/partials/wrap.mustache": "<div>{{>page}}</div>\n"], "aside: partials/wrap\n",
         "3: error: {{>*page.params.aside}} includes the template 'partials/wrap' for the value set at content/index.md:5:1, and that leads back here (page → partials/wrap → page)"),
    ] as [(String, [String: String], String, String)])
    func valueLoopsOtherWays(_ tag: String, _ files: [String: String], _ frontMatter: String, _ expected: String) throws {
        let page = try String(contentsOf: CLI.packageRoot.appendingPathComponent("theme/templates/page.mustache"), encoding: .utf8)
        let root = try site(["page.mustache": page.replacingOccurrences(of: "{{>partials/toc}}", with: "{{>partials/toc}}\n  \(tag)")])
        defer { try? FileManager.default.removeItem(at: root) }
        try "---\ntitle: Home\nsummary: S.\nreview_by: 2030-01-01\n\(frontMatter)---\nHi.\n"
            .write(to: root.appendingPathComponent("content/index.md"), atomically: true, encoding: .utf8)
        for (path, text) in files {
            try text.write(to: root.appendingPathComponent("content/" + path), atomically: true, encoding: .utf8)
        }
        try expectBothFail(root, "theme/templates/page.mustache:6:" + expected)
    }

    @Test("50,000 nested sections are an error at the first too deep, not a crash")
    func deepSections() throws {
        let root = try site(["partials/review.mustache": String(repeating: "{{#a}}", count: 50_000) + String(repeating: "{{/a}}", count: 50_000)])
        defer { try? FileManager.default.removeItem(at: root) }
        try expectBothFail(root, "theme/templates/partials/review.mustache:1:601: error: sections are nested more than 100 deep here")
    }
}
