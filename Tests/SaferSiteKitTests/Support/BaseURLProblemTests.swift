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

    @Test("an address with a path is fine: the site is published under it",
          arguments: ["https://example.org/safer/", "https://example.org/safer", "https://example.org/a/b/",
                      "https://www.example-council.gov.uk/community-safety/", "https://example.org/caf%C3%A9/"])
    func path(_ address: String) {
        #expect(BaseURLProblem(baseURL: address) == nil)
    }

    @Test("a path with an empty, '.' or '..' part is refused, naming the path",
          arguments: ["https://example.org//", "https://example.org//safer/", "https://example.org/a/../b/",
                      "https://example.org/./safer/", "https://example.org/a//b/", "https://example.org/a/%2E%2E/"])
    func oddPath(_ address: String) {
        guard case .oddPath(let path)? = BaseURLProblem(baseURL: address) else {
            Issue.record("\(address) was not refused")
            return
        }
        let problem = BaseURLProblem.oddPath(path)
        #expect(problem.message.contains("(\(path))"))
        #expect(problem.hint.contains("https://www.example.gov.uk/community-safety/"))
    }

    @Test("a query or a fragment is refused: page addresses are added to the end")
    func queryOrFragment() {
        #expect(BaseURLProblem(baseURL: "https://example.org/?lang=en") == .hasQueryOrFragment)
        #expect(BaseURLProblem(baseURL: "https://example.org/#top") == .hasQueryOrFragment)
        #expect(BaseURLProblem(baseURL: "https://example.org?") == .hasQueryOrFragment)
    }
}
