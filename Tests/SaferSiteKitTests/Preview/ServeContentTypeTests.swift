@testable import Preview
@testable import SaferSiteKit
import Testing
import TextSupport

@Suite("Serve: content types")
struct ServeContentTypeTests {
    @Test("each kind of file the site holds gets its type, text with charset=utf-8", arguments: [
        ("index.html", "text/html; charset=utf-8"),
        ("about/index.html", "text/html; charset=utf-8"),
        ("style.css", "text/css; charset=utf-8"),
        ("js/menu.js", "text/javascript; charset=utf-8"),
        ("images/logo.svg", "image/svg+xml; charset=utf-8"),
        ("images/photo.png", "image/png"),
        ("images/photo.JPG", "image/jpeg"),
        ("images/photo.jpeg", "image/jpeg"),
        ("images/anim.gif", "image/gif"),
        ("images/photo.webp", "image/webp"),
        ("favicon.ico", "image/vnd.microsoft.icon"),
        ("files/plan.pdf", "application/pdf"),
        ("data/crime.csv", "text/csv; charset=utf-8"),
        ("search.json", "application/json; charset=utf-8"),
        ("sitemap.xml", "application/xml; charset=utf-8"),
        ("robots.txt", "text/plain; charset=utf-8"),
        ("fonts/body.woff2", "font/woff2"),
        ("files/archive.zip", "application/octet-stream"),
        ("files/README", "application/octet-stream"),
        (".hidden", "application/octet-stream"),
    ])
    func types(path: String, expected: String) {
        #expect(ContentType.forPath(path) == expected)
    }

    /// A `<link rel="icon" type="...">` names the type without parameters, from the same table.
    @Test("a favicon's type is the media type without its charset", arguments: [
        ("/favicon.ico", "image/vnd.microsoft.icon"), ("/safer/logo.SVG", "image/svg+xml"), ("/favicon.png", "image/png"),
    ])
    func essence(path: String, expected: String) {
        #expect(MediaType.essence(ofPath: path) == expected)
    }
}
