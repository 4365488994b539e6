/// Writes `sitemap.xml` (sitemaps.org protocol 0.9): every published page's absolute address,
/// with `<lastmod>` from `last_reviewed`, else `date`.
///
/// The protocol allows absolute URLs only, so without a configured `base_url` no sitemap is
/// written (and nothing is reported: a site built for a local preview has no package address).
/// One file holds at most 50,000 URLs; SaferSite sites are far smaller.
package struct SitemapGenerator: ServiceGenerator {
    /// Where the sitemap is written, inside the output folder.
    package static let path = "sitemap.xml"

    /// Creates the generator.
    package init() {}

    /// `sitemap.xml`, or nothing when the site has no base URL.
    package func files(for site: Site, bodies: [RenderedMarkdown]) -> [OutputFile] {
        guard let address = SiteAddress(baseURL: site.settings.baseURL) else { return [] }
        return [OutputFile(path: Self.path, contents: .text(xml(for: site.pages, address: address)))]
    }

    /// The sitemap's XML for pages at an address, in page order.
    package func xml(for pages: [Page], address: SiteAddress) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for page in pages where page.isPublished {
            xml += "<url><loc>\(XMLText.escape(address.absolute(page.url)))</loc>"
            if let modified = page.meta.lastReviewed ?? page.meta.date {
                xml += "<lastmod>\(modified.w3cDatetime)</lastmod>"
            }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}
