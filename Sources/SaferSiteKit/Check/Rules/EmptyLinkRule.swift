import Diagnostics

/// `empty-link`: a link needs words, such as `[](page.md)` lacks.
///
/// A link with no destination (`[text]()`) is reported by the Markdown stage under the same code.
/// A linked image counts its alt text as the link's words.
struct EmptyLinkRule: PageRule {
    let check = ContentCheck.emptyLink

    /// Links with no words.
    func findings(in page: CheckedPage) -> [Diagnostic] {
        page.links
            .filter { !$0.link.isImage && $0.link.text.trimmed().isEmpty }
            .map { page.finding(check, at: $0.location, ContentCheckMessages.emptyLinkText, hint: ContentCheckMessages.emptyLinkTextHint) }
    }
}
