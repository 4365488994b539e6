@testable import SaferSiteKit
import Testing

/// `robots.txt`: allow everything and point at the sitemap.
@Suite("robots.txt")
struct RobotsGeneratorTests {
    typealias F = ServiceFixtures

    @Test("allows every crawler and names the absolute sitemap URL")
    func withBaseURL() {
        let files = RobotsGenerator().files(for: F.site([], baseURL: "https://www.example.gov.uk/"), bodies: [])
        #expect(F.onlyText(files, path: "robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://www.example.gov.uk/sitemap.xml\n")
    }

    @Test("without a base URL there is no sitemap, so no Sitemap line")
    func withoutBaseURL() {
        let files = RobotsGenerator().files(for: F.site([], baseURL: ""), bodies: [])
        #expect(F.onlyText(files, path: "robots.txt") == "User-agent: *\nAllow: /\n")
    }
}
