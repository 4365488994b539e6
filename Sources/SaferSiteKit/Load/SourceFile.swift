import BundledTheme
import Foundation

/// One file of the site's source folder, read into memory.
package struct SourceFile: Sendable, Hashable {
    /// What a file is for, decided by where it is and what it is called.
    package enum Kind: String, Sendable, Hashable {
        /// `content/index.md`, the home page.
        case home
        /// `content/<folder>/_index.md`, a section's own page.
        case sectionIndex
        /// Any other `.md` file under `content/`.
        case page
        /// `content/_site.yaml`, the site settings.
        case settings
        /// A data table under `content/_data/` (`.yaml`, `.yml` or `.csv`).
        case data
        /// Any other file under `content/` (images, PDFs), and every file of `content/static/`,
        /// copied as it is (`outputPath`).
        case asset
        /// A Mustache template under `theme/templates/`.
        case template
        /// A file under `theme/static/`, copied to the output as it is.
        case themeStatic
        /// A page template under `theme/archetypes/` (`project.md`), which `safersite new` fills;
        /// the build reads it for its guidance text (`PlaceholderTextRule`).
        case archetype
    }

    /// Path relative to the source folder, with `/` separators: `content/projects/aspire.md`.
    package var path: String
    /// What the file is.
    package var kind: Kind
    /// The file's bytes.
    package var data: Data

    /// Creates a source file.
    package init(path: String, kind: Kind, data: Data) {
        self.path = path
        self.kind = kind
        self.data = data
    }

    /// Where a file copied as it is goes inside the output: a content file at its path inside
    /// `content/`, or at the root for one in `content/static/` (`StaticFiles.outputPath`); a
    /// theme's static file at its path inside `static/`.
    package var outputPath: String {
        kind == .asset ? StaticFiles.outputPath(ofContentPath: relativePath) : relativePath
    }

    /// Path inside `content/` (`projects/aspire.md`), or inside the theme folder it belongs to
    /// (the site's or the bundled theme's).
    package var relativePath: String {
        for prefix in Self.folderPrefixes where path.hasPrefix(prefix) {
            return String(path.dropFirst(prefix.count))
        }
        return path
    }

    /// Whether the file is the bundled theme's rather than the site's.
    package var isBundled: Bool {
        path.hasPrefix(BundledTheme.displayPrefix + "/")
    }

    private static let folderPrefixes = ["content/", "theme/templates/", "theme/static/", "theme/archetypes/",
                                         BundledTheme.displayPrefix + "/templates/", BundledTheme.displayPrefix + "/static/",
                                         BundledTheme.displayPrefix + "/archetypes/"]
}
