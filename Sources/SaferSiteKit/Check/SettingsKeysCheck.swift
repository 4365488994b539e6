import Diagnostics
import TextSupport

/// Keys of `content/_site.yaml` that do nothing: not a setting SaferSite reads, and not named by
/// any template (as `site.params.KEY`), so a misspelt or hoped-for setting (`logo:`) is not
/// silently ignored.
struct SettingsKeysCheck: Sendable {
    /// The site's settings.
    let settings: SiteSettings
    /// The theme's template files, searched for `site.params.KEY`.
    let templates: [SourceFile]

    /// A warning at each such key, naming the setting it most likely means.
    func check() -> [Diagnostic] {
        let known = SiteSettingsDecoder.knownKeys.sorted()
        let templateText = templates.map { String(decoding: $0.data, as: UTF8.self) }.joined(separator: "\n")
        return settings.entries.compactMap { entry in
            guard !SiteSettingsDecoder.knownKeys.contains(entry.key), !templateText.contains("site.params.\(entry.key)") else { return nil }
            let nearest = EditDistance.nearestKey(to: entry.key, among: known)
            return Diagnostic(.warning, at: SourceLocation(file: SilenceReader.settingsFile, line: entry.line, column: entry.column),
                              SettingsMessages.unusedKey(entry.key, nearest: nearest), hint: SettingsMessages.unusedKeyHint(nearest: nearest),
                              code: "settings")
        }
    }
}
