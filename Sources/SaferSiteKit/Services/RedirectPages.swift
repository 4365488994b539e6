import TextSupport

/// A small page at each of a page's old addresses (`aliases:`), so printed leaflets and bookmarks
/// that name a moved page still lead to it.
///
/// Static hosting has no server redirects, so each is an HTML page that search engines are asked
/// not to list, whose canonical link names the new address, which a browser follows at once
/// (`<meta http-equiv="refresh">`), and which says in words where the page went, with a link, for
/// browsers and readers that do not follow refreshes.
enum RedirectPages {
    /// Every redirect page of the site, in page order.
    static func files(for site: Site) -> [OutputFile] {
        let address = site.settings.address
        return site.pages.flatMap { page in
            page.meta.aliases.map { alias in
                OutputFile(path: URLPlanner.outputPath(forURL: alias),
                           contents: .text(html(to: page, canonical: address?.absolute(page.url), language: site.settings.language,
                                                      root: site.settings.root)))
            }
        }
    }

    /// The redirect page's HTML, sending readers to `page`.
    static func html(to page: Page, canonical: String?, language: String, root: SiteRoot = .top) -> String {
        let url = HTMLEscape.attribute(root.address(page.url)), title = HTMLEscape.text(page.meta.title)
        let canonicalLink = canonical.map { "<link rel=\"canonical\" href=\"\(HTMLEscape.attribute($0))\">\n" } ?? ""
        return """
            <!DOCTYPE html>
            <html lang="\(HTMLEscape.attribute(language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>This page has moved: \(title)</title>
            <meta name="robots" content="noindex">
            \(canonicalLink)<meta http-equiv="refresh" content="0; url=\(url)">
            </head>
            <body>
            <main>
            <h1>This page has moved</h1>
            <p>It is now at <a href="\(url)">\(title)</a>.</p>
            </main>
            </body>
            </html>

            """
    }
}
