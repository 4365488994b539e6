import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import SaferSiteKit
@testable import FrontMatter

/// `sitemap.xml`: the sitemaps.org protocol's required elements, absolute escaped URLs, dates.
@Suite("Sitemap")
struct SitemapGeneratorTests {
    typealias F = ServiceFixtures

    let site = F.site([
        F.page("/", title: "Home", kind: .home),
        F.page("/about/", title: "About", lastReviewed: F.day(2015, 3, 2)),
        F.page("/news/plan/", title: "Plan", date: F.day(2015, 6, 1)),
        F.page("/news/both/", title: "Both", date: F.day(2014, 1, 1), lastReviewed: F.day(2015, 7, 9)),
        F.page("/news/timed/", title: "Timed", date: FrontMatterDate(year: 2015, month: 6, day: 3, time: .init(hour: 10, minute: 0, second: 0, offsetMinutes: 60))),
        F.page("/404.html", title: "Not found", layout: "404"),
        F.page("/secret/", title: "Draft", draft: true),
        F.page("/caf\u{E9}s & bars/", title: "Cafés"),
    ])

    func xml() throws -> XMLDocument {
        let text = try #require(F.onlyText(SitemapGenerator().files(for: site, bodies: []), path: "sitemap.xml"))
        return try F.parseXML(text)
    }

    @Test("the root is urlset in the sitemap namespace, with one url and loc per published page")
    func requiredElements() throws {
        let root = try #require(try xml().rootElement())
        #expect(root.name == "urlset")
        #expect(root.uri == "http://www.sitemaps.org/schemas/sitemap/0.9")
        let locs = root.children(named: "url").compactMap { $0.child("loc")?.stringValue }
        #expect(locs == [
            "https://www.example.gov.uk/",
            "https://www.example.gov.uk/about/",
            "https://www.example.gov.uk/news/plan/",
            "https://www.example.gov.uk/news/both/",
            "https://www.example.gov.uk/news/timed/",
            "https://www.example.gov.uk/caf%C3%A9s%20&%20bars/",
        ])
        #expect(locs.allSatisfy(F.isAbsolute))
    }

    @Test("the 404 page and drafts are left out, even when drafts are built")
    func leftOut() throws {
        let text = try #require(F.onlyText(SitemapGenerator().files(for: site, bodies: []), path: "sitemap.xml"))
        #expect(!text.contains("404"))
        #expect(!text.contains("secret"))
    }

    @Test("ampersands in URLs are entity-escaped in the file")
    func escaped() throws {
        let text = try #require(F.onlyText(SitemapGenerator().files(for: site, bodies: []), path: "sitemap.xml"))
        #expect(text.contains("<loc>https://www.example.gov.uk/caf%C3%A9s%20&amp;%20bars/</loc>"))
    }

    @Test("lastmod is last_reviewed, else date, in W3C Datetime; no date, no lastmod")
    func lastModified() throws {
        let urls = try #require(try xml().rootElement()).children(named: "url")
        let lastmods = urls.map { $0.child("lastmod")?.stringValue }
        #expect(lastmods == [nil, "2015-03-02", "2015-06-01", "2015-07-09", "2015-06-03T10:00:00+01:00", nil])
    }

    @Test("no base URL, no sitemap: the protocol allows only absolute URLs")
    func noBaseURL() {
        #expect(SitemapGenerator().files(for: F.site(site.pages, baseURL: ""), bodies: []).isEmpty)
    }

    @Test("a base URL without a trailing slash still gives well-formed addresses")
    func baseWithoutSlash() throws {
        let files = SitemapGenerator().files(for: F.site([F.page("/about/", title: "About")], baseURL: "https://example.org"), bodies: [])
        #expect(F.onlyText(files, path: "sitemap.xml")?.contains("<loc>https://example.org/about/</loc>") == true)
    }
}
