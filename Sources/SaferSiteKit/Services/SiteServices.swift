/// Runs every service generator and gathers their files. A page or file of the site's own at one
/// of their paths is an error of the check stage's (`OutputClashCheck`), not a silent override.
package struct SiteServices: Sendable {
    /// The generators, in the order they run.
    package var generators: [any ServiceGenerator]

    /// Creates the standard set: sitemap, robots.txt, Atom feed and search index.
    package init(generators: [any ServiceGenerator] = [SitemapGenerator(), RobotsGenerator(), AtomFeedGenerator(), SearchIndexGenerator()]) {
        self.generators = generators
    }

    /// Every generated file, in the generators' order.
    package func files(for site: Site, bodies: [RenderedMarkdown]) -> [OutputFile] {
        generators.flatMap { $0.files(for: site, bodies: bodies) }
    }

    /// Every generated file, with the search index made from its pages' lines, made already
    /// (`SearchIndexGenerator.lines(for:bodies:)`).
    func files(for site: Site, bodies: [RenderedMarkdown], searchLines: [String?]) -> [OutputFile] {
        generators.flatMap { generator in
            (generator as? SearchIndexGenerator).map { [$0.file(forLines: searchLines)] } ?? generator.files(for: site, bodies: bodies)
        }
    }
}
