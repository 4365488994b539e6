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

@Suite("Splitting link paths at slashes")
struct SlashSeparatedTests {
    @Test("by bytes for ASCII, as split(separator:) by characters, on 3,000 random paths")
    func againstSplit() {
        // Mostly ASCII, where the byte path is taken; the few others check the fall-back is taken.
        let pieces = ["/", "//", "a", "b.md", "..", ".", "#x", "%20", " ", "\r\n", "\t", "x/", "A-Z_", "é", "/\u{301}"]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(LinkResolver.slashSeparated(Substring(text)) == text.split(separator: "/"), "\(text.debugDescription)")
        }
    }
}
