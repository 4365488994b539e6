import Diagnostics

/// One content check, carried out over every page that has a file.
///
/// Each rule lives in its own file under `Rules/`, reports only its own `check`, and is pure:
/// pages in, findings out.
protocol ContentRule: Sendable {
    /// The check this rule carries out, whose code and severity its findings carry.
    var check: ContentCheck { get }
}

/// A content check that looks at one page at a time, with its rendered body.
protocol PageRule: ContentRule {
    /// The findings for one page.
    func findings(in page: CheckedPage) -> [Diagnostic]
}

/// A content check that reads pages' front matter only, all pages at once: it may compare them
/// with each other, and it may depend on the day.
protocol SiteRule: ContentRule {
    /// The findings for the whole site.
    func findings(in pages: [Page]) -> [Diagnostic]
}
