@testable import SaferSiteKit
import Testing

@Suite("Base URL problems")
struct BaseURLProblemTests {
    @Test("the root of a web address is fine, with or without its slash, a port or capitals",
          arguments: ["", "  ", "https://example.org", "https://example.org/", "http://example.org/", "HTTPS://Example.ORG/",
                      "https://www.example.gov.uk:8443/", " https://example.org/ "])
    func fine(_ address: String) {
        #expect(BaseURLProblem(baseURL: address) == nil)
    }

    @Test("anything but a full http(s) address with a host is refused",
          arguments: ["example.org", "www.example.org/", "/", "https://", "https:///path/", "ftp://example.org/",
                      "javascript:alert(1)", "https://exa mple.org/", "mailto:team@example.org"])
    func notAnAddress(_ address: String) {
        #expect(BaseURLProblem(baseURL: address) == .notAnAddress)
    }

    @Test("an address going on past its root names the path: the site's links start at the root")
    func path() {
        #expect(BaseURLProblem(baseURL: "https://example.org/safer/") == .hasPath("/safer/"))
        #expect(BaseURLProblem(baseURL: "https://example.org/safer") == .hasPath("/safer"))
        #expect(BaseURLProblem(baseURL: "https://example.org/a/b/") == .hasPath("/a/b/"))
        #expect(BaseURLProblem(baseURL: "https://example.org//") == .hasPath("//"))
        let problem = BaseURLProblem.hasPath("/safer/")
        #expect(problem.message.contains("(/safer/)") && problem.message.contains("broken links"))
        #expect(problem.hint.contains("root of an address of its own"))
    }

    @Test("a query or a fragment is refused: page addresses are added to the end")
    func queryOrFragment() {
        #expect(BaseURLProblem(baseURL: "https://example.org/?lang=en") == .hasQueryOrFragment)
        #expect(BaseURLProblem(baseURL: "https://example.org/#top") == .hasQueryOrFragment)
        #expect(BaseURLProblem(baseURL: "https://example.org?") == .hasQueryOrFragment)
    }
}
