/// The link checks' findings (`SiteChecker`), page by page, with what they were checked against.
///
/// The preview keeps it between builds: after an edit to one page's body, only that page and the
/// pages with a link to it are checked again. A page's findings read only its own links, the
/// output paths and the heading ids of the pages it links to, so no other page's can change.
struct SiteLinkFindings: Sendable {
    /// The output paths besides the pages' own (static files, data downloads and the services'
    /// files) the links were checked against.
    let extraOutputPaths: Set<String>
    /// Every page's findings, in `site.pages` order.
    private(set) var byPage: [[Diagnostic]]
    private var targets: SiteChecker.Targets

    /// Checks every page's links. `bodies[i]` belongs to `site.pages[i]`.
    init(site: Site, bodies: [RenderedMarkdown], extraOutputPaths: Set<String>) {
        self.extraOutputPaths = extraOutputPaths
        targets = SiteChecker.Targets(site: site, bodies: bodies, extraOutputPaths: extraOutputPaths)
        let checker = SiteChecker()
        byPage = ParallelMap.map(site.pages.count) { [targets] in checker.findings(forPage: $0, of: site, bodies: bodies, in: targets) }
    }

    /// Every finding, in page order.
    var all: [Diagnostic] { byPage.flatMap { $0 } }

    /// Checks again what an edit to the body of page `index` can change: its own links, and the
    /// links of pages to it (to one of its headings, or to the page: a superset, and cheap to
    /// find). Only the body changed: the site's pages and output paths are those the findings
    /// were made with.
    mutating func bodyChanged(ofPage index: Int, site: Site, bodies: [RenderedMarkdown]) {
        let contentPath = site.pages[index].contentPath
        targets.setHeadingIDs(bodies[index].headings.map(\.id), ofPage: contentPath)
        let checker = SiteChecker()
        for page in site.pages.indices where page == index || bodies[page].links.contains(where: { $0.targetContentPath == contentPath }) {
            byPage[page] = checker.findings(forPage: page, of: site, bodies: bodies, in: targets)
        }
    }
}
