/// Which pages the site-wide files (sitemap, feed, search index) list.
extension Page {
    /// Whether the page is one people should find: not a draft (even when drafts are built for a
    /// preview) and not the "page not found" page.
    var isPublished: Bool {
        !meta.draft && outputPath != "404.html" && meta.layout != "404"
    }

    /// Whether the page is the search page itself, which search results never list.
    var isSearchPage: Bool {
        meta.layout == "search"
    }
}
