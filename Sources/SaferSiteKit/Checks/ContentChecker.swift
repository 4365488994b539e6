/// The content checks: accessibility errors and plain-English, review-date and link warnings for
/// every page that has a file, with the site's and pages' `silence:` entries applied.
///
/// It reads like the list of checks it runs; each rule is a small file under `Rules/`, and
/// `docs/checks.md` describes them for authors.
public struct ContentChecker: Sendable {
    /// The day the site is checked on, for review dates.
    public var today: FrontMatterDate

    /// Creates a checker for a given day.
    public init(today: FrontMatterDate) {
        self.today = today
    }

    /// The findings for the site. `bodies[i]` belongs to `site.pages[i]`.
    public func check(_ site: Site, bodies: [RenderedMarkdown]) -> [Diagnostic] {
        let own = ParallelMap.map(site.pages.count) { index -> [Diagnostic]? in
            site.pages[index].isGenerated ? nil : pageFindings(site.pages[index], body: bodies[index])
        }
        return findings(pageFindings: own, siteWide: siteWide(site))
    }

    /// The findings of the rules that look at one page, for a page with a file of its own.
    func pageFindings(_ page: Page, body: RenderedMarkdown) -> [Diagnostic] {
        // The page's working data (lines, sentences) lives only while its own rules run.
        let checked = CheckedPage(page: page, body: body)
        return pageRules.flatMap { $0.findings(in: checked) }
    }

    /// The site's findings, given each checked page's own (`pageFindings[i]` belongs to
    /// `site.pages[i]`, nil for a made-up page) and what comes from front matter and settings
    /// alone: those, with the site's and pages' silences applied.
    func findings(pageFindings: [[Diagnostic]?], siteWide: SiteWideFindings) -> [Diagnostic] {
        // The rules' findings had the silences applied once, when made.
        Silencing(silences: siteWide.silences).applied(to: pageFindings.flatMap { $0 ?? [] }, usedByRules: siteWide.usedByRules)
            + siteWide.keptRuleFindings + siteWide.silenceProblems
    }

    /// What the checks find from front matter and settings alone: the site rules' findings and
    /// the silences. An edit to a page's body changes none of it.
    func siteWide(_ site: Site) -> SiteWideFindings {
        let checked = site.pages.filter { !$0.isGenerated }
        let (silences, silenceProblems) = SilenceReader().read(site)
        return SiteWideFindings(ruleFindings: siteRules(site.settings).flatMap { $0.findings(in: checked) }, silences: silences,
                                silenceProblems: silenceProblems)
    }

    /// The rules that look at one page at a time, with its body. None depends on the day, so
    /// the build cache can keep their findings.
    var pageRules: [any PageRule] {
        [
            MissingAltRule(),
            HeadingSkipRule(),
            TableHeaderRule(),
            EmptyLinkRule(),
            VagueLinkTextRule(),
            SummaryRule(),
            InsecureLinkRule(),
            LongSentenceRule(),
            LongParagraphRule(),
            UnsourcedFiguresRule(),
        ]
    }

    /// The rules that read front matter (and the settings) alone: those that compare pages with
    /// each other or with the settings' source list, and those that depend on the day.
    func siteRules(_ settings: SiteSettings) -> [any SiteRule] {
        [DuplicateTitleRule(), ReviewDateRule(today: today), UnknownSourceRule(sources: settings.sources),
         PastPeriodRule(today: today, years: settings.historyAfterYears)]
    }
}

/// The content checks' findings that come from front matter and settings alone.
///
/// They are made once a build and, in the preview, kept for the builds after an edit to a body,
/// so the silences are applied to them here, once, and the build finds their source lines when
/// they are made (`mapFindings`) rather than with the rest of the findings. The build shows each finding
/// once, comparing whole findings, source line included: that is right only because no other
/// stage makes these findings (their codes are the site rules' and `silence`).
struct SiteWideFindings: Sendable {
    /// The silences of the site's and pages' `silence:` entries.
    let silences: [Silence]
    /// Problems with those entries.
    private(set) var silenceProblems: [Diagnostic]
    /// The findings of the rules that read front matter alone (`siteRules`), less those silenced.
    private(set) var keptRuleFindings: [Diagnostic]
    /// For each silence, whether it silenced one of the rules' findings.
    let usedByRules: [Bool]

    init(ruleFindings: [Diagnostic], silences: [Silence], silenceProblems: [Diagnostic]) {
        let silencing = Silencing(silences: silences)
        self.silences = silences
        self.silenceProblems = silenceProblems
        keptRuleFindings = silencing.kept(ruleFindings)
        usedByRules = silencing.used(by: ruleFindings)
    }

    /// The same findings, each list passed through `transform`: the build gives them their
    /// source lines once, when they are made, rather than after every build the preview makes.
    func mapFindings(_ transform: ([Diagnostic]) -> [Diagnostic]) -> SiteWideFindings {
        var mapped = self
        mapped.keptRuleFindings = transform(keptRuleFindings)
        mapped.silenceProblems = transform(silenceProblems)
        return mapped
    }
}
