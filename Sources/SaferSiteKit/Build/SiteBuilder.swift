import CSystemShims
import Foundation

/// Runs the build's stages in order — load, parse, assemble, markdown, check, render, write —
/// and never lets the new output replace the old if any stage reported an error, so a failed
/// build leaves the old output exactly as it was. (The check stage runs while the pages are
/// rendered into a staging folder, which a failed check throws away.)
///
/// With a cache folder, the markdown and render stages reuse what the previous build made from
/// the same inputs (`CacheSession`); the output is the same byte for byte either way.
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
            return BuildReport(diagnostics: [refusal], pageCount: 0, sectionCount: 0, files: [], wroteOutput: false, strict: options.strict)
        }
        // Only one page's body changed since the last build, or nothing did: that page alone is redone.
        if let report = QuickRebuild(options: options).run() { return report }
        let loadStarted = SourceStamp.now()
        var diagnostics: [Diagnostic] = []

        progress(.load)
        // The previous build's cache is read while the source files are.
        let previous = options.cacheFolder.map { folder in (folder, Background { BuildCache.load(from: folder) ?? BuildCache() }) }
        let loaded = try SourceLoader(root: options.source, themeRoot: options.theme).load()
        let tree = loaded.tree
        diagnostics += loaded.diagnostics
        let cache = previous.map { CacheSession(folder: $0.0, previous: $0.1.value, tree: tree, output: options.output) }

        progress(.parse)
        var settings = Self.parseSettings(tree, &diagnostics)
        if let baseURL = options.baseURL { settings.setBaseURL(baseURL) }
        var (parsedPages, facts) = parsePages(tree, keyingModelFor: cache?.outputs, &diagnostics)
        let dataFiles = DataFileLoader().load(tree.files(.data))
        diagnostics += dataFiles.diagnostics
        let (theme, themeDiagnostics) = ThemeLoader.load(tree.files(.template))
        diagnostics += themeDiagnostics

        progress(.assemble)
        let assets = tree.files(.asset) + tree.files(.themeStatic)
        var (site, assembleDiagnostics) = SiteAssembler(settings: settings).assemble(parsedPages, assets: assets, data: dataFiles.tables)
        // The pages' Markdown now lives in the site alone, so it is let go once the markdown stage is done with it.
        parsedPages = []
        site.brokenData = dataFiles.broken
        diagnostics += assembleDiagnostics
        let renderer = PageRenderer(theme: theme)
        diagnostics += renderer.checkLayouts(site)

        progress(.markdown)
        let links = MarkdownStage.links(site)
        let digest = BodyDigest(pageCount: site.pages.count, today: options.today, cache: cache)
        let rendersPages = options.output != nil || options.keepsFiles
        let (bodies, work) = renderBodies(MarkdownStage(site: site, links: links), digest: digest, tree: tree, cache: cache,
                                          makingContexts: rendersPages)
        // The same model with its pages' Markdown let go: nothing after this reads it.
        site = work.site
        var memory = BuildMemory(options: options, tree: tree, site: site, renderer: renderer, links: links,
                                 diagnosticsBeforeMarkdown: diagnostics, bodies: bodies, downloads: work.downloads,
                                 pageFindings: digest.pageFindings, searchLines: digest.searchLines,
                                 siteWideFindings: work.siteWideFindings, clashFindings: work.clashFindings)

        progress(.check)
        let contexts = work.contexts?.replacingBodies(bodies)
        // Pages are rendered while the check runs, unless findings made already fail the build.
        if let output = options.output, !memory.mayFail(strict: options.strict) {
            guard let contexts else { preconditionFailure("contexts are made whenever pages are rendered") }
            return try checkWhileWriting(memory, contexts: contexts, to: output, cache: cache, record: (facts, loadStarted), progress: progress)
        }
        let (sorted, extraFiles) = memory.check()
        var report = BuildReport(diagnostics: sorted, pageCount: site.pages.count, sectionCount: site.sections.count,
                                 files: [], wroteOutput: false, strict: options.strict)
        guard !report.failed, rendersPages, let contexts else { return report }
        if let output = options.output {
            // Findings made before the check looked as if they would fail the build, but did not
            // (silenced, say): the check is done, and done again on the way, which is rare enough.
            return try checkWhileWriting(memory, contexts: contexts, to: output, cache: cache, record: (facts, loadStarted), progress: progress)
        }
        progress(.render)
        // The stages before have freed much more than rendering needs: give it back to the system
        // rather than keep it while every page is rendered.
        safersite_release_free_memory()
        // Nothing is written (the preview): the files are kept in the report, with what the next
        // build needs to redo only a page whose body alone was edited.
        report.files = (renderer.render(site, contexts: contexts) + extraFiles).sorted { $0.path < $1.path }
        memory.keep(files: report.files, contexts: contexts)
        report.memory = memory
        return report
    }

    /// The check, render and write stages of a build that writes its output. The check stage runs
    /// on another thread while the pages are rendered into the staging folder: most of it works on
    /// one core, and would otherwise leave the other idle. When it finds the site failed, the
    /// pages not yet rendered are skipped and the staging folder is thrown away, so the old output
    /// stays exactly as it was, as it does when a stage before finds an error.
    /// With a cache, the build's record is kept for the next build (`LastBuild`); `record` is
    /// what it needs besides: what parsing learnt of the page files, and when the load began.
    private func checkWhileWriting(_ memory: BuildMemory, contexts: TemplateContext, to output: URL, cache: CacheSession?,
                                   record: (facts: PageFileFacts, loadStarted: Int),
                                   progress: (BuildStage) -> Void) throws -> BuildReport {
        let site = memory.site
        var report = BuildReport(diagnostics: [], pageCount: site.pages.count, sectionCount: site.sections.count,
                                 files: [], wroteOutput: false, strict: options.strict)
        // The stages before have freed much more than rendering needs: give it back to the system
        // rather than keep it while every page is rendered and written.
        safersite_release_free_memory()
        let staged: StagedOutput
        do {
            staged = try OutputWriter(output: output).begin()
        } catch {
            // The site's own errors come first (the output folder cannot be written, say, but a page
            // is broken): a site that fails its checks would not be written anyway.
            var memory = memory
            report.diagnostics = memory.check().diagnostics
            guard report.failed else { throw error }
            report.memory = memory
            return report
        }
        let failed = Flag()
        let files = memory.renderer.pageFiles(site)
        let checked = Background { [report] in
            var memory = memory
            let (sorted, extraFiles) = memory.check()
            var checkedReport = report
            checkedReport.diagnostics = sorted
            if checkedReport.failed { failed.set() }
            // Written here rather than kept for later: the search index alone is 16 MB at 10,000
            // pages. Not one a page's file also claims, though: the page's file wins, as it did
            // when these were written first, and no two threads write one file.
            let pagePaths = Set(files.map { memory.renderer.outputPath(of: $0, site: site) })
            let extra = checkedReport.failed ? [] : extraFiles.filter { !pagePaths.contains($0.path) }
            let written = ParallelMap.map(extra.count, chunkSize: 4) { staged.write(extra[$0]) }
            return (report: checkedReport, written: written, memory: memory, extraFiles: extraFiles)
        }
        progress(.render)
        progress(.write)
        do {
            // Each core writes the pages it renders as it goes, so a large site is never all in memory at once.
            let pages = memory.renderer.renderEach(files, of: site, contexts: contexts, cache: cache?.outputs, stoppingWhen: failed) {
                staged.write($0)
            }
            let (checkedReport, written, checkedMemory, extraFiles) = checked.value
            report = checkedReport
            // Handed back rather than freed here: `safersite build` ends right after and leaves it to
            // the system, which takes it back far faster than freeing it object by object.
            report.memory = checkedMemory
            guard !report.failed else {
                staged.discard()
                return report
            }
            try staged.record(written)
            try staged.record(pages ?? [])
            let keptClashes = try staged.keep(site.settings.keptInOutput, outputShown: output.relativePath)
            guard keptClashes.isEmpty else {
                report.diagnostics = (report.diagnostics + keptClashes).sortedForDisplay()
                staged.discard()
                return report
            }
            let folders = cache == nil ? nil : staged.folderStamps()
            // The cache is saved while the old output is removed.
            try staged.commit {
                guard let cache else { return }
                cache.save(stamps: staged.stamps)
                LastBuild.record(memory: checkedMemory, contexts: contexts, facts: record.facts, loadStarted: record.loadStarted,
                                 diagnostics: report.diagnostics, outputs: staged.stamps, folders: folders, pageFileCount: files.count,
                                 extraFiles: extraFiles, in: cache.folder)
            }
        } catch {
            _ = checked.value
            staged.discard()
            throw error
        }
        report.wroteOutput = true
        report.cacheReuse = cache?.reuse
        return report
    }
}

