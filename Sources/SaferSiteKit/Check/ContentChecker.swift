import Diagnostics
import FrontMatter

/// The content checks: accessibility errors and plain-English, review-date and link warnings for
/// every page that has a file, with the site's and pages' `silence:` entries applied.
///
/// It reads like the list of checks it runs; each rule is a small file under `Rules/`, and
/// `docs/checks.md` describes them for authors.
package struct ContentChecker: Sendable {
    /// The day the site is checked on, for review dates.
    package var today: FrontMatterDate

    /// Creates a checker for a given day.
    package init(today: FrontMatterDate) {
        self.today = today
    }

    /// The findings for the site. `bodies[i]` belongs to `site.pages[i]`; `sources` holds the
    /// page files, whose lines the findings point at.
    package func check(_ site: Site, bodies: [RenderedMarkdown], sources: SourceTree) -> [Diagnostic] {
        Self.findings(pageFindings: pageFindings(site, bodies: bodies, sources: sources), siteWide: siteWide(site))
    }

    /// Each page's own findings, before silences (`pageFindings(forPage:...)`), in `site.pages` order.
    func pageFindings(_ site: Site, bodies: [RenderedMarkdown], sources: SourceTree) -> [[Diagnostic]?] {
        let rules = pageRules(sources)
        return ParallelMap.map(site.pages.count) { pageFindings(forPage: $0, of: site, body: bodies[$0], sources: sources, rules: rules) }
    }

    /// The findings of the rules that look at one page, `site.pages[index]` whose body is `body`;
    /// nil for a page without a file of its own or whose front matter failed. `rules` are
    /// `pageRules(sources)`.
    func pageFindings(forPage index: Int, of site: Site, body: RenderedMarkdown, sources: SourceTree, rules: [any PageRule]) -> [Diagnostic]? {
        let page = site.pages[index]
        guard !page.isGenerated, !page.frontMatterFailed, let file = sources.file(at: page.source),
              let text = String(validating: file.data, as: UTF8.self) else { return nil }
        return pageFindings(page, body: body, text: text, rules: rules)
    }

    /// The findings of the rules that look at one page, for a page with a file of its own.
    func pageFindings(_ page: Page, body: RenderedMarkdown, text: String, rules: [any PageRule]) -> [Diagnostic] {
        // The page's working data (lines, sentences) lives only while its own rules run.
        let checked = CheckedPage(page: page, body: body, text: text)
        return rules.flatMap { $0.findings(in: checked) }
    }

    /// The site's findings, given each checked page's own (`pageFindings[i]` belongs to
    /// `site.pages[i]`, nil for a made-up page) and what comes from front matter and settings
    /// alone: those, with the site's and pages' silences applied.
    static func findings(pageFindings: [[Diagnostic]?], siteWide: SiteWideFindings) -> [Diagnostic] {
        // The rules' findings had the silences applied once, when made.
        Silencing(silences: siteWide.silences).applied(to: pageFindings.flatMap { $0 ?? [] }, usedByRules: siteWide.usedByRules)
            + siteWide.keptRuleFindings + siteWide.silenceProblems
    }

    /// What the checks find from front matter and settings alone: the site rules' findings and
    /// the silences.
    func siteWide(_ site: Site) -> SiteWideFindings {
        let checked = site.pages.filter { !$0.isGenerated && !$0.frontMatterFailed }
        let (silences, silenceProblems) = SilenceReader().read(site)
        return SiteWideFindings(ruleFindings: siteRules(site.settings).flatMap { $0.findings(in: checked) }, silences: silences,
                                silenceProblems: silenceProblems)
    }

    /// The rules that look at one page at a time, with the guidance text of the theme's
    /// archetypes among `sources`.
    func pageRules(_ sources: SourceTree) -> [any PageRule] {
        pageRules(guidance: ArchetypeGuidance.sentences(in: sources.files(.archetype)))
    }

    /// The rules that look at one page at a time, with its body; `guidance` is the theme's
    /// archetypes' guidance text.
    func pageRules(guidance: [ArchetypeGuidance]) -> [any PageRule] {
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
            HeadingSpaceRule(),
            EmptyValueRule(),
            UnsourcedFiguresRule(),
            PlaceholderTextRule(guidance: guidance),
        ]
    }

    /// The rules that read front matter (and the settings) alone: those that compare pages with
    /// each other or with the settings' source list, and those that depend on the day.
    func siteRules(_ settings: SiteSettings) -> [any SiteRule] {
        [DuplicateTitleRule(), ReviewDateRule(today: today), UnknownSourceRule(sources: settings.sources),
         PastPeriodRule(today: today, years: settings.historyAfterYears)]
            + (settings.districts.map { [UnlistedDistrictRule(districts: $0)] } ?? [])
            + (settings.topics.map { [UnlistedTopicRule(topics: $0)] } ?? [])
    }
}

/// The content checks' findings that come from front matter and settings alone, with the silences
/// applied to them once, when they are made.
struct SiteWideFindings: Sendable {
    /// The silences of the site's and pages' `silence:` entries.
    let silences: [Silence]
    /// Problems with those entries.
    let silenceProblems: [Diagnostic]
    /// The findings of the rules that read front matter alone (`siteRules`), less those silenced.
    let keptRuleFindings: [Diagnostic]
    /// For each silence, whether it silenced one of the rules' findings.
    let usedByRules: [Bool]

    init(ruleFindings: [Diagnostic], silences: [Silence], silenceProblems: [Diagnostic]) {
        let silencing = Silencing(silences: silences)
        self.silences = silences
        self.silenceProblems = silenceProblems
        keptRuleFindings = silencing.kept(ruleFindings)
        usedByRules = silencing.used(by: ruleFindings)
    }
}
