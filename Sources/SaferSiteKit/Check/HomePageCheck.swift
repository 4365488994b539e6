import Diagnostics

/// A site without `content/index.md`: its home page would be a bare list of sections, made up by
/// the build, which is rarely what anyone meant to publish.
struct HomePageCheck: Sendable {
    /// Where the home page's file belongs.
    static let path = "content/index.md"

    /// A warning when the site's home page has no file of its own.
    func check(_ site: Site) -> [Diagnostic] {
        guard site.pages.first(where: { $0.kind == .home })?.isGenerated ?? true else { return [] }
        return [Diagnostic(.warning, at: SourceLocation(file: Self.path), CheckMessages.noHomePage,
                           hint: CheckMessages.noHomePageHint, code: "no-home-page")]
    }
}
