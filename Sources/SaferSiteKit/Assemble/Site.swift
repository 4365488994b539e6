import DataTables

/// The whole site as a model: settings, pages, sections and data, with every address decided.
package struct Site: Sendable {
    /// Site-wide settings.
    package var settings: SiteSettings
    /// Every page, in content-path order.
    package var pages: [Page]
    /// Every section by its path (`""` is the top level).
    package var sections: [String: Section]
    /// Files copied as they are: content assets and the theme's static files.
    package var assets: [SourceFile]
    /// Data tables under `content/_data/`, by name.
    package var data: [String: DataTable]
    /// Names of data files that exist but have errors (already reported).
    package var brokenData: Set<String> = []
    /// The JPEG, PNG and WebP images of `content/`, published resized and without metadata.
    package var images = ImageCatalog()
    /// Each page's share card, by index in `pages`, where it has one.
    package var shareImages: [Int: ShareImage] = [:]

    /// Creates a site.
    package init(settings: SiteSettings, pages: [Page], sections: [String: Section], assets: [SourceFile], data: [String: DataTable] = [:]) {
        self.settings = settings
        self.pages = pages
        self.sections = sections
        self.assets = assets
        self.data = data
        // By index rather than `pages.enumerated()`, which copies every page.
        self.pageIndexByContentPath = Dictionary(pages.indices.map { (pages[$0].contentPath, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Index in `pages` of each page by its path inside `content/`.
    package private(set) var pageIndexByContentPath: [String: Int]

    /// The page at a path inside `content/`, if there is one.
    package func page(atContentPath path: String) -> Page? {
        pageIndexByContentPath[path].map { pages[$0] }
    }

    /// The pages a page lists, as indexes of `pages`: a topic's pages, or a section's
    /// subsections then pages; none for an ordinary page or one that says `listing: false`.
    package func listing(forPage index: Int) -> [Int] {
        if let listed = pages[index].listing { return listed.compactMap { pageIndexByContentPath[$0] } }
        guard pages[index].meta.showsListing, pages[index].kind != .page, let section = sections[pages[index].sectionPath] else { return [] }
        return members(of: section)
    }

    /// What a section holds, as indexes of `pages`: its subsections' pages, then its own pages.
    package func members(of section: Section) -> [Int] {
        section.subsectionPaths.compactMap { sections[$0]?.pageIndex } + section.pageIndexes
    }

    /// The chain of sections from the top level down to (and including) a page's own section.
    package func sectionChain(for page: Page) -> [Section] {
        var chain: [Section] = []
        var path: String? = page.sectionPath
        while let current = path, let section = sections[current] {
            chain.insert(section, at: 0)
            path = section.parentPath
        }
        return chain
    }
}

extension Site {
    /// Empties every page's Markdown, once the markdown and check stages are done with it.
    mutating func letGoOfMarkdown() {
        for index in pages.indices { pages[index].body = "" }
    }
}
