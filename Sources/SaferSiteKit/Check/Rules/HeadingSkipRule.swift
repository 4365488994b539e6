import Diagnostics

/// `heading-skip`: headings go down one level at a time, starting from the template's `<h1>`.
///
/// The template shows the page title as the only `<h1>`, so a body `#` heading is an error, and
/// the first body heading must be `##`. Going back up any number of levels is fine (WCAG 2.2
/// success criterion 1.3.1).
struct HeadingSkipRule: PageRule {
    let check = ContentCheck.headingSkip

    /// Level-1 headings, and headings more than one level below the one before.
    func findings(in page: CheckedPage) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var previous = 1
        for heading in page.body.headings {
            let location = SourceLocation(file: page.page.source, line: heading.line, column: 1)
            if heading.level == 1 {
                findings.append(page.finding(check, at: location, ContentCheckMessages.headingLevelOne,
                                             hint: ContentCheckMessages.headingLevelOneHint))
            } else if heading.level > previous + 1 {
                findings.append(page.finding(check, at: location, ContentCheckMessages.headingSkip(from: previous, to: heading.level),
                                             hint: ContentCheckMessages.headingSkipHint(from: previous)))
            }
            previous = heading.level
        }
        return findings
    }
}
