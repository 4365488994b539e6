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
    /// The images of `content/` at each published width and format, and share cards (`ImageFiles`).
    var images: [OutputFile] = []
    /// Bytes of each image's largest file in its own format, by its path inside `content/`.
    var imageWeights: [String: Int] = [:]

    /// All of them, in that order.
    var all: [OutputFile] { copied + images + downloads + redirects + services }
}

/// The services stage: every file of the site besides the pages — files copied as they are, the
/// data tables' CSV downloads, redirects from old addresses, the sitemap, robots.txt, feed
/// and search index, and the images resized and stripped of metadata.
struct ServicesStage: Sendable {
    /// Where processed images are kept between builds.
    var imageStore = ImageStore(folder: nil)

    /// The files; `bodies[i]` belongs to `site.pages[i]`. Images that cannot be decoded are reported.
    func run(_ site: Site, bodies: [RenderedMarkdown], reportingTo diagnostics: DiagnosticCollector) -> ExtraFiles {
        run(site, bodies: bodies, searchLines: SearchIndexGenerator().lines(for: site, bodies: bodies), reportingTo: diagnostics)
    }

    /// The files, with the search index made from its pages' lines
    /// (`SearchIndexGenerator.lines(for:bodies:)`).
    func run(_ site: Site, bodies: [RenderedMarkdown], searchLines: [String?], reportingTo diagnostics: DiagnosticCollector) -> ExtraFiles {
        let copied = Self.staticFiles(site), downloads = Self.dataDownloads(site), redirects = RedirectPages.files(for: site)
        // The images' files come from the site's images and share cards alone (front matter and
        // settings), never from the bodies.
        let images = ImageFiles(store: imageStore).make(for: site)
        diagnostics.report(images.diagnostics)
        return ExtraFiles(copied: copied, downloads: downloads, redirects: redirects,
                          services: SiteServices().files(for: site, bodies: bodies, searchLines: searchLines),
                          images: images.files, imageWeights: images.weights)
    }

    /// The files copied as they are, from `content/` (`content/static/` to the root) and the
    /// theme's `static/`, but for the images `ImageFiles` publishes. (Two at one path are an error
    /// of the check stage's: `OutputClashCheck`.)
    static func staticFiles(_ site: Site) -> [OutputFile] {
        site.assets.filter { $0.kind != .asset || site.images[$0.relativePath] == nil }
            .map { OutputFile(path: $0.outputPath, contents: .bytes($0.data)) }
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
