import Diagnostics

/// Two things that would be written to the same file of the output: a page, a file copied from
/// `content/` or from the theme's `static/`, a data table's CSV download, a file the build makes
/// (`sitemap.xml`, `robots.txt`, `feed.xml`, `search-index.json`), an alias, or a further numbered
/// page of a long list (`/news/page/2/`). Everything published has one owner: which of two was
/// meant cannot be guessed, so neither silently replaces the other. Also a file that would have
/// to be written inside another file, as if that were a folder. Pages clashing with pages are
/// found when the site is assembled.
struct OutputClashCheck {
    /// One error for each file that another would overwrite, at the later one's source (for a
    /// list's further page, at the page or file in its way), and for each file that would have to
    /// go inside another, at its own source.
    func check(_ site: Site, downloads: [OutputFile], generated: [OutputFile]) -> [Diagnostic] {
        var owners: [String: String] = [:]
        for page in site.pages { owners[page.outputPath] = owners[page.outputPath] ?? page.source }
        var diagnostics: [Diagnostic] = []
        // The build's own files come first: a page or file at one of their paths is in their way.
        for file in generated {
            owners[file.path] = owners[file.path] ?? CheckMessages.generatedFile(file.path)
        }
        // Content's files, then the theme's: at a path taken already, the later is reported.
        for asset in site.assets.filter({ $0.kind == .asset }) + site.assets.filter({ $0.kind == .themeStatic }) {
            if let owner = owners[asset.outputPath] {
                diagnostics.append(.error(CheckMessages.outputClash(asset.outputPath, other: owner),
                                          at: SourceLocation(file: asset.path), hint: CheckMessages.outputClashHint, code: "duplicate-url"))
            } else {
                owners[asset.outputPath] = asset.path
            }
        }
        // A page's old address may not be anything else's address, nor another alias.
        for page in site.pages {
            for alias in page.meta.aliases {
                let path = URLPlanner.outputPath(forURL: alias)
                if let owner = owners[path] {
                    diagnostics.append(.error(CheckMessages.outputClash(path, other: owner), at: page.location(ofKey: "aliases"),
                                              hint: CheckMessages.outputClashHint, code: "duplicate-url"))
                } else {
                    owners[path] = page.source
                }
            }
        }
                // A list's further pages are made by the render stage, not from files, so a page or file at
        // one of their addresses would be overwritten by whichever happened to be written last.
        for index in site.pages.indices {
            let pagination = site.pagination(forPage: index)
            guard pagination.pageCount > 1 else { continue }
            for number in 2...pagination.pageCount {
                let path = pagination.outputPath(number, first: site.pages[index].outputPath)
                guard let owner = owners[path] else { continue }
                diagnostics.append(.error(CheckMessages.outputClash(path, other: CheckMessages.numberedPage(number, ofListAt: site.pages[index].url)),
                                          at: SourceLocation(file: owner), hint: CheckMessages.outputClashHint, code: "duplicate-url"))
            }
        }
        // A file where another needs a folder (`/report.html` and `/report.html/part/`): one of
        // them cannot be written at all.
        for (path, owner) in owners.sorted(by: { $0.key < $1.key }) {
            var folder = OutputWriter.parent(of: path)
            while !folder.isEmpty {
                if let other = owners[folder] {
                    diagnostics.append(.error(CheckMessages.insideFile(path, file: folder, other: other), at: SourceLocation(file: owner),
                                              hint: CheckMessages.outputClashHint, code: "duplicate-url"))
                    break
                }
                folder = OutputWriter.parent(of: folder)
            }
        }
        for download in downloads {
            guard let owner = owners[download.path] else { continue }
            diagnostics.append(.error(CheckMessages.outputClash(download.path, other: "a data table's CSV download"),
                                      at: SourceLocation(file: owner), hint: CheckMessages.outputClashHint, code: "duplicate-url"))
        }
        return diagnostics
    }
}
