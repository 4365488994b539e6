@testable import SaferSiteKit
import Testing

@Suite("Link resolution")
struct LinkResolverTests {
    let resolver = LinkResolver(pageURLs: ["partnerships/oxford/_index.md": "/partnerships/oxford/", "about.md": "/about/"], assetPaths: ["a b.pdf"])

    @Test("destinations", arguments: [
        ("https://www.oxford.gov.uk", "partnerships", LinkResolver.Resolution.keep),
        ("mailto:team@example.org", "", .keep),
        ("#top", "", .keep),
        ("/about/", "", .keep),
        ("oxford/_index.md", "partnerships", .rewrite(url: "/partnerships/oxford/", page: "partnerships/oxford/_index.md", fragment: nil)),
        ("oxford/", "partnerships", .rewrite(url: "/partnerships/oxford/", page: "partnerships/oxford/_index.md", fragment: nil)),
        ("./../about.md#x", "partnerships", .rewrite(url: "/about/#x", page: "about.md", fragment: "x")),
        ("a%20b.pdf", "", .rewrite(url: "/a%20b.pdf", page: nil, fragment: nil)),
    ])
    func resolves(destination: String, folder: String, expected: LinkResolver.Resolution) {
        #expect(resolver.resolve(destination, fromFolder: folder) == expected)
    }

    @Test("schemes", arguments: [("https://x", "https"), ("JavaScript:x", "javascript"), ("page.md", nil), ("a/b:c", nil), ("1abc:x", nil)])
    func schemes(url: String, expected: String?) {
        #expect(LinkResolver.scheme(of: url) == expected)
    }

    @Test("a near miss suggests the page that exists")
    func suggestion() {
        guard case .problem(_, let hint, _) = resolver.resolve("abuot.md", fromFolder: "") else {
            Issue.record("expected a problem")
            return
        }
        #expect(hint.contains("about.md"))
    }
}
