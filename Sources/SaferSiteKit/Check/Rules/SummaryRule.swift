import Diagnostics

/// `summary`: every page has a one-sentence summary of at most `maximumLength` characters,
/// used in listings and as the page's meta description.
struct SummaryRule: PageRule {
    /// The longest summary, in characters: about what search engines show.
    static let maximumLength = 160

    let check = ContentCheck.summary

    /// A missing or empty summary, or one that is too long.
    func findings(in page: CheckedPage) -> [Diagnostic] {
        let summary = page.page.meta.summary?.trimmed() ?? ""
        if summary.isEmpty {
            let location = page.page.location(ofKey: page.page.meta.entry("summary") == nil ? "title" : "summary")
            return [page.finding(check, at: location, ContentCheckMessages.missingSummary, hint: ContentCheckMessages.missingSummaryHint)]
        }
        guard summary.count > Self.maximumLength else { return [] }
        return [page.finding(check, at: page.page.location(ofKey: "summary"), ContentCheckMessages.longSummary(summary.count),
                             hint: ContentCheckMessages.longSummaryHint)]
    }
}
