import Diagnostics

/// `empty-value`: a front matter value the theme shows after a label is not left empty
/// (`priority: ""` would show "Priority:" with nothing after it).
struct EmptyValueRule: PageRule {
    /// The keys the theme shows after a label.
    static let labelledKeys = ["priority", "district", "describes"]

    let check = ContentCheck.emptyValue

    /// One finding at each labelled key whose value is empty text.
    func findings(in page: CheckedPage) -> [Diagnostic] {
        Self.labelledKeys.compactMap { key in
            guard let entry = page.page.meta.entry(key), let text = entry.value.value.stringValue, text.trimmed().isEmpty else { return nil }
            return page.finding(check, at: page.page.location(ofKey: key), ContentCheckMessages.emptyValue(key),
                                hint: ContentCheckMessages.emptyValueHint)
        }
    }
}
