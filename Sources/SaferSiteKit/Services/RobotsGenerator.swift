/// Writes `robots.txt`: every crawler may fetch everything, and is told where the sitemap is.
///
/// Crawlers read `robots.txt` only at the root of a host, so it matters only when the site is
/// published there; a site published under a path gets the lines to copy into its host's
/// (`Allow:` naming the path). Without a base URL there is no sitemap, and the `Sitemap:` line (which must be
/// absolute) is left out.
package struct RobotsGenerator: ServiceGenerator {
    /// Where the file is written, inside the output folder.
    package static let path = "robots.txt"

    /// Creates the generator.
    package init() {}

    /// `robots.txt`.
    package func files(for site: Site, bodies: [RenderedMarkdown]) -> [OutputFile] {
        [OutputFile(path: Self.path, contents: .text(text(address: site.settings.address)))]
    }

    /// The file's text for a site at an address (or at none).
    package func text(address: SiteAddress?) -> String {
        var text = "User-agent: *\nAllow: \(address?.root.path ?? "/")\n"
        if let address {
            text += "\nSitemap: \(address.absolute("/" + SitemapGenerator.path))\n"
        }
        return text
    }
}
