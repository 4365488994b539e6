import Foundation

/// The page addresses the last build published, read back from the `sitemap.xml` in its output
/// folder: a page missing from the new build may have moved, and printed leaflets and bookmarks
/// still name its old address (`MovedPageCheck`).
enum PreviousAddresses {
    /// The site paths (`/projects/aspire/`) of every `<loc>` in `output/sitemap.xml` under
    /// `baseURL`; empty when there is no output of SaferSite's there, or no sitemap.
    static func read(output: URL?, baseURL: String) -> Set<String> {
        guard let output, let address = SiteAddress(baseURL: baseURL),
              FileManager.default.fileExists(atPath: output.appendingPathComponent(OutputFolderGuard.markerName).path),
              let text = try? String(contentsOf: output.appendingPathComponent(SitemapGenerator.path), encoding: .utf8) else { return [] }
        var paths: Set<String> = []
        var rest = text[...]
        while let open = rest.range(of: "<loc>"), let close = rest.range(of: "</loc>", range: open.upperBound..<rest.endIndex) {
            let location = XMLText.unescape(String(rest[open.upperBound..<close.lowerBound]))
            // Written as `SiteAddress.absolute` writes it: the origin, then the published address,
            // whose root path is percent-encoded (`/s%C3%A9curit%C3%A9/`), as is the site path.
            if location.hasPrefix(address.origin), let path = address.root.sitePath(ofAddress: String(location.dropFirst(address.origin.count))) {
                paths.insert(path.removingPercentEncoding ?? path)
            }
            rest = rest[close.upperBound...]
        }
        return paths
    }
}
