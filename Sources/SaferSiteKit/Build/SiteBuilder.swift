import CSystemShims
import Foundation

/// Runs a build's stages in order and says what came of it.
///
/// Each stage lives in a folder of its own name and reports its findings into one
/// `DiagnosticCollector`. Nothing is rendered or written when a stage up to the check has found
/// an error (or, with `--strict`, a warning): a failed build leaves the old output exactly as it was.
public struct SiteBuilder: Sendable {
    /// What to build.
    public var options: BuildOptions

    /// Creates a builder.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds the site. Problems in the site's files come back as diagnostics in the report;
    /// only problems with the machine (no content folder, a full disk) throw.
    public func build(progress: (BuildStage) -> Void = { _ in }) throws -> BuildReport {
        // Before anything is read or written: the output folder must be SaferSite's to replace.
        if let output = options.output,
           let refusal = OutputFolderGuard(source: options.source, theme: options.theme, output: output).problem() {
            return BuildReport(diagnostics: [refusal], pageCount: 0, sectionCount: 0, strict: options.strict)
        }
        let diagnostics = DiagnosticCollector()

        progress(.load)
        let tree = try LoadStage(options: options).run(reportingTo: diagnostics)
        progress(.parse)
        let parsed = ParseStage(options: options).run(tree, reportingTo: diagnostics)
        let theme = parsed.theme
        progress(.assemble)
        // Consumed: the site holds the pages from here on.
        var site = AssembleStage().run(consume parsed, assets: tree.files(.asset) + tree.files(.themeStatic), reportingTo: diagnostics)
        progress(.markdown)
        var bodies = MarkdownStage(site: site).run(reportingTo: diagnostics)
        // Nothing reads the pages' Markdown again: the checks read the page files' lines.
        site.letGoOfMarkdown()
        progress(.services)
        // Processed images are kept in the site's folder between builds; a read-only or missing
        // store costs time, never correctness.
        let extraFiles = ServicesStage(imageStore: .inSite(options.source)).run(site, bodies: bodies, reportingTo: diagnostics)
        progress(.check)
        // What the last build published, so that a page gone from this one is noticed.
        let previous = PreviousAddresses.read(output: options.output, baseURL: site.settings.baseURL)
        CheckStage(today: options.today).run(site, bodies: bodies, sources: tree, previous: previous, theme: theme,
                                             extraFiles: extraFiles, reportingTo: diagnostics)

        var report = BuildReport(diagnostics: diagnostics.finished(showingLinesOf: tree), pageCount: site.pages.count,
                                 sectionCount: site.sections.count, strict: options.strict)
        report.rootPath = site.settings.root.path
        if options.keepsFiles {
            report.pageAddresses = Dictionary(site.pages.filter { !$0.isGenerated }.map { ($0.source, site.settings.root.address($0.url)) },
                                              uniquingKeysWith: { first, _ in first })
        }
        guard !report.failed, options.output != nil || options.keepsFiles else { return report }
        // From here on only the bodies' HTML is read: their text was for the checks and the search
        // index, and is let go before every page is rendered.
        bodies = bodies.map(\.withoutText)
        // The stages before have freed much more than rendering needs: give it back to the system
        // rather than keep it while every page is rendered.
        safersite_release_free_memory()
        let render = RenderStage(site: site, bodies: bodies, theme: theme)
        guard let output = options.output else {
            progress(.render)
            report.files = (render.run { $0 } + WriteStage.filesBeside(render.pagePaths, extraFiles)).sorted { $0.path < $1.path }
            return report
        }
        let staged = try OutputWriter(output: output).begin()
        do {
            progress(.render)
            // Each core writes the pages it renders as it goes, so a large site is never all in memory at once.
            let pages = render.run(staged.write)
            progress(.write)
            try WriteStage(staged: staged).run(pages: pages, extraFiles: WriteStage.filesBeside(render.pagePaths, extraFiles),
                                               keeping: site.settings.keptInOutput)
        } catch {
            staged.discard()
            throw error
        }
        report.wroteOutput = true
        return report
    }
}
