import Diagnostics
import FrontMatter

/// The check stage: every check that reads the assembled site and its rendered bodies.
struct CheckStage: Sendable {
    /// The day the site is checked on, for review dates.
    let today: FrontMatterDate

    /// Reports what the checks find, and gives it back by where it comes from; `bodies[i]`
    /// belongs to `site.pages[i]`, `sources` holds the files the findings point into, and
    /// `previous` the addresses the last build published.
    @discardableResult
    func run(_ site: Site, bodies: [RenderedMarkdown], sources: SourceTree, previous: Set<String> = [], theme: Theme,
             extraFiles: ExtraFiles, reportingTo diagnostics: DiagnosticCollector) -> CheckFindings {
        let targets = SiteChecker.Targets(site: site, bodies: bodies, extraOutputPaths: Set(extraFiles.all.map(\.path)))
        let content = ContentChecker(today: today)
        let found = CheckFindings(
            shape: HomePageCheck().check(site)
                + LayoutCheck(theme: theme).check(site)
                + TemplateValueLoopCheck(theme: theme).check(site)
                + MenuCheck().check(site)
                + ScriptableFileCheck().check(site)
                + MovedPageCheck(previous: previous).check(site)
                + BrandingCheck(site: site).check(),
            unlisted: UnlistedPageCheck().check(site, bodies: bodies),
            settingsAndClashes: SettingsKeysCheck(settings: site.settings, templates: sources.files(.template)).check()
                + OutputClashCheck().check(site, downloads: extraFiles.downloads, generated: extraFiles.services),
            imageWeights: ImageWeightCheck().check(site, bodies: bodies, weights: extraFiles.imageWeights),
            kept: KeptOutputCheck().check(site, extraFiles: extraFiles),
            linkTargets: targets,
            links: SiteChecker().findings(site, bodies: bodies, in: targets),
            pages: content.pageFindings(site, bodies: bodies, sources: sources),
            content: content.siteWide(site))
        diagnostics.report(found.all)
        return found
    }
}

/// What the check stage found, by where it comes from: what the site's shape, front matter and
/// settings decide, what reads every body at once, and what each page's body adds.
struct CheckFindings: Sendable {
    /// The checks that read no page body: home page, layouts, menus, scriptable files, moved
    /// pages, branding.
    let shape: [Diagnostic]
    /// Pages a `listing: false` section page's body does not link to (`UnlistedPageCheck`):
    /// every body of such a page decides them.
    var unlisted: [Diagnostic]
    /// Unknown settings keys and output clashes, which read no page body.
    let settingsAndClashes: [Diagnostic]
    /// Images over the weight budget, at the first place a body shows them (`ImageWeightCheck`).
    var imageWeights: [Diagnostic]
    /// Paths kept in the output folder (`KeptOutputCheck`), which read no page body.
    let kept: [Diagnostic]
    /// What the link checks check against: every output path and every page's heading ids.
    var linkTargets: SiteChecker.Targets
    /// Each page's link findings, in `site.pages` order.
    var links: [[Diagnostic]]
    /// Each page's own content-check findings before silences (`ContentChecker.pageFindings`).
    var pages: [[Diagnostic]?]
    /// The content checks' findings from front matter and settings alone, and the silences.
    let content: SiteWideFindings

    /// Every finding, in the order the stage reports them.
    var all: [Diagnostic] {
        shape + unlisted + settingsAndClashes + imageWeights + kept + links.joined()
            + ContentChecker.findings(pageFindings: pages, siteWide: content)
    }
}
