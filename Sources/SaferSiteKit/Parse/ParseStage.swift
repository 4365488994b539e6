import DataTables
import Diagnostics
import FrontMatter

/// What the parse stage read: the settings, the pages' front matter and Markdown, the shared data
/// tables and the compiled theme.
struct ParsedSite: Sendable {
    /// The site settings (`content/_site.yaml`), with `--base-url` applied.
    var settings: SiteSettings
    /// Every page to build, drafts left out unless asked for.
    var pages: [ParsedPage]
    /// The tables of `content/_data/`, by name.
    var data: [String: DataTable]
    /// Names of data files that failed to read: a page naming one is not told the table is missing.
    var brokenData: Set<String>
    /// The theme, compiled.
    var theme: Theme
}

/// The parse stage: settings, every page's front matter, the data files and the templates.
struct ParseStage: Sendable {
    /// Whether drafts are built, and a base URL that replaces the settings'.
    let options: BuildOptions

    /// Reads what `tree` holds; each file's own problems are reported.
    func run(_ tree: SourceTree, reportingTo diagnostics: DiagnosticCollector) -> ParsedSite {
        var settings = Self.settings(tree, reportingTo: diagnostics)
        if let baseURL = options.baseURL { settings.setBaseURL(baseURL) }
        let data = DataFileLoader().load(tree.files(.data))
        diagnostics.report(data.diagnostics)
        let (theme, themeDiagnostics) = ThemeLoader.load(tree.files(.template))
        diagnostics.report(themeDiagnostics)
        return ParsedSite(settings: settings, pages: pages(tree, reportingTo: diagnostics), data: data.tables,
                          brokenData: data.broken, theme: theme)
    }

    /// A note at a page's `publish_date` or `expiry_date` saying it is left out of the site, and until when.
    static func scheduleNote(_ page: ParsedPage, included: Bool) -> Diagnostic {
        let (key, message) = switch page.schedule {
        case .scheduled(let day): ("publish_date", ContentMessages.scheduled(UKDate.long(day), previewed: included))
        case .expired(let day): ("expiry_date", ContentMessages.expired(UKDate.long(day), previewed: included))
        case .published: ("title", "")
        }
        let entry = page.meta.entry(key)
        return Diagnostic(.note, at: SourceLocation(file: page.source, line: entry?.value.line ?? 1, column: entry?.value.column ?? 1),
                          message, code: "schedule")
    }

    /// The site settings; the defaults when the file is missing or broken.
    static func settings(_ tree: SourceTree, reportingTo diagnostics: DiagnosticCollector) -> SiteSettings {
        guard let file = tree.settings else { return SiteSettings() }
        let (settings, found) = SiteSettingsDecoder.decode(file)
        diagnostics.report(found)
        return settings
    }

    /// Every page file parsed, on every core (one whose front matter cannot be read stands in
    /// for itself, `PageParser`), in path order, less those `page(_:)` leaves out.
    private func pages(_ tree: SourceTree, reportingTo diagnostics: DiagnosticCollector) -> [ParsedPage] {
        let files = tree.files.filter { [.home, .sectionIndex, .page].contains($0.kind) }
        let parsed = ParallelMap.map(files.count) { page(files[$0]) }
        var pages: [ParsedPage] = []
        pages.reserveCapacity(parsed.count)
        for (page, found) in parsed {
            diagnostics.report(found)
            if let page { pages.append(page) }
        }
        return pages
    }

    /// One page file as the stage reads it, with its findings: nil when it is left out, as a
    /// draft (unless drafts are asked for) or outside its `publish_date` and `expiry_date` (unless
    /// asked for); each page left out by its dates gets a note saying so.
    func page(_ file: SourceFile) -> (page: ParsedPage?, findings: [Diagnostic]) {
        var (page, found) = PageParser().parse(file)
        guard !page.meta.draft || options.includeDrafts else { return (nil, found) }
        page.schedule = Schedule(publish: page.meta.publishDate, expiry: page.meta.expiryDate, today: options.today)
        if page.schedule != .published {
            found.append(Self.scheduleNote(page, included: options.includeScheduled))
            guard options.includeScheduled else { return (nil, found) }
        }
        return (page, found)
    }
}
