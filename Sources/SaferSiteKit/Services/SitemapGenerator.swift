/// Writes `sitemap.xml` (sitemaps.org protocol 0.9): every published page's absolute address,
/// and those of its listing's further numbered pages, with `<lastmod>` from `last_reviewed`,
/// else `date`.
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
        guard let address = site.settings.address else { return [] }
        return [OutputFile(path: Self.path, contents: .text(xml(for: site, address: address)))]
    }

    /// The sitemap's XML for a site at an address, in page order.
    package func xml(for site: Site, address: SiteAddress) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for index in site.pages.indices where site.pages[index].isPublished {
            let page = site.pages[index], pagination = site.pagination(forPage: index)
            let modified = (page.meta.lastReviewed ?? page.meta.date).map { "<lastmod>\($0.w3cDatetime)</lastmod>" } ?? ""
            for number in 1...pagination.pageCount {
                xml += "<url><loc>\(XMLText.escape(address.absolute(pagination.url(number))))</loc>\(modified)</url>\n"
            }
        }
        return xml + "</urlset>\n"
    }
}
