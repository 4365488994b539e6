/// The rules for files published as they are from a static folder: `content/static/` and the
/// theme's `static/` are copied to the root of the output, dot-files and folders included
/// (`content/static/.well-known/security.txt` → `public/.well-known/security.txt`).
///
/// Everywhere else in `content/` a name starting with `.` is left out, and a file other than a
/// page or data is published at its own path (`content/files/plan.pdf` → `/files/plan.pdf`).
/// Anywhere, version-control files and the litter of operating systems and editors (`junkNames`)
/// are never read.
package enum StaticFiles {
    /// The folder inside `content/` whose files are published at the root of the output.
    package static let contentFolder = "static"

    /// Whether a path inside `content/` is inside `content/static/` (the folder itself is not).
    package static func isInContentStatic(_ path: String) -> Bool {
        path.hasPrefix(contentFolder + "/") && path.utf8.count > contentFolder.utf8.count + 1
    }

    /// Where a file copied from `content/` is published, inside the output: one in
    /// `content/static/` at the root (`static/x` → `x`), any other at its own path.
    package static func outputPath(ofContentPath path: String) -> String {
        isInContentStatic(path) ? String(path.dropFirst(contentFolder.utf8.count + 1)) : path
    }

    /// Whether a file or folder name is one no build reads, wherever it is: a version-control
    /// file or folder (`.git`, `.gitignore`, `.svn`, `.hg`), or what operating systems and
    /// editors leave behind (`.DS_Store`, `._*`, `Thumbs.db`, `desktop.ini`, `*.swp`, `*~`, `.#*`).
    /// docs/content-model.md lists them.
    package static func isJunk<Name: StringProtocol>(_ name: Name) -> Bool {
        junkNames.contains(String(name)) || junkPrefixes.contains(where: name.hasPrefix) || junkSuffixes.contains(where: name.hasSuffix)
    }

    /// Whole names never read.
    static let junkNames: Set<String> = [".svn", ".hg", ".DS_Store", "Thumbs.db", "desktop.ini"]
    /// Starts of names never read: git's files, macOS's resource forks, Emacs's lock files.
    static let junkPrefixes = [".git", "._", ".#"]
    /// Ends of names never read: Vim's swap files and editors' backups.
    static let junkSuffixes = [".swp", ".swo", ".swx", "~"]
}
