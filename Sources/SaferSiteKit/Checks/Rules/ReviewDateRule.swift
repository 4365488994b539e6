/// `review-due`: every page says when its facts must be checked again, and that date has not passed.
///
/// A page is overdue the day after its `review_by` date. "Today" is passed in, so tests and
/// `--today` can fix it.
struct ReviewDateRule: PageRule {
    /// The date the site is checked on.
    let today: FrontMatterDate

    let check = ContentCheck.reviewDue

    /// A missing review date, or one before today.
    func findings(in page: CheckedPage) -> [Diagnostic] {
        guard let reviewBy = page.page.meta.reviewBy else {
            return [page.finding(check, at: page.location(ofKey: "title"), ContentCheckMessages.noReviewDate,
                                 hint: ContentCheckMessages.noReviewDateHint)]
        }
        let day = FrontMatterDate(year: reviewBy.year, month: reviewBy.month, day: reviewBy.day)
        guard day < today else { return [] }
        return [page.finding(check, at: page.location(ofKey: "review_by"), ContentCheckMessages.reviewOverdue(UKDate.long(day)),
                             hint: ContentCheckMessages.reviewOverdueHint)]
    }
}
