/// Runs every service generator and gathers their files for the render stage.
///
/// A file the site already provides wins: a `content/robots.txt` of the author's own is copied as
/// it is and the generated one is left out, so authors can always override.
package struct SiteServices: Sendable {
    /// The generators, in the order they run.
    package var generators: [any ServiceGenerator]

    /// Creates the standard set: sitemap, robots.txt, Atom feed and search index.
    package init(generators: [any ServiceGenerator] = [SitemapGenerator(), RobotsGenerator(), AtomFeedGenerator(), SearchIndexGenerator()]) {
        self.generators = generators
    }

    /// Every generated file whose path is not already taken by `existing` (pages, assets, downloads).
    package func files(for site: Site, bodies: [RenderedMarkdown], besides existing: [OutputFile]) -> [OutputFile] {
        var taken = Set(existing.map(\.path)).union(site.pages.map(\.outputPath))
        var files: [OutputFile] = []
        for generator in generators {
            for file in generator.files(for: site, bodies: bodies) where taken.insert(file.path).inserted {
                files.append(file)
            }
        }
        return files
    }
}
