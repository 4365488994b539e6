import Diagnostics

/// `missing-alt`: every image needs alt text, unless its title marks it as decorative.
///
/// `![](border.png "decorative")` is the way to say an image carries no information, so a
/// screen reader can skip it (WCAG 2.2 success criterion 1.1.1).
struct MissingAltRule: PageRule {
    let check = ContentCheck.missingAlt

    /// Images with empty alt text and no decorative marker.
    func findings(in page: CheckedPage) -> [Diagnostic] {
        page.links
            .filter { $0.link.isImage && $0.link.text.trimmed().isEmpty }
            .filter { !$0.link.isDecorative }
            .map { page.finding(check, at: $0.location, ContentCheckMessages.missingAlt, hint: ContentCheckMessages.missingAltHint) }
    }
}
