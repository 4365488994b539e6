/// The default theme, carried inside the executable: the package's `theme/` folder, file for
/// file (templates, partials, static CSS and JavaScript, archetypes, the starter site), put here
/// at build time by the EmbedTheme plugin, so an installed `safersite` needs nothing beside it.
///
/// A site's own `theme/` folder (or `--theme DIR`) overrides these file by file.
package enum BundledTheme {
    /// How diagnostics name the bundled theme's files, in place of a site's `theme/`:
    /// `[bundled theme]/templates/page.mustache`.
    package static let displayPrefix = "[bundled theme]"

    /// Every file, by path inside the theme folder (`templates/page.mustache`), with its bytes.
    package static let files: [String: [UInt8]] = Dictionary(uniqueKeysWithValues: embedded.map { ($0.path, $0.bytes) })

    /// The paths of every file, sorted.
    package static let paths: [String] = embedded.map(\.path)

    /// The files whose paths start with a folder (`templates/`), by path inside the theme folder, sorted.
    package static func files(under folder: String) -> [(path: String, bytes: [UInt8])] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return embedded.filter { $0.path.hasPrefix(prefix) }
    }
}

#if SAFERSITE_FUZZ
extension BundledTheme {
    /// The fuzz build carries no bundled theme (Package.swift says why): its targets never read it.
    static let embedded: [(path: String, bytes: [UInt8])] = []
}
#endif
