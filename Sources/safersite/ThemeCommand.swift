import ArgumentParser
import Foundation
import SaferSiteKit

/// `safersite theme`: works with the bundled default theme.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the bundled default theme.",
        subcommands: [EjectThemeCommand.self]
    )
}

/// `safersite theme eject`: copies the bundled theme into the site's `theme/` folder, to change any of it.
struct EjectThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eject",
        abstract: "Copy the bundled theme into the site's theme/ folder, to change any part of it.",
        discussion: """
        Copies the templates, partials, CSS, JavaScript and archetypes. A file of the site's own \
        theme wins over the bundled one at the same path, so you may also copy just the files you \
        want to change. An existing file is never overwritten: it is kept and listed.
        """
    )

    @Option(help: "The folder holding content/; the theme is copied into its theme/ folder.")
    var source: String = "."

    func run() throws {
        let theme = URL(fileURLWithPath: source).appendingPathComponent("theme")
        var writer = SiteFileWriter(root: theme)
        var kept: [String] = []
        do {
            for (path, bytes) in ThemeFileLookup.ejectedFiles {
                if FileManager.default.fileExists(atPath: theme.appendingPathComponent(path).path) {
                    kept.append(path)
                    continue
                }
                try writer.write(Data(bytes), to: path)
                print("Wrote \(theme.appendingPathComponent(path).relativePath)")
            }
        } catch {
            FileHandle.standardError.write(Data("error: cannot write into \(theme.relativePath): \(error.localizedDescription)\n".utf8))
            throw ExitStatus.couldNotRun
        }
        for path in kept {
            FileHandle.standardError.write(Data("Kept \(theme.appendingPathComponent(path).relativePath): it exists already, so it was not overwritten\n".utf8))
        }
        print("\(writer.createdFiles.count) files written, \(kept.count) kept. The site's theme/ now wins over the bundled theme wherever it has a file.")
    }
}
