import Diagnostics
import Foundation
import Glibc
import TextSupport

/// The rule that the output folder belongs to SaferSite: a build replaces its output folder whole,
/// so it must never be pointed at a folder holding anything the user would miss.
///
/// A build may write to a folder that does not exist yet, an empty folder, a folder holding the
/// marker file (`markerName`) that every build writes, or — once, to carry over sites built
/// before the marker existed — a folder that looks like an older SaferSite build (see
/// `isOlderBuild`). It refuses, before touching anything, a folder that is or holds the source
/// folder or the theme, one inside `content/` or the theme, a file, a symbolic link, and any other
/// folder with something in it.
package struct OutputFolderGuard: Sendable {
    /// The marker file every build writes at the top of its output folder.
    package static let markerName = ".safersite-output"

    /// What the marker file says, for whoever finds it.
    static let markerText = """
        This folder is written by SaferSite. Each build replaces everything in it except the paths
        listed under 'keep_in_output' in content/_site.yaml. Keep your own files elsewhere.

        """

    /// The folder holding `content/`.
    package var source: URL
    /// The theme folder.
    package var theme: URL
    /// The output folder.
    package var output: URL

    /// Creates a guard for a build's folders; `theme` is `source/theme` when nil.
    package init(source: URL, theme: URL?, output: URL) {
        self.source = source
        self.theme = theme ?? source.appendingPathComponent("theme")
        self.output = output
    }

    /// Why the build may not write to the output folder, as an error at the output folder's path;
    /// nil when it may.
    package func problem() -> Diagnostic? {
        let shown = output.relativePath
        let location = SourceLocation(file: shown)
        let quoted = ShellText.quoted(shown)
        let elsewhere = "build into a folder of its own, e.g. '--output public' (public/ inside the source folder, the default)"
        var info = stat()
        if lstat(output.path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFLNK {
                return .error("the output folder is a symbolic link; a build replaces its output folder whole, so it would replace the link, not the folder it leads to",
                              at: location, hint: "give the real folder's path: --output \(ShellText.quoted(Self.resolved(output)))", code: "output-folder")
            }
            if (info.st_mode & S_IFMT) != S_IFDIR {
                return .error("the output folder is a file, not a folder; a build would replace it", at: location,
                              hint: "move the file away, or \(elsewhere)", code: "output-folder")
            }
        }
        let out = Self.resolved(output), src = Self.resolved(source), themePath = Self.resolved(theme)
        let content = Self.resolved(source.appendingPathComponent("content"))
        let refusal: String? =
            if out == src { "the output folder is the source folder itself" }
            else if Self.path(src, isInside: out) { "the output folder holds the source folder (\(src))" }
            else if out == content || Self.path(out, isInside: content) { "the output folder is the site's content/ folder or inside it" }
            else if out == themePath || Self.path(out, isInside: themePath) { "the output folder is the theme folder or inside it (\(themePath))" }
            else if Self.path(themePath, isInside: out) { "the output folder holds the theme (\(themePath))" }
            else { nil }
        if let refusal {
            return .error("\(refusal); a build replaces its output folder whole, so it would delete the site's own files",
                          at: location, hint: elsewhere, code: "output-folder")
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: output.path), !names.isEmpty else { return nil }
        if Self.isRegularFile(output.appendingPathComponent(Self.markerName).path) || isOlderBuild(names: names) { return nil }
        return .error("the output folder holds files SaferSite did not write (it has no \(Self.markerName) file); a build replaces its output folder whole, so they would be deleted",
                      at: location,
                      hint: "\(elsewhere); if \(shown) holds only a site an older SaferSite built, delete it once: rm -r -- \(quoted)",
                      code: "output-folder")
    }

    /// Whether a folder without the marker is what a SaferSite from before the marker left: the
    /// build's lock file (`.NAME.lock`, which only a SaferSite build makes, only beside the
    /// folder it writes, and never removes) is beside it, and the folder holds the search index
    /// and `robots.txt` every build writes at its top (the sitemap is written only with a
    /// `base_url`). A user's own folder does not have all three; the build that accepts it writes
    /// the marker, so this is needed once.
    func isOlderBuild(names: [String]) -> Bool {
        let lock = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lock").path
        return Self.isRegularFile(lock) && ["robots.txt", SearchIndexGenerator.path].allSatisfy { name in
            names.contains(name) && Self.isRegularFile(output.appendingPathComponent(name).path)
        }
    }
}

// MARK: - Helpers

extension OutputFolderGuard {
    /// The absolute path with every symbolic link resolved, for the part that exists; the rest,
    /// which does not exist yet, added as written (standardised, so without `.` or `..`).
    static func resolved(_ url: URL) -> String {
        var existing = url.standardizedFileURL.path
        var missing: [String] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                let base = String(cString: real)
                return missing.reversed().reduce(base) { $0 == "/" ? "/" + $1 : $0 + "/" + $1 }
            }
            guard existing != "/", let slash = existing.lastIndex(of: "/") else { return url.standardizedFileURL.path }
            missing.append(String(existing[existing.index(after: slash)...]))
            existing = slash == existing.startIndex ? "/" : String(existing[..<slash])
        }
    }

    /// Whether `path` is strictly inside the folder `folder` (both resolved).
    static func path(_ path: String, isInside folder: String) -> Bool {
        folder == "/" ? path != "/" : path.hasPrefix(folder + "/")
    }

    /// Whether `path` is a regular file (not a link to one).
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
