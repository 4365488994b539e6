import Diagnostics

/// `duplicate-title`: no two pages share a title (compared ignoring case and extra spaces), so
/// people can tell pages apart in search results and browser tabs (WCAG 2.2 success criterion 2.4.2).
///
/// Each page of a clash is warned about, naming the others.
struct DuplicateTitleRule: SiteRule {
    let check = ContentCheck.duplicateTitle

    /// One finding per page whose title another page also has.
    func findings(in pages: [Page]) -> [Diagnostic] {
        let keys = pages.map { Self.key($0.meta.title) }
        var byKey: [String: [Int]] = [:]
        for (index, key) in keys.enumerated() { byKey[key, default: []].append(index) }
        return pages.indices.compactMap { index in
            guard let group = byKey[keys[index]], group.count > 1 else { return nil }
            let page = pages[index]
            let others = group.map { pages[$0].source }.filter { $0 != page.source }
            guard !others.isEmpty else { return nil }
            return Diagnostic(check.severity, at: page.location(ofKey: "title"),
                              ContentCheckMessages.duplicateTitle(page.meta.title, others: others),
                              hint: ContentCheckMessages.duplicateTitleHint, code: check.rawValue)
        }
    }

    /// The title as compared: lower case, words separated by single spaces.
    static func key(_ title: String) -> String {
        title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
