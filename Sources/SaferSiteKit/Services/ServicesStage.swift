import DataTables

/// Every file of a site besides its pages.
struct ExtraFiles: Sendable {
    /// Files copied as they are, from `content/` and the theme's `static/`.
    var copied: [OutputFile]
    /// The data tables' CSV downloads.
    var downloads: [OutputFile]
    /// The pages at pages' old addresses, sending readers on (`RedirectPages`).
    var redirects: [OutputFile]
    /// The sitemap, robots.txt, feed and search index, where the site has no file of its own.
    var services: [OutputFile]

    /// All of them, in that order.
    var all: [OutputFile] { copied + downloads + redirects + services }
}

/// The services stage: every file of the site besides the pages — files copied as they are, the
/// data tables' CSV downloads, redirects from old addresses, and the sitemap, robots.txt, feed
/// and search index.
struct ServicesStage: Sendable {
    /// The files; `bodies[i]` belongs to `site.pages[i]`.
    func run(_ site: Site, bodies: [RenderedMarkdown]) -> ExtraFiles {
        let copied = Self.staticFiles(site), downloads = Self.dataDownloads(site), redirects = RedirectPages.files(for: site)
        return ExtraFiles(copied: copied, downloads: downloads, redirects: redirects,
                          services: SiteServices().files(for: site, bodies: bodies))
    }

    /// The files copied as they are, from `content/` (`content/static/` to the root) and the
    /// theme's `static/`. (Two at one path are an error of the check stage's: `OutputClashCheck`.)
    static func staticFiles(_ site: Site) -> [OutputFile] {
        site.assets.map { OutputFile(path: $0.outputPath, contents: .bytes($0.data)) }
    }

    /// The CSV download of every data table, at `/data/NAME.csv` for shared tables and beside
    /// the page for a page's own tables.
    static func dataDownloads(_ site: Site) -> [OutputFile] {
        var files = site.data.keys.sorted().map { name in
            OutputFile(path: "data/\(name).csv", contents: .text(CSVWriter.csv(for: site.data[name]!)))
        }
        for page in site.pages {
            for (name, table) in MarkdownStage.pageTables(page).tables.sorted(by: { $0.key < $1.key }) {
                files.append(OutputFile(path: MarkdownStage.folder(of: page.outputPath) + "\(name).csv",
                                        contents: .text(CSVWriter.csv(for: table))))
            }
        }
        return files
    }
}
