import Foundation
@testable import SaferSiteKit
import Testing

/// The last build's page addresses, read back from its `sitemap.xml` as `SiteAddress.absolute`
/// wrote them, for the moved-page check.
struct PreviousAddressesTests {
    @Test("each address under the base URL is read back as a site path, a percent-encoded root path too", arguments: [
        ("https://www.example.gov.uk/", "https://www.example.gov.uk/projects/caf%C3%A9/"),
        ("https://www.example.gov.uk/community-safety/", "https://www.example.gov.uk/community-safety/projects/caf%C3%A9/"),
        ("https://www.example.gov.uk/sécurité/", "https://www.example.gov.uk/s%C3%A9curit%C3%A9/projects/caf%C3%A9/"),
    ])
    func readBack(_ baseURL: String, _ location: String) throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("previous-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        try OutputFolderGuard.markerText.write(to: output.appendingPathComponent(OutputFolderGuard.markerName), atomically: true, encoding: .utf8)
        try "<urlset><url><loc>\(location)</loc></url><url><loc>https://elsewhere.example/x/</loc></url></urlset>"
            .write(to: output.appendingPathComponent(SitemapGenerator.path), atomically: true, encoding: .utf8)
        #expect(PreviousAddresses.read(output: output, baseURL: baseURL) == ["/projects/café/"])
    }
}
