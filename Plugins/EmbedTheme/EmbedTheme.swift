import Foundation
import PackagePlugin

/// Puts the package's top-level `theme/` into the `BundledTheme` target as Swift source, so the
/// `safersite` executable carries its default theme and works as one file in any folder.
///
/// `theme/` stays the one copy: `ThemeEmbedder` writes `BundledThemeFiles.swift` into the
/// plugin's work folder at build time, and the build runs it again whenever a theme file changes
/// (the plugin itself runs at every build, so a file added or removed is seen too).
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let theme = context.package.directoryURL.appending(path: "theme")
        let files = Self.themeFiles(under: theme)
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledThemeFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding the default theme (\(files.count) files)",
                executable: try context.tool(named: "ThemeEmbedder").url,
                arguments: [output.path, theme.path] + files,
                inputFiles: files.map { theme.appending(path: $0) },
                outputFiles: [output]
            ),
        ]
    }

    /// The paths of the theme's files, relative to `theme/`, sorted; hidden files and editor
    /// backups (`~`) are left out, as the build leaves them out of a site's own theme.
    static func themeFiles(under theme: URL) -> [String] {
        let base = theme.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(at: theme, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else { return [] }
        var paths: [String] = []
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base), !path.hasSuffix("~") else { continue }
            paths.append(String(path.dropFirst(base.count)))
        }
        return paths.sorted()
    }
}
