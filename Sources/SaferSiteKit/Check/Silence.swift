/// One check turned off for one page, with the reason why, from the page's `silence:` front matter
/// or the site settings' `silence:` list.
public struct Silence: Sendable, Hashable {
    /// The check's code, e.g. `long-sentence`.
    public var check: ContentCheck
    /// The page's file, relative to the source folder (`content/about.md`), as diagnostics name it.
    public var page: String
    /// Why the page is an exception; a silence without one is itself warned about.
    public var reason: String?
    /// Where the silence is written.
    public var location: SourceLocation

    /// Creates a silence.
    public init(check: ContentCheck, page: String, reason: String?, location: SourceLocation) {
        self.check = check
        self.page = page
        self.reason = reason
        self.location = location
    }
}