// MARK: - Helpers

extension SiteBuilder {
    static func parseSettings(_ tree: SourceTree, _ diagnostics: inout [Diagnostic]) -> SiteSettings {
        guard let file = tree.settings else { return SiteSettings() }
        let (decoded, textDiagnostics) = file.text()
        diagnostics += textDiagnostics
        guard let text = decoded else { return SiteSettings() }
        let parsed = FrontMatterParser.parseDocument(text, file: file.path)
        diagnostics += parsed.diagnostics
        if parsed.diagnostics.hasErrors { return SiteSettings() }
        let (settings, settingsDiagnostics) = SiteSettingsDecoder(source: SourceLines(file: file.path, text: text)).decode(parsed.root)
        diagnostics += settingsDiagnostics
        return settings
    }

    /// The markdown stage: every page's body, through `digest`, while another thread does the work
    /// that reads the site model alone (with the template contexts when pages are to be rendered).
    /// The stage is let go on return; with it goes its hold on the pages' Markdown, which the site
    /// model the caller keeps no longer has.
    private func renderBodies(_ markdown: MarkdownStage, digest: BodyDigest, tree: SourceTree, cache: CacheSession?,
                              makingContexts: Bool) -> ([RenderedMarkdown], SiteModelWork) {
        let siteWork = Background { [today = options.today] in
            SiteModelWork(markdown: markdown, tree: tree, today: today, makingContexts: makingContexts)
        }
        let bodies = markdown.renderAll(cache: cache?.markdown) { digest.digest(markdown.site.pages[$0], index: $0, bodyKey: $1, $2) }
        return (bodies, siteWork.value)
    }

