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
        let pages = zip(site.pages, bodies).filter { !$0.0.isGenerated }.map { CheckedPage(page: $0, body: $1) }
        let findings = rules.flatMap { $0.findings(in: pages) }
        let (silences, silenceProblems) = SilenceReader().read(site)
        return Silencing(silences: silences).apply(to: findings) + silenceProblems
    }

    /// Every rule, in the order their findings are gathered (display order is by file and line).
    var rules: [any ContentRule] {
        [
            MissingAltRule(),
            HeadingSkipRule(),
            TableHeaderRule(),
            EmptyLinkRule(),
            VagueLinkTextRule(),
            ReviewDateRule(today: today),
            SummaryRule(),
            DuplicateTitleRule(),
            InsecureLinkRule(),
            LongSentenceRule(),
            LongParagraphRule(),
        ]
    }
}
