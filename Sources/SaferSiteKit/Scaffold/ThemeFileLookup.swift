import BundledTheme
import Foundation

/// Finds a theme file the way a build does: the site's theme folder first, then the bundled theme.
package enum ThemeFileLookup {
    /// The file at `path` inside the theme (`archetypes/page.md`): the theme folder's own when it
    /// has one, else the bundled theme's; `shownAs` names where it came from, for messages.
    package static func contents(of path: String, themeFolder: URL) -> (data: Data, shownAs: String)? {
        let own = themeFolder.appendingPathComponent(path)
        if let data = FileManager.default.contents(atPath: own.path) { return (data, own.relativePath) }
        return BundledTheme.files[path].map { (Data($0), BundledTheme.displayPrefix + "/" + path) }
    }

    /// What `safersite theme eject` copies: every bundled file a site's theme folder can
    /// override (templates, static files, archetypes), by path inside the theme, in path order.
    /// The starter site is left out: only `safersite init` reads it.
    package static var ejectedFiles: [(path: String, bytes: [UInt8])] {
        ["templates", "static", "archetypes"].flatMap { BundledTheme.files(under: $0) }.sorted { $0.path < $1.path }
    }
}
