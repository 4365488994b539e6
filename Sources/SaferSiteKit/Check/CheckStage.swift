import FrontMatter

/// The check stage: every check that reads the assembled site and its rendered bodies.
struct CheckStage: Sendable {
    /// The day the site is checked on, for review dates.
    let today: FrontMatterDate

    /// Reports what the checks find; `bodies[i]` belongs to `site.pages[i]`, `sources` holds the
    /// files the findings point into, and `previous` the addresses the last build published.
    func run(_ site: Site, bodies: [RenderedMarkdown], sources: SourceTree, previous: Set<String> = [], theme: Theme,
             extraFiles: ExtraFiles, reportingTo diagnostics: DiagnosticCollector) {
        diagnostics.report(HomePageCheck().check(site))
        diagnostics.report(LayoutCheck(theme: theme).check(site))
        diagnostics.report(MenuCheck().check(site))
        diagnostics.report(ScriptableFileCheck().check(site))
        diagnostics.report(MovedPageCheck(previous: previous).check(site))
        diagnostics.report(BrandingCheck(site: site).check())
        diagnostics.report(UnlistedPageCheck().check(site, bodies: bodies))
        diagnostics.report(SettingsKeysCheck(settings: site.settings, templates: sources.files(.template)).check())
        diagnostics.report(OutputClashCheck().check(site, downloads: extraFiles.downloads, generated: extraFiles.services))
        diagnostics.report(ImageWeightCheck().check(site, bodies: bodies, weights: extraFiles.imageWeights))
        diagnostics.report(KeptOutputCheck().check(site, extraFiles: extraFiles))
        diagnostics.report(SiteChecker().check(site, bodies: bodies, extraOutputPaths: Set(extraFiles.all.map(\.path))))
        diagnostics.report(ContentChecker(today: today).check(site, bodies: bodies, sources: sources))
    }
}
