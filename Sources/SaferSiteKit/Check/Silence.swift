import Diagnostics

/// One check turned off for one page, with the reason why, from the page's `silence:` front matter
/// or the site settings' `silence:` list.
package struct Silence: Sendable, Hashable {
    /// The check's code, e.g. `long-sentence`.
    package var check: ContentCheck
    /// The page's file, relative to the source folder (`content/about.md`), as diagnostics name it.
    package var page: String
    /// Why the page is an exception; a silence without one is itself warned about.
    package var reason: String?
    /// Where the silence is written.
    package var location: SourceLocation

    /// Creates a silence.
    package init(check: ContentCheck, page: String, reason: String?, location: SourceLocation) {
        self.check = check
        self.page = page
        self.reason = reason
        self.location = location
    }
}
