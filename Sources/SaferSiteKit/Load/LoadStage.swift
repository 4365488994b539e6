/// The load stage: every file of `content/` and the theme, read from disk.
struct LoadStage: Sendable {
    /// Where the files are.
    let options: BuildOptions

    /// The source tree; unreadable files and links that lead astray are reported. Throws only
    /// when there is no content folder at all.
    func run(reportingTo diagnostics: DiagnosticCollector) throws -> SourceTree {
        let loaded = try loader.load()
        diagnostics.report(loaded.diagnostics)
        return loaded.tree
    }

    /// What reads the files.
    var loader: SourceLoader { SourceLoader(root: options.source, themeRoot: options.theme, usesBundledTheme: options.usesBundledTheme) }
}
