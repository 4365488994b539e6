import Diagnostics
import FrontMatter

/// `no-source`: a page that states figures names the documents they come from (`sources:`), so a
/// reader can check them and see how old they are.
///
/// A page states figures when it shows key figures (`figures:`), a data block (```` ```table ````,
/// ```` ```chart ````, ```` ```figures ````), or an amount in pounds or a percentage in its text.
/// Other numbers (a phone number, a year) are not counted: they are too often not figures.
struct UnsourcedFiguresRule: PageRule {
    let check = ContentCheck.noSource

    /// One finding for a page with figures and no `sources:`.
    func findings(in page: CheckedPage) -> [Diagnostic] {
        guard page.page.meta.sources.isEmpty, Self.statesFigures(page) else { return [] }
        return [page.finding(check, at: page.page.location(ofKey: "title"), ContentCheckMessages.noSource,
                             hint: ContentCheckMessages.noSourceHint)]
    }

    /// Whether the page shows key figures or a data block, or gives an amount or a percentage.
    static func statesFigures(_ page: CheckedPage) -> Bool {
        if !page.page.meta.figures.isEmpty { return true }
        if page.body.dataBlockCount > 0 { return true }
        return page.paragraphs.contains { isFigure(in: $0.paragraph.words) }
    }

    /// Whether text has "£" before a digit or "%" after one.
    static func isFigure(in text: Substring) -> Bool {
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if let previous, (previous == "£" && scalar.properties.numericType != nil) || (scalar == "%" && previous.properties.numericType != nil) {
                return true
            }
            previous = scalar
        }
        return false
    }
}
