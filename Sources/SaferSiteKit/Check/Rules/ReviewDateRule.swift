import Diagnostics
import FrontMatter

/// `review-due`: every page says when its facts must be checked again, and that date has not passed.
///
/// A page is overdue the day after its `review_by` date. "Today" is passed in, so tests and
/// `--today` can fix it. The rule reads front matter only, so a page's body findings, which the
/// build cache keeps, do not depend on the day.
struct ReviewDateRule: SiteRule {
    /// The date the site is checked on.
    let today: FrontMatterDate

    let check = ContentCheck.reviewDue

    /// For each page, a missing review date or one before today.
    func findings(in pages: [Page]) -> [Diagnostic] {
        pages.compactMap { page in
            guard let reviewBy = page.meta.reviewBy else {
                return finding(at: page.location(ofKey: "title"), ContentCheckMessages.noReviewDate, hint: ContentCheckMessages.noReviewDateHint)
            }
            let day = FrontMatterDate(year: reviewBy.year, month: reviewBy.month, day: reviewBy.day)
            guard day < today else { return nil }
            return finding(at: page.location(ofKey: "review_by"), ContentCheckMessages.reviewOverdue(UKDate.long(day)),
                           hint: ContentCheckMessages.reviewOverdueHint)
        }
    }

    private func finding(at location: SourceLocation, _ message: String, hint: String) -> Diagnostic {
        Diagnostic(check.severity, at: location, message, hint: hint, code: check.rawValue)
    }
}
