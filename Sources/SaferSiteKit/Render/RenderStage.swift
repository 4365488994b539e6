/// The render stage: every page through its template. A long listing becomes numbered pages
/// (`/updates/page/2/`), each a file of its own.
struct RenderStage: Sendable {
    private let site: Site
    private let renderer: PageRenderer
    private var contexts: TemplateContext
    private let files: [PageFile]

    /// A stage for `site`, whose bodies are `bodies` (`bodies[i]` belongs to `site.pages[i]`).
    init(site: Site, bodies: [RenderedMarkdown], theme: Theme) {
        self.site = site
        renderer = PageRenderer(theme: theme)
        contexts = TemplateContext(site: site, bodies: bodies)
        files = renderer.pageFiles(site)
    }

    /// Where the page files go in the output folder.
    var pagePaths: Set<String> { Set(files.map { renderer.outputPath(of: $0, site: site) }) }

    /// Renders every page file on every core and hands each to `handle` on the core that made it,
    /// so the build can write it there and then: at most one rendered file per core is held at
    /// once. What `handle` returns comes back in file order.
    func run<Handled>(_ handle: (OutputFile) -> Handled) -> [Handled] {
        ParallelMap.map(files.count) { handle(renderer.render(files[$0], site: site, contexts: contexts)) }
    }

    /// The files of one page, `site.pages[index]`, rendered.
    func run(page index: Int) -> [OutputFile] {
        renderer.pageFiles(index, site: site).map { renderer.render($0, site: site, contexts: contexts) }
    }

    /// The same stage with the body of `site.pages[index]` replaced: every other page's context
    /// is made from its front matter and the site's shape alone.
    func replacingBody(ofPage index: Int, with body: RenderedMarkdown) -> RenderStage {
        var changed = self
        changed.contexts.bodies[index] = body
        return changed
    }
}
