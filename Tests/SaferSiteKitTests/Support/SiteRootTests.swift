@testable import SaferSiteKit
import Testing

@Suite("Site root: site paths and published addresses")
struct SiteRootTests {
    @Test("the root path comes from the base URL's path, with one slash each end; no path or no base URL is the host's root",
          arguments: [("", "/"), ("https://example.org", "/"), ("https://example.org/", "/"),
                      ("https://www.example-council.gov.uk/community-safety", "/community-safety/"),
                      ("https://www.example-council.gov.uk/community-safety/", "/community-safety/"),
                      ("https://example.org/a/b", "/a/b/"), ("https://example.org/caf%C3%A9/", "/caf%C3%A9/"),
                      ("not an address", "/")])
    func rootPath(_ baseURL: String, _ path: String) {
        #expect(SiteRoot(baseURL: baseURL).path == path)
    }

    @Test("at the host's root an address is its site path, byte for byte")
    func top() {
        for sitePath in ["/", "/about/", "/css/site.css", "#main", "https://x.org/", "//x.org/", "mailto:a@b"] {
            #expect(SiteRoot.top.address(sitePath) == sitePath)
            #expect(SiteRoot.top.addressWritten(sitePath) == (sitePath, sitePath))
        }
    }

    @Test("under a path, site paths are published under it and read back from it; other addresses are left alone")
    func underAPath() {
        let root = SiteRoot(baseURL: "https://www.example-council.gov.uk/community-safety/")
        #expect(root.address("/") == "/community-safety/")
        #expect(root.address("/projects/aspire/#aims") == "/community-safety/projects/aspire/#aims")
        for other in ["#main", "https://x.org/a/", "//x.org/a/", "mailto:a@b", "page.html"] {
            #expect(root.address(other) == other)
        }
        #expect(root.sitePath(ofAddress: "/community-safety/about/") == "/about/")
        #expect(root.sitePath(ofAddress: "/community-safety") == "/")
        #expect(root.sitePath(ofAddress: "/about/") == nil)
        #expect(root.sitePath(ofAddress: "/community-safety-old/") == nil)
    }

    @Test("a root-relative address a person wrote is read from the site's root, unless it already starts with the root path")
    func written() {
        let root = SiteRoot(baseURL: "https://www.example-council.gov.uk/community-safety")
        #expect(root.addressWritten("/about/") == ("/community-safety/about/", "/about/"))
        #expect(root.addressWritten("/community-safety/about/") == ("/community-safety/about/", "/about/"))
        #expect(root.addressWritten("https://x.org/") == ("https://x.org/", "https://x.org/"))
    }

    @Test("an absolute address joins the host to the published address, percent-encoding the site path only")
    func absolute() throws {
        let address = try #require(SiteAddress(baseURL: "https://www.example-council.gov.uk/community-safety"))
        #expect(address.origin == "https://www.example-council.gov.uk")
        #expect(address.absolute("/") == "https://www.example-council.gov.uk/community-safety/")
        #expect(address.absolute("/café/") == "https://www.example-council.gov.uk/community-safety/caf%C3%A9/")
        let top = try #require(SiteAddress(baseURL: "https://www.example.gov.uk/"))
        #expect(top.origin == "https://www.example.gov.uk")
        #expect(top.absolute("/about/") == "https://www.example.gov.uk/about/")
    }

    /// The root path is the base URL's path percent-encoded, so it is not always the end of the
    /// base URL as written; the host is what comes before the path, however the path is written.
    @Test("a base URL whose path has an accent or a port gives the host alone as the origin")
    func originOfEncodedPath() throws {
        let accented = try #require(SiteAddress(baseURL: "https://www.example.gov.uk/sécurité/"))
        #expect(accented.root.path == "/s%C3%A9curit%C3%A9/")
        #expect(accented.origin == "https://www.example.gov.uk")
        #expect(accented.absolute("/about/") == "https://www.example.gov.uk/s%C3%A9curit%C3%A9/about/")
        let port = try #require(SiteAddress(baseURL: "http://localhost:8080/safer"))
        #expect(port.origin == "http://localhost:8080")
        #expect(port.absolute("/") == "http://localhost:8080/safer/")
    }
}
