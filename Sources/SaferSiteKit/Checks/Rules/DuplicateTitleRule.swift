/// `duplicate-title`: no two pages share a title (compared ignoring case and extra spaces), so
/// people can tell pages apart in search results and browser tabs (WCAG 2.2 success criterion 2.4.2).
///
/// Each page of a clash is warned about, naming the others.
struct DuplicateTitleRule: ContentRule {
    let check = ContentCheck.duplicateTitle

    /// One finding per page whose title another page also has.
    func findings(in pages: [CheckedPage]) -> [Diagnostic] {
        let groups = Dictionary(grouping: pages) { Self.key($0.page.meta.title) }
        return pages.compactMap { page in
            let others = (groups[Self.key(page.page.meta.title)] ?? [])
                .filter { $0.page.source != page.page.source }
                .map(\.page.source)
            guard !others.isEmpty else { return nil }
            return page.finding(check, at: page.location(ofKey: "title"),
                                ContentCheckMessages.duplicateTitle(page.page.meta.title, others: others),
                                hint: ContentCheckMessages.duplicateTitleHint)
        }
    }

    static func key(_ title: String) -> String {
        title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
