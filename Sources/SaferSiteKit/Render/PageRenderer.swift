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

    /// Renders every page; a long listing becomes numbered pages (`/updates/page/2/`).
    /// `bodies[i]` is the rendered Markdown of `site.pages[i]`.
    public func render(_ site: Site, bodies: [RenderedMarkdown]) -> [OutputFile] {
        render(site, contexts: TemplateContext(site: site, bodies: bodies))
    }

    /// The same, with the site's template contexts made already.
    func render(_ site: Site, contexts: TemplateContext) -> [OutputFile] {
        ParallelMap.map(site.pages.count) { index in
            renderPage(index, site: site, contexts: contexts)
        }.flatMap { $0 }
    }

    /// Renders the pages in parts of `size` pages, handing each part's files to `write` before
    /// rendering the next.
    public func render(_ site: Site, bodies: [RenderedMarkdown], inPartsOf size: Int,
                       write: ([OutputFile]) throws -> Void) rethrows {
        try render(site, bodies: bodies, inPartsOf: size, cache: nil, write: write)
    }

    /// The same, with a cache: a file whose context and templates are unchanged is taken from
    /// the output folder instead of being rendered.
    func render(_ site: Site, bodies: [RenderedMarkdown], inPartsOf size: Int, cache: OutputCache?,
                write: ([OutputFile]) throws -> Void) rethrows {
        let contexts = TemplateContext(site: site, bodies: bodies)
        for start in stride(from: 0, to: site.pages.count, by: size) {
            let end = min(site.pages.count, start + size)
            let files = ParallelMap.map(end - start) { renderPage(start + $0, site: site, contexts: contexts, cache: cache) }
            try write(files.flatMap { $0 })
        }
    }

    /// One page's files: the page, and a numbered page for each further part of a long listing.
    func renderPage(_ index: Int, site: Site, contexts: TemplateContext, cache: OutputCache? = nil) -> [OutputFile] {
        let page = site.pages[index]
        let template = templateName(for: page)
        let listing = contexts.listing(forPage: index)
        let pagination = Pagination(baseURL: page.url, pageSize: site.settings.pageSize, count: listing.count)
        return (1...pagination.pageCount).map { number in
            let listed = Array(listing[pagination.range(number)])
            let context = contexts.context(forPage: index, listed: listed, pagination: pagination.value(number))
            let path = number == 1 ? page.outputPath : URLPlanner.outputPath(forURL: pagination.url(number))
            guard let cache else { return OutputFile(path: path, contents: .text(theme.render(context, template: template) ?? "")) }
            return cache.file(path: path, context: context, template: template) { theme.render(context, template: template) ?? "" }
        }
    }
}
