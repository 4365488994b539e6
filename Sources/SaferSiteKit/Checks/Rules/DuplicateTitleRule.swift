/// `duplicate-title`: no two pages share a title (compared ignoring case and extra spaces), so
/// people can tell pages apart in search results and browser tabs (WCAG 2.2 success criterion 2.4.2).
///
/// Each page of a clash is warned about, naming the others.
struct DuplicateTitleRule: SiteRule {
    let check = ContentCheck.duplicateTitle

    /// One finding per page whose title another page also has.
    func findings(in pages: [Page]) -> [Diagnostic] {
        let groups = Dictionary(grouping: pages) { Self.key($0.meta.title) }
        return pages.compactMap { page in
            let others = (groups[Self.key(page.meta.title)] ?? [])
                .filter { $0.source != page.source }
                .map(\.source)
            guard !others.isEmpty else { return nil }
            let entry = page.meta.entry("title")
            return Diagnostic(check.severity,
                              at: SourceLocation(file: page.source, line: entry?.line ?? 1, column: entry?.column ?? 1),
                              ContentCheckMessages.duplicateTitle(page.meta.title, others: others),
                              hint: ContentCheckMessages.duplicateTitleHint, code: check.rawValue)
        }
    }

    static func key(_ title: String) -> String {
        title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
