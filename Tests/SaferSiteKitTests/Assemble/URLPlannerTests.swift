@testable import Preview
@testable import SaferSiteKit
import Testing

@Suite("URL planning")
struct URLPlannerTests {
    @Test("pretty URLs from paths, slug and url", arguments: [
        ("index.md", SourceFile.Kind.home, nil as String?, nil as String?, "/", "index.html"),
        ("about.md", .page, nil, nil, "/about/", "about/index.html"),
        ("partnerships/_index.md", .sectionIndex, nil, nil, "/partnerships/", "partnerships/index.html"),
        ("partnerships/oxford/_index.md", .sectionIndex, "city", nil, "/partnerships/city/", "partnerships/city/index.html"),
        ("projects/aspire.md", .page, "aspire-project", nil, "/projects/aspire-project/", "projects/aspire-project/index.html"),
        ("404.md", .page, nil, "/404.html", "/404.html", "404.html"),
        ("contact.md", .page, nil, "/get-in-touch/", "/get-in-touch/", "get-in-touch/index.html"),
        ("news/my page.md", .page, nil, nil, "/news/my-page/", "news/my-page/index.html"),
    ])
    func plans(path: String, kind: SourceFile.Kind, slug: String?, url: String?, expectedURL: String, expectedOutput: String) throws {
        let planned = try URLPlanner.plan(contentPath: path, kind: kind, slug: slug, url: url).get()
        #expect(planned.url == expectedURL)
        #expect(planned.outputPath == expectedOutput)
    }

    @Test("unsafe slugs are refused", arguments: ["../x", "a/b", "..", ".hidden", "", "a%2e"])
    func badSlugs(slug: String) {
        #expect(throws: URLPlanner.URLProblem.badSlug) { try URLPlanner.plan(contentPath: "a.md", kind: .page, slug: slug, url: nil).get() }
    }

    @Test("unsafe urls are refused", arguments: ["about/", "/../etc/", "/a//b/", "/%2e%2e/", "/a\\b/", "/x", "/.git/", "/a b/"])
    func badURLs(url: String) {
        #expect(throws: URLPlanner.URLProblem.badURL) { try URLPlanner.plan(contentPath: "a.md", kind: .page, slug: nil, url: url).get() }
    }
}
