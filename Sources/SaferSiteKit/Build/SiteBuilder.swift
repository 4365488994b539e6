import CSystemShims
import Foundation

/// Runs a build's stages in order and says what came of it.
///
/// Each stage lives in a folder of its own name and reports its findings into one
/// `DiagnosticCollector`. Nothing is rendered or written when a stage up to the check has found
/// an error (or, with `--strict`, a warning): a failed build leaves the old output exactly as it was.
///
/// Given a `BuildMemo` (the preview keeps one from build to build), a build into memory reuses
/// the stages' results of the last build it remembers where their inputs are unchanged
/// (`SiteBuilder+Memo.swift`); the stages themselves never see the memo.
public struct SiteBuilder: Sendable {
    /// What to build.
    public var options: BuildOptions
    /// The last build's stage results, for a build into memory to reuse; nil for a build from nothing.
    public var memo: BuildMemo?

    /// Creates a builder; with a `memo`, builds into memory remember their results there and
    /// reuse what they can of the last one's.
    public init(options: BuildOptions, memo: BuildMemo? = nil) {
        self.options = options
        self.memo = memo
    }

    /// Builds the site. Problems in the site's files come back as diagnostics in the report;
    /// only problems with the machine (no content folder, a full disk) throw.
    public func build(progress: (BuildStage) -> Void = { _ in }) throws -> BuildReport {
        // Before anything is read or written: the output folder must be SaferSite's to replace.
        if let output = options.output,
           let refusal = OutputFolderGuard(source: options.source, theme: options.theme, output: output).problem() {
            return BuildReport(diagnostics: [refusal], pageCount: 0, sectionCount: 0, strict: options.strict)
        }
        if let memo, options.output == nil, options.keepsFiles {
            return try memo.remembering { last in try build(remembering: &last, progress: progress) }
        }
        let diagnostics = DiagnosticCollector()
        progress(.load)
        let tree = try LoadStage(options: options).run(reportingTo: diagnostics)
        return try build(tree, reportingTo: diagnostics, progress: progress, remembering: nil).report
    }

    /// The stages after loading, in order, for `tree`. With `remembering` (the files' stamps at
    /// loading), a build into memory also gives back what it made for the memo.
    func build(_ tree: SourceTree, reportingTo diagnostics: DiagnosticCollector, progress: (BuildStage) -> Void,
               remembering stamps: [String: FileStamp]?) throws -> (report: BuildReport, memo: MemoState?) {
        let loaded = diagnostics.reported.count
        progress(.parse)
        let parsed = ParseStage(options: options).run(tree, reportingTo: diagnostics)
        let theme = parsed.theme
        let afterParse = diagnostics.reported.count
        progress(.assemble)
        // Consumed: the site holds the pages from here on.
        var site = AssembleStage().run(consume parsed, assets: tree.files(.asset) + tree.files(.themeStatic), reportingTo: diagnostics)
        let afterAssemble = diagnostics.reported.count
        progress(.markdown)
        let links = MarkdownStage.links(site)
        var bodies = MarkdownStage(site: site, links: links).run(reportingTo: diagnostics)
        // Nothing reads the pages' Markdown again: the checks read the page files' lines.
        site.letGoOfMarkdown()
        progress(.services)
        // Processed images are kept in the site's folder between builds; a read-only or missing
        // store costs time, never correctness.
        let services = ServicesStage(imageStore: .inSite(options.source))
        let afterMarkdown = diagnostics.reported.count
        let searchLines = stamps == nil ? nil : SearchIndexGenerator().lines(for: site, bodies: bodies)
        let extraFiles = searchLines.map { services.run(site, bodies: bodies, searchLines: $0, reportingTo: diagnostics) }
            ?? services.run(site, bodies: bodies, reportingTo: diagnostics)
        let afterServices = diagnostics.reported.count
        progress(.check)
        // What the last build published, so that a page gone from this one is noticed.
        let previous = PreviousAddresses.read(output: options.output, baseURL: site.settings.baseURL)
        var checks: CheckFindings? = CheckStage(today: options.today).run(site, bodies: bodies, sources: tree, previous: previous,
                                                                         theme: theme, extraFiles: extraFiles, reportingTo: diagnostics)
        // Kept for the memo alone: a build without one lets go of it before rendering.
        if stamps == nil { checks = nil }
        let reported = stamps == nil ? [] : diagnostics.reported
        let findings = stamps == nil ? nil : FindingsByFile(reported, sources: tree)
        var report = BuildReport(diagnostics: findings?.all ?? diagnostics.finished(showingLinesOf: tree), pageCount: site.pages.count,
                                 sectionCount: site.sections.count, strict: options.strict)
        report.rootPath = site.settings.root.path
        // For the preview's links to each finding's page.
        if options.keepsFiles && options.output == nil { report.pageAddresses = Self.pageAddresses(site) }
        guard !report.failed, options.output != nil || options.keepsFiles else { return (report, nil) }
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
            guard let stamps, let searchLines, let findings, let checks else { return (report, nil) }
            let memo = MemoState(options: options, stamps: stamps, tree: tree,
                                 parseFindings: Array(reported[loaded..<afterParse]), assembleFindings: Array(reported[afterParse..<afterAssemble]),
                                 servicesFindings: Array(reported[afterMarkdown..<afterServices]), site: site, links: links,
                                 bodies: bodies, searchLines: searchLines, extraFiles: extraFiles, checks: checks, render: render,
                                 files: report.files, findings: findings, pageAddresses: report.pageAddresses)
            return (report, memo)
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
        return (report, nil)
    }

    /// Where each page with a file of its own is published, by that file's path
    /// (`BuildReport.pageAddresses`).
    static func pageAddresses(_ site: Site) -> [String: String] {
        Dictionary(site.pages.filter { !$0.isGenerated }.map { ($0.source, site.settings.root.address($0.url)) },
                   uniquingKeysWith: { first, _ in first })
    }
}
