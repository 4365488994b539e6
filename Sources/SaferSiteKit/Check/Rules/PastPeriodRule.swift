import Diagnostics
import FrontMatter

/// `no-period`: a page resting on documents (or dated) more than the settings'
/// `history_after_years` before today says which period it describes (`describes:`), so the theme
/// shows the history notice and nobody takes old facts as today's.
///
/// It depends on the day, so it reads front matter only (a `SiteRule`), like `ReviewDateRule`.
struct PastPeriodRule: SiteRule {
    /// The date the site is checked on.
    let today: FrontMatterDate
    /// How many years old a page's facts may be before it must say which period it describes.
    let years: Int

    let check = ContentCheck.noPeriod

    /// One finding for each page without `describes:` whose newest source (or own date) is too old.
    func findings(in pages: [Page]) -> [Diagnostic] {
        let limit = FrontMatterDate(year: today.year - years, month: today.month, day: today.day)
        return pages.compactMap { page in
            guard page.meta.describes == nil,
                  let newest = (page.sourceDocuments.compactMap(\.date) + [page.meta.date].compactMap { $0 }).max(),
                  newest < limit else { return nil }
            let key = page.meta.entry("sources") != nil ? "sources" : "date"
            return Diagnostic(check.severity, at: page.location(ofKey: key),
                              ContentCheckMessages.noPeriod(UKDate.long(newest), years: years),
                              hint: ContentCheckMessages.noPeriodHint(year: newest.year), code: check.rawValue)
        }
    }
}
