/// Two things that would be written to the same file of the output: a page, a file copied from
/// `content/`, or a data table's CSV download. (A file in `content/` may replace a theme's static
/// file on purpose; that is not a clash.) Pages clashing with pages are found when the site is
/// assembled.
struct OutputClashCheck {
    /// One error for each file that another would overwrite, at the later one's source.
    func check(_ site: Site, downloads: [OutputFile]) -> [Diagnostic] {
        var owners: [String: String] = [:]
        for page in site.pages { owners[page.outputPath] = owners[page.outputPath] ?? page.source }
        var diagnostics: [Diagnostic] = []
        for asset in site.assets where asset.kind == .asset {
            if let owner = owners[asset.relativePath] {
                diagnostics.append(.error(CheckMessages.outputClash(asset.relativePath, other: owner),
                                          at: SourceLocation(file: asset.path), hint: CheckMessages.outputClashHint, code: "duplicate-url"))
            } else {
                owners[asset.relativePath] = asset.path
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
