@testable import SaferSiteKit
import Testing

@Suite("Site checker")
struct SiteCheckerTests {
    @Test("a site URL leads to the output file a browser would fetch", arguments: [
        ("/", "index.html"),
        ("/a/b/", "a/b/index.html"),
        ("/a/b/#top", "a/b/index.html"),
        ("/a/b", "a/b/index.html"),
        ("/a/b?page=2", "a/b/index.html"),
        ("/css/site.css", "css/site.css"),
        ("/files/plan.pdf#page=3", "files/plan.pdf"),
        ("/v1.2/page", "v1.2/page/index.html"),
        // Escapes and letters beyond ASCII take the path by characters.
        ("/caf%C3%A9/", "café/index.html"),
        ("/café/menu.pdf", "café/menu.pdf"),
        ("/a%20b/c", "a b/c/index.html"),
        // A mark after `#` is still part of the fragment, as a browser reads it.
        ("/a/b#\u{301}top", "a/b/index.html"),
    ])
    func outputPath(url: String, expected: String) {
        #expect(SiteChecker.outputPath(forSiteURL: url) == expected)
    }
}
