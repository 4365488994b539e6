/// Renders pages through the theme's templates, into output files.
package struct PageRenderer: Sendable {
    /// The compiled theme.
    package var theme: Theme

    /// Creates a renderer.
    package init(theme: Theme) {
        self.theme = theme
    }

    /// The template a page uses: its `layout`, else a template named after its section, else the
    /// default for its kind (`home`, `section` or `page`).
    package func templateName(for page: Page) -> String {
        if let layout = page.meta.layout { return layout }
        let sectionName = page.sectionPath.split(separator: "/").first.map(String.init)
        if page.kind == .page, !page.sectionPath.isEmpty, theme.has(page.sectionPath) { return page.sectionPath }
        if page.kind == .page, let sectionName, theme.has(sectionName) { return sectionName }
        switch page.kind {
        case .home: return theme.has("home") ? "home" : "page"
        case .section: return theme.has("section") ? "section" : "page"
        case .page: return "page"
        }
    }
}

/// One file a page makes: the page itself (`number` 1), or a further numbered page of its listing.
///
/// Files rather than pages are shared out among the cores: a section listing thousands of pages
/// makes hundreds of numbered pages, which one core would otherwise render alone.
struct PageFile: Sendable {
    /// The page, as an index of `site.pages`.
    let index: Int
    /// Which numbered page of the listing.
    let number: Int
    /// The page's whole listing, as indexes of `site.pages`.
    let listing: [Int]
    /// How the listing is split into numbered pages.
    let pagination: Pagination
}

extension PageRenderer {
    /// Every file of the site, page by page in `site.pages` order.
    func pageFiles(_ site: Site) -> [PageFile] {
        site.pages.indices.flatMap { pageFiles($0, site: site) }
    }

    /// The files of one page.
    func pageFiles(_ index: Int, site: Site) -> [PageFile] {
        let listing = site.listing(forPage: index)
        let pagination = site.pagination(forPage: index, listing: listing)
        return (1...pagination.pageCount).map { PageFile(index: index, number: $0, listing: listing, pagination: pagination) }
    }

    /// Where a page file goes: the page's own output path, or its numbered listing page's.
    func outputPath(of file: PageFile, site: Site) -> String {
        file.pagination.outputPath(file.number, first: site.pages[file.index].outputPath)
    }

    /// Renders one file through its page's template.
    func render(_ file: PageFile, site: Site, contexts: TemplateContext) -> OutputFile {
        let context = contexts.context(forPage: file.index, listed: Array(file.listing[file.pagination.range(file.number)]),
                                       pagination: file.pagination.value(file.number, root: site.settings.root))
        let html = theme.render(context, template: templateName(for: site.pages[file.index])) ?? ""
        return OutputFile(path: outputPath(of: file, site: site), contents: .text(html))
    }
}
