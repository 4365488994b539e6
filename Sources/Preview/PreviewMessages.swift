import SaferSiteKit

/// The words the preview server shows in the browser, kept together so tests compare against them.
public enum PreviewMessages {
    /// The banner's heading when the latest build found errors.
    public static func buildFailed(errors: Int) -> String {
        errors == 1 ? "The site has 1 error" : "The site has \(errors) errors"
    }

    /// The banner's heading for the latest build's findings: errors first, and its warnings.
    public static func heading(errors: Int, warnings: Int) -> String {
        switch (errors, warnings) {
        case (0, _): "The site has \(count(warnings, "warning"))"
        case (_, 0): buildFailed(errors: errors)
        default: "The site has \(count(errors, "error")) and \(count(warnings, "warning"))"
        }
    }

    /// `1 error`, `3 warnings`: the summaries of the box's lists.
    public static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }

    /// Under the heading, when the site built but has warnings, so a strict publish is no surprise.
    public static let warningsOnly = "This version built and is shown below, but publishing with ‘safersite build --strict’ "
        + "stops at warnings. Open the list to see them; fix them and save: this page updates by itself."

    /// The link from a finding to the page it is about, in the preview.
    public static func openPage(_ address: String) -> String {
        "Go to the page \(address)"
    }

    /// The banner's heading when the build could not run at all.
    public static let couldNotBuild = "The site could not be built"

    /// Under the heading, when an older good version is being shown.
    public static let showingLastGood = "You are looking at the last version that built. Fix the problems below and save: this page updates by itself."

    /// Under the heading, when no version has built yet.
    public static let nothingBuiltYet = "Nothing has built yet. Fix the problems below and save: this page updates by itself."

    /// The error page's title.
    public static let problemsTitle = "Build problems – SaferSite preview"

    /// The 404 page's heading, when the site has no 404 page of its own.
    public static let notFound = "Page not found"

    /// The 404 page's text.
    public static func notFoundText(_ path: String) -> String {
        "There is no page at \(path) in this site."
    }

    /// The answer to a path that tries to leave the site or hides itself in encoding.
    public static let badPath = "This address is not allowed."

    /// The answer to a method other than GET or HEAD.
    public static let methodNotAllowed = "The preview only answers GET and HEAD requests."

    /// The answer to a request whose `Host` is not the preview's own address, as when a web page
    /// elsewhere reaches it by DNS rebinding.
    public static func wrongHost(_ host: String?, expected: String) -> String {
        let named = host.map { "‘\($0)’" } ?? "no host"
        return "This request names \(named); the preview only answers requests for \(expected). Open it at that address."
    }
}
