import Diagnostics

/// Files in `content/` that a browser can run script from (HTML, SVG, JavaScript) are published
/// as they are, with nothing checked inside them; so, as with raw HTML in Markdown, only a site
/// that says `raw_html: true` may publish them. (The theme's `static/` is the place for the
/// theme's own scripts and images.) The logo and favicon are the exception: an SVG one is
/// published once `BrandingCheck` finds nothing in it that could run script.
struct ScriptableFileCheck: Sendable {
    /// The endings of files a browser may run script from.
    static let endings = [".html", ".htm", ".xhtml", ".shtml", ".svg", ".svgz", ".js", ".mjs", ".xml", ".xsl"]

    /// One error at each such file in `content/`, unless the site allows raw HTML.
    func check(_ site: Site) -> [Diagnostic] {
        guard !site.settings.rawHTML else { return [] }
        // The logo and favicon, when SVG, are looked inside by `BrandingCheck`.
        let branding = BrandingCheck.checkedSVGPaths(site.settings)
        return site.assets.filter { asset in
            asset.kind == .asset && !branding.contains(asset.relativePath) && Self.endings.contains { asset.relativePath.lowercased().hasSuffix($0) }
        }.map { asset in
            .error(CheckMessages.scriptableFile, at: SourceLocation(file: asset.path), hint: CheckMessages.scriptableFileHint, code: "unsafe-file")
        }
    }
}
