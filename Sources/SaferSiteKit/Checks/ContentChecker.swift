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
        check(site, bodies: bodies, cache: nil)
    }

    /// The same, taking each page's own findings from `cache` when its body and file are unchanged.
    func check(_ site: Site, bodies: [RenderedMarkdown], cache: PageMemo<[Diagnostic]>?) -> [Diagnostic] {
        let checked = site.pages.indices.filter { !site.pages[$0].isGenerated }
        // Each page's working data (lines, sentences) lives only while its own rules run.
        let pageFindings = ParallelMap.map(checked.count) { position -> [Diagnostic] in
            let findings = {
                let page = CheckedPage(page: site.pages[checked[position]], body: bodies[checked[position]])
                return pageRules.flatMap { $0.findings(in: page) }
            }
            return cache?.value(forPage: checked[position], findings) ?? findings()
        }
        let findings = pageFindings.flatMap { $0 } + siteRules.flatMap { $0.findings(in: checked.map { site.pages[$0] }) }
        let (silences, silenceProblems) = SilenceReader().read(site)
        return Silencing(silences: silences).apply(to: findings) + silenceProblems
    }

    /// The rules that look at one page at a time.
    var pageRules: [any PageRule] {
        [
            MissingAltRule(),
            HeadingSkipRule(),
            TableHeaderRule(),
            EmptyLinkRule(),
            VagueLinkTextRule(),
            ReviewDateRule(today: today),
            SummaryRule(),
            InsecureLinkRule(),
            LongSentenceRule(),
            LongParagraphRule(),
        ]
    }

    /// The rules that compare pages with each other.
    var siteRules: [any SiteRule] {
        [DuplicateTitleRule()]
    }
}
