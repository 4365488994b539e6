import Foundation

/// What a build knew once its page bodies were rendered: everything the check stage reads, and
/// for the preview, the files it made. The preview keeps it between builds, so that after an
/// edit to one page's body the next build can redo only that page (`rebuild(afterEditTo:data:)`).
struct BuildMemory: Sendable {
    /// What was built.
    var options: BuildOptions
    /// The source files as they were read.
    var tree: SourceTree
    /// The site model, its pages' Markdown already let go.
    var site: Site
    /// The theme, compiled.
    var renderer: PageRenderer
    /// What the pages' links were resolved against.
    var links: LinkResolver
    /// The findings of loading, parsing and assembling, in the order they were made.
    var diagnosticsBeforeMarkdown: [Diagnostic]
    /// Every page's rendered body, without its text and paragraphs (`BodyDigest`).
    var bodies: [RenderedMarkdown]
    /// The data tables' CSV downloads.
    var downloads: [OutputFile]
    /// Every page's own content-check findings (`BodyDigest`).
    var pageFindings: [[Diagnostic]?]
    /// Every page's search index line (`BodyDigest`).
    var searchLines: [String?]
    /// The content checks' findings from front matter and settings alone, showing their source lines.
    var siteWideFindings: SiteWideFindings
    /// Output paths that two things claim (`OutputClashCheck`): from front matter and downloads alone.
    var clashFindings: [Diagnostic]
    /// The link checks' findings, page by page; made by the first `check()`.
    var linkFindings: SiteLinkFindings?
    /// Every file the build made, sorted by path; empty until the pages are rendered.
    private(set) var files: [OutputFile] = []
    /// Where each file is in `files`, by path.
    private(set) var fileIndexes: [String: Int] = [:]
    /// The template contexts the pages were rendered with.
    private(set) var contexts: TemplateContext?

    /// Keeps what the render stage made: every file, sorted by path, and the template contexts.
    mutating func keep(files: [OutputFile], contexts: TemplateContext) {
        self.files = files
        fileIndexes = Dictionary(files.indices.map { (files[$0].path, $0) }, uniquingKeysWith: { first, _ in first })
        self.contexts = contexts
    }

    /// Puts `made` in place of the files at the same paths, and keeps the contexts they were
    /// rendered with; false, changing nothing, when one of the files is new.
    mutating func replace(_ made: [OutputFile], contexts: TemplateContext) -> Bool {
        let indexes = made.compactMap { fileIndexes[$0.path] }
        guard indexes.count == made.count else { return false }
        for (index, file) in zip(indexes, made) { files[index] = file }
        self.contexts = contexts
        return true
    }

    /// Whether the findings made before the check stage may fail the build: an error among
    /// them, or with `strict` a warning (which the check might still find silenced).
    func mayFail(strict: Bool) -> Bool {
        let fails = { (found: [Diagnostic]) in found.contains { $0.severity == .error || (strict && $0.severity == .warning) } }
        return fails(diagnosticsBeforeMarkdown) || fails(clashFindings) || bodies.contains { fails($0.diagnostics) }
            || pageFindings.contains { $0.map(fails) ?? false }
    }

    /// The check stage: the services' files, the checks that read the whole site, and every
    /// finding of the build in display order, each showing its source line.
    mutating func check() -> (diagnostics: [Diagnostic], extraFiles: [OutputFile]) {
        var diagnostics = diagnosticsBeforeMarkdown
        for body in bodies { diagnostics += body.diagnostics }
        diagnostics += clashFindings
        var extraFiles = SiteBuilder.staticFiles(site) + downloads
        extraFiles += SiteServices(searchLines: searchLines).files(for: site, bodies: bodies, besides: extraFiles)
        let extraOutputPaths = Set(extraFiles.map(\.path))
        if linkFindings?.extraOutputPaths != extraOutputPaths {
            linkFindings = SiteLinkFindings(site: site, bodies: bodies, extraOutputPaths: extraOutputPaths)
        }
        diagnostics += linkFindings?.all ?? []
        diagnostics += ContentChecker(today: options.today).findings(pageFindings: pageFindings, siteWide: siteWideFindings)
        let sorted = SiteBuilder.withSourceLines(diagnostics.uniqueSortedForDisplay(), from: tree)
        return (sorted, extraFiles)
    }
}