    /// The pages to build; each page file's own parse findings are added to `diagnostics`.
    /// With an output cache, the pages' front matter is keyed as it is read, and the cache is
    /// given the site model's key (`SiteModelKey`).
    private func parsePages(_ tree: SourceTree, keyingModelFor cache: OutputCache?,
                            _ diagnostics: inout [Diagnostic]) -> ([ParsedPage], PageFileFacts) {
        let parser = PageParser()
        let files = tree.files.filter { [.home, .sectionIndex, .page].contains($0.kind) }
        let parsed = ParallelMap.map(files.count) { index in
            let (page, found) = parser.parse(files[index])
            let key = cache == nil ? nil : page.map { SiteModelKey.frontMatterKey(of: files[index].data, bodyFirstLine: $0.bodyFirstLine) }
            return (page, found, key)
        }
        // Each page is copied out of `parsed` once, by index: a copy of a page retains all its strings.
        var pages: [ParsedPage] = []
        var frontMatterKeys: [CacheKey] = []
        var facts = PageFileFacts()
        pages.reserveCapacity(parsed.count)
        for index in parsed.indices {
            diagnostics += parsed[index].1
            if cache != nil {
                if !parsed[index].1.isEmpty { facts.parseFindings[files[index].path] = parsed[index].1 }
                if let key = parsed[index].2 { facts.frontMatterKeys[files[index].path] = key }
            }
            guard let isDraft = parsed[index].0?.meta.draft, !isDraft || options.includeDrafts else { continue }
            pages.append(parsed[index].0!)
            frontMatterKeys.append(parsed[index].2 ?? CacheKey(high: 0, low: 0))
        }
        cache?.setModelKey(SiteModelKey.key(settings: tree.settings, options: options, pages: pages, frontMatterKeys: frontMatterKeys))
        return (pages, facts)
    }

    /// The files copied as they are. A file in `content/` replaces the theme's static file of the
    /// same name, so a site can override part of its theme.
    static func staticFiles(_ site: Site) -> [OutputFile] {
        let contentPaths = Set(site.assets.filter { $0.kind == .asset }.map(\.relativePath))
        return site.assets
            .filter { $0.kind == .asset || !contentPaths.contains($0.relativePath) }
            .map { OutputFile(path: $0.relativePath, contents: .bytes($0.data)) }
    }

    /// Shows the source line under every finding that points at a line but was made without it.
    ///
    /// Each file's text is decoded once, and the files are shared out among the cores; a core
    /// holds one file's text at a time, so a large site's files are never all held as text at once.
    static func withSourceLines(_ diagnostics: [Diagnostic], from tree: SourceTree) -> [Diagnostic] {
        var wanted: [String: [Int]] = [:]
        for index in diagnostics.indices where diagnostics[index].sourceLine == nil && diagnostics[index].location.line > 0 {
            wanted[diagnostics[index].location.file, default: []].append(index)
        }
        guard !wanted.isEmpty else { return diagnostics }
        var groups: [(file: SourceFile, indexes: [Int])] = []
        for file in tree.files {
            if let indexes = wanted.removeValue(forKey: file.path) { groups.append((file, indexes)) }
        }
        let found = ParallelMap.map(groups.count, chunkSize: 4) { group -> [(index: Int, line: String?)] in
            let (file, indexes) = groups[group]
            let lines = String(validating: file.data, as: UTF8.self).map { SourceLines(file: file.path, text: $0) }
            // One string a line, shared by every finding on it (a long line can have thousands).
            var made: [Int: String?] = [:]
            return indexes.map { index in
                let number = diagnostics[index].location.line
                if let line = made[number] { return (index, line) }
                let line = lines?.line(number)
                made[number] = line
                return (index, line)
            }
        }
        var filled = diagnostics
        for (index, line) in found.joined() { filled[index].sourceLine = line }
        return filled
    }
}
