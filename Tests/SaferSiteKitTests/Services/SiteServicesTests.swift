@testable import SaferSiteKit
import Testing

/// All the generators together, as the build runs them.
@Suite("Site services")
struct SiteServicesTests {
    typealias F = ServiceFixtures

    let site = F.site([F.page("/news/plan/", title: "Plan", date: F.day(2015, 6, 1))])

    @Test("with a base URL: sitemap, robots.txt, feed and search index")
    func allFiles() {
        let files = SiteServices().files(for: site, bodies: [RenderedMarkdown(html: "<p>Plan</p>")])
        #expect(files.map(\.path) == ["sitemap.xml", "robots.txt", "feed.xml", "search-index.json"])
    }

    @Test("without a base URL: only robots.txt and the search index")
    func withoutBase() {
        let files = SiteServices().files(for: F.site(site.pages, baseURL: ""), bodies: [RenderedMarkdown(html: "")])
        #expect(files.map(\.path) == ["robots.txt", "search-index.json"])
    }
}
