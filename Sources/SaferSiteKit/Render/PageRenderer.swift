/// The render stage: each page through its template, into output files.
public struct PageRenderer: Sendable {
    /// The compiled theme.
    public var theme: Theme

    /// Creates a renderer.
    public init(theme: Theme) {
        self.theme = theme
    }

    /// The template a page uses: its `layout`, else a template named after its section, else the
    /// default for its kind (`home`, `section` or `page`).
    public func templateName(for page: Page) -> String {
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

    /// Layout names that pages ask for but the theme lacks, as diagnostics at the `layout` key.
    public func checkLayouts(_ site: Site) -> [Diagnostic] {
        site.pages.compactMap { page in
            guard let layout = page.meta.layout, !theme.has(layout) || layout.contains("/") || layout == "base" else { return nil }
            let entry = page.meta.entry("layout")
            return Diagnostic(.error, at: SourceLocation(file: page.source, line: entry?.value.line ?? 1, column: entry?.value.column ?? 1),
                              ContentMessages.unknownLayout(layout, available: theme.layoutNames),
                              hint: ContentMessages.unknownLayoutHint(available: theme.layoutNames), code: "layout")
        }
    }

    /// Renders every page, with the site's template contexts; a long listing becomes numbered
    /// pages (`/updates/page/2/`).
    func render(_ site: Site, contexts: TemplateContext) -> [OutputFile] {
        let files = pageFiles(site)
        return ParallelMap.map(files.count) { render(files[$0], site: site, contexts: contexts) }
    }

    /// Renders every page file on every core and hands each to `handle` on the core that made it
    /// (the build writes it there and then), so at most one rendered file per core is held at
    /// once. With a cache, a file whose context and templates are unchanged is taken from the
    /// output folder instead of being rendered. What `handle` returns comes back in file order;
    /// nil when `stop` was set by the time all were done (files not begun by then are skipped).
    /// `files` are the site's `pageFiles`.
    func renderEach<Handled>(_ files: [PageFile], of site: Site, contexts: TemplateContext, cache: OutputCache?,
                             stoppingWhen stop: Flag, _ handle: (OutputFile) -> Handled) -> [Handled]? {
        let handled = ParallelMap.map(files.count) { index -> Handled? in
            stop.isSet ? nil : handle(render(files[index], site: site, contexts: contexts, cache: cache))
        }
        return stop.isSet ? nil : handled.map { $0! }
    }

    /// One page's files: the page, and a numbered page for each further part of a long listing.
    func renderPage(_ index: Int, site: Site, contexts: TemplateContext) -> [OutputFile] {
        pageFiles(index, site: site).map { render($0, site: site, contexts: contexts) }
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
        let pagination = Pagination(baseURL: site.pages[index].url, pageSize: site.settings.pageSize, count: listing.count)
        return (1...pagination.pageCount).map { PageFile(index: index, number: $0, listing: listing, pagination: pagination) }
    }

    /// Where a page file goes: the page's own output path, or its numbered listing page's.
    func outputPath(of file: PageFile, site: Site) -> String {
        file.number == 1 ? site.pages[file.index].outputPath : URLPlanner.outputPath(forURL: file.pagination.url(file.number))
    }

    /// Renders one file through its page's template; with a cache, an unchanged file is taken
    /// from the output folder instead.
    func render(_ file: PageFile, site: Site, contexts: TemplateContext, cache: OutputCache? = nil) -> OutputFile {
        let page = site.pages[file.index]
        let template = templateName(for: page)
        let path = outputPath(of: file, site: site)
        let context = {
            contexts.context(forPage: file.index, listed: Array(file.listing[file.pagination.range(file.number)]),
                             pagination: file.pagination.value(file.number))
        }
        guard let cache else { return OutputFile(path: path, contents: .text(theme.render(context(), template: template) ?? "")) }
        return cache.file(path: path, template: template, body: contexts.bodies[file.index], context: context) {
            theme.render($0, template: template) ?? ""
        }
    }
}
