@testable import Preview
@testable import SaferSiteKit
import Testing

@Suite("Serve: request paths")
struct ServeRequestPathTests {
    @Test("ordinary paths decode into site paths", arguments: [
        ("/", "", true),
        ("/about/", "about", true),
        ("/about", "about", false),
        ("/projects/aspire/", "projects/aspire", true),
        ("/style.css", "style.css", false),
        ("/files/annual%20report.pdf", "files/annual report.pdf", false),
        ("/caf%C3%A9/", "café", true),
        ("/100%25.pdf", "100%.pdf", false),
        ("//about//", "about", true),
    ])
    func decodes(raw: String, sitePath: String, trailingSlash: Bool) throws {
        let path = try RequestPath(raw: raw)
        #expect(path.sitePath == sitePath)
        #expect(path.hasTrailingSlash == trailingSlash)
    }

    @Test("attempts to leave the site or hide in encoding are refused", arguments: [
        ("/../../etc/passwd", RequestPath.Problem.dotSegment),
        ("/a/../../etc/passwd", .dotSegment),
        ("/./index.html", .dotSegment),
        ("/%2e%2e/%2e%2e/etc/passwd", .dotSegment),
        ("/%2E%2E/", .dotSegment),
        ("/.%2e/", .dotSegment),
        ("/..%2fpasswd", .separatorInSegment),
        ("/..%2Fpasswd", .separatorInSegment),
        ("/a%2fb", .separatorInSegment),
        ("/..\\..\\etc\\passwd", .separatorInSegment),
        ("/..%5c..%5cpasswd", .separatorInSegment),
        ("/%252e%252e/", .doubleEncoded),
        ("/%252e%252e%252fetc%252fpasswd", .doubleEncoded),
        ("/index.html%00.css", .controlCharacter),
        ("/index.html\u{0}", .controlCharacter),
        ("/a%0d%0aSet-Cookie:x", .controlCharacter),
        ("/%zz", .badEncoding),
        ("/%e", .badEncoding),
        ("/%ff%fe", .badEncoding),
        ("etc/passwd", .notAbsolute),
        ("*", .notAbsolute),
        ("http://example.com/", .notAbsolute),
    ])
    func refuses(raw: String, problem: RequestPath.Problem) {
        #expect(throws: problem) { try RequestPath(raw: raw) }
    }
}
