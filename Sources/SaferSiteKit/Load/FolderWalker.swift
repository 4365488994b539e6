import Diagnostics
import Foundation

/// Lists the regular files under a folder in path order.
///
/// The one rule for links: a symbolic link is followed only when it leads to a file or folder
/// inside the walked folder itself (`content/`, or the theme's `templates/` or `static/`) whose
/// path there has no hidden part; any other link is an error, so no link can publish a hidden or
/// an outside file (`../.env`, `../.git`, the output folder). A file with other hard links is an
/// error too (`SourceLoader`): where its other names are cannot be known.
///
/// Hidden names (starting with `.`) are walked only where `showsHidden` allows (the static
/// folders, `StaticFiles`); junk names (`StaticFiles.isJunk`: `.git`, `.DS_Store`, swap files)
/// never are.
struct FolderWalker {
    /// Whether a hidden file or folder, by its path below the walked folder, is walked as any
    /// other: in `content/static/` and the theme's `static/`. Elsewhere hidden folders are
    /// skipped, and hidden files listed without a word (the loader leaves them out).
    var showsHidden: @Sendable (String) -> Bool = { _ in false }

    /// A file found by the walk.
    struct Entry {
        /// The file's path on disk. A path rather than a `URL`: a large site has thousands of
        /// files, and making a URL for each took a third of the walk.
        var path: String
        /// Its path below the walked folder, with `/` separators.
        var relative: String
        /// Its path as shown to people, e.g. `content/about.md`.
        var display: String
    }

    /// Walks `folder`: links must resolve inside it, to a path with no hidden part.
    func walk(_ folder: URL, displayPrefix: String, diagnostics: inout [Diagnostic]) -> [Entry] {
        var entries: [Entry] = []
        var visited: Set<String> = []
        let root = folder.resolvingSymlinksInPath().path
        walk(folder.path, relative: "", displayPrefix: displayPrefix, root: root, into: &entries, visited: &visited,
             diagnostics: &diagnostics)
        return entries.sorted { $0.relative < $1.relative }
    }
}

// MARK: - Helpers

private extension FolderWalker {
    func walk(
        _ folder: String, relative: String, displayPrefix: String, root rootPath: String, into entries: inout [Entry],
        visited: inout Set<String>, diagnostics: inout [Diagnostic]
    ) {
        let realFolder = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(realFolder).inserted else { return }
        for listed in Self.list(folder) {
            let (name, listedType) = (listed.name, listed.type)
            let path = folder + "/" + name
            if StaticFiles.isJunk(name) { continue }
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            let display = displayPrefix + "/" + childRelative
            let hidden = name.hasPrefix(".") && !showsHidden(childRelative)
            guard listed.isUTF8 else {
                if !hidden {
                    diagnostics.append(.warning(LoadMessages.nameNotUTF8, at: SourceLocation(file: display),
                                                hint: LoadMessages.nameNotUTF8Hint, code: "file-name"))
                }
                continue
            }
            // A `#`, `?` or `%` in a published name would end or change the address that links to it.
            if !hidden, let unsafe = name.first(where: { "#?%".contains($0) }) {
                diagnostics.append(.error(LoadMessages.nameNotAddress(unsafe), at: SourceLocation(file: display),
                                          hint: LoadMessages.nameNotUTF8Hint, code: "file-name"))
                continue
            }
            // The folder's listing says what most entries are; an lstat is needed only when it
            // does not, and a link needs a second look at its target.
            var status = stat()
            switch listedType {
            case UInt8(DT_REG): status.st_mode = S_IFREG
            case UInt8(DT_DIR): status.st_mode = S_IFDIR
            default: guard lstat(path, &status) == 0 else { continue }
            }
            let isLink = status.st_mode & S_IFMT == S_IFLNK
            if isLink {
                let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) else {
                    // stat(2) follows the link and says which: ELOOP for a loop, ENOENT for a missing target.
                    var status = stat()
                    let isLoop = stat(path, &status) != 0 && errno == ELOOP
                    diagnostics.append(.error(isLoop ? LoadMessages.symlinkLoop : LoadMessages.symlinkBroken,
                                              at: SourceLocation(file: display),
                                              hint: isLoop ? LoadMessages.symlinkLoopHint : LoadMessages.symlinkBrokenHint, code: "symlink"))
                    continue
                }
                let targetPath = target.path
                let inside = targetPath == rootPath || targetPath.hasPrefix(rootPath + "/")
                let hidden = targetPath.dropFirst(rootPath.count).split(separator: "/").contains { $0.hasPrefix(".") }
                guard inside, !hidden else {
                    diagnostics.append(.error(LoadMessages.symlinkOutside, at: SourceLocation(file: display),
                                              hint: LoadMessages.symlinkOutsideHint, code: "symlink"))
                    continue
                }
                guard stat(path, &status) == 0 else { continue }
            }
            let type = status.st_mode & S_IFMT
            if type == S_IFDIR {
                if hidden { continue }
                walk(path, relative: childRelative, displayPrefix: displayPrefix, root: rootPath, into: &entries,
                     visited: &visited, diagnostics: &diagnostics)
            } else if type == S_IFREG {
                entries.append(Entry(path: path, relative: childRelative, display: display))
            } else if !hidden {
                // A pipe would block the build for ever; a socket or device is not a file at all.
                diagnostics.append(.error(LoadMessages.notRegularFile, at: SourceLocation(file: display),
                                          hint: LoadMessages.notRegularFileHint, code: "unreadable-file"))
            }
        }
    }
}

extension FolderWalker {
    /// One entry of a folder's listing.
    struct Listed {
        /// Its name; bytes that are not UTF-8 are shown as U+FFFD.
        var name: String
        /// Its type as the folder lists it (`DT_REG`, `DT_DIR`, `DT_LNK`, ..., or `DT_UNKNOWN`
        /// where the file system does not say).
        var type: UInt8
        /// Whether the name is UTF-8 text. Only then is `name` the entry's real name, a path
        /// the file can be opened by.
        var isUTF8: Bool
    }

    /// A folder's entries, sorted by name; none when it cannot be read.
    static func list(_ folder: String) -> [Listed] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var entries: [Listed] = []
        DirectoryListing.forEach(in: directory) { bytes, type in
            let valid = String(validating: bytes, as: UTF8.self)
            entries.append(Listed(name: valid ?? String(decoding: bytes, as: UTF8.self), type: type, isUTF8: valid != nil))
            return true
        }
        return entries.sorted { $0.name < $1.name }
    }
}
