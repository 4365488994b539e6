/// One page of the site: its place in the content tree, its address, its front matter and its Markdown.
package struct Page: Sendable {
    /// What role a page plays in the tree.
    package enum Kind: String, Sendable {
        /// The home page, `content/index.md`.
        case home
        /// A section's own page, `_index.md` (or made up for a folder without one).
        case section
        /// Any other page.
        case page
    }

    /// Path relative to the source folder (`content/projects/aspire.md`); for a made-up section page,
    /// the path its `_index.md` would have.
    package var source: String
    /// Path inside `content/` (`projects/aspire.md`), which Markdown links name.
    package var contentPath: String
    /// Home, section or page.
    package var kind: Kind
    /// The path of the section the page belongs to (`projects`; `""` for the top level).
    /// A section page belongs to its own section.
    package var sectionPath: String
    /// The site-relative URL, e.g. `/projects/aspire/`.
    package var url: String
    /// Where it is written inside the output folder, e.g. `projects/aspire/index.html`.
    package var outputPath: String
    /// The checked front matter.
    package var meta: PageMetadata
    /// The Markdown after the front matter.
    package var body: String
    /// The line of the file where the body starts, so Markdown positions map back to the file.
    package var bodyFirstLine: Int
    /// Whether the page exists only because a folder had no `_index.md`, or is a topic page.
    package var isGenerated: Bool
    /// For a generated listing (a topic page): the content paths of the pages it lists,
    /// instead of its section's pages.
    package var listing: [String]?
    /// The documents named by the page's `sources:`, in the order written, as listed in the
    /// site settings (an id not listed is left out here and reported by the checks).
    package var sourceDocuments: [SourceDocument] = []
    /// Whether the page is on the site today; a page that is not is built only for a preview
    /// (`BuildOptions.includeScheduled`), which shows it with a notice.
    package var schedule: Schedule = .published
    /// Whether the page's front matter could not be read (`ParsedPage.frontMatterFailed`): the
    /// content checks leave it alone, since every finding about its front matter would be false.
    package var frontMatterFailed = false

    /// Creates a page.
    package init(
        source: String, contentPath: String, kind: Kind, sectionPath: String, url: String,
        outputPath: String, meta: PageMetadata, body: String, bodyFirstLine: Int, isGenerated: Bool = false
    ) {
        self.source = source
        self.contentPath = contentPath
        self.kind = kind
        self.sectionPath = sectionPath
        self.url = url
        self.outputPath = outputPath
        self.meta = meta
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.isGenerated = isGenerated
    }

    /// The folder inside `content/` holding the page's file (`projects`), for resolving relative links.
    package var contentFolder: String {
        guard let slash = contentPath.lastIndex(of: "/") else { return "" }
        return String(contentPath[..<slash])
    }
}
