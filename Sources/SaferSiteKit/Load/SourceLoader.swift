import BundledTheme
import Diagnostics
import Foundation

/// The first stage: reads `content/` and `theme/` from a source folder into a `SourceTree`.
///
/// The theme is the site's own `theme/` folder laid over the bundled theme (`BundledTheme`) file
/// by file: a file of the site's at `templates/…` or `static/…` wins, and every bundled file it
/// does not replace is added, named `[bundled theme]/templates/…` in findings.
///
/// Problems with single files (unreadable, a symlink leading outside the source folder) are
/// reported as diagnostics; only a missing or unreadable source folder throws.
package struct SourceLoader: Sendable {
    /// The source folder: the one holding `content/` and `theme/`.
    package var root: URL
    /// The theme folder; `root/theme` unless set.
    package var themeRoot: URL
    /// Whether the bundled theme fills in what the theme folder lacks.
    package var usesBundledTheme: Bool

    /// Creates a loader for a source folder.
    package init(root: URL, themeRoot: URL? = nil, usesBundledTheme: Bool = true) {
        self.root = root.standardizedFileURL
        self.themeRoot = (themeRoot ?? root.appendingPathComponent("theme")).standardizedFileURL
        self.usesBundledTheme = usesBundledTheme
    }

    /// Reads every file of the site.
    package func load() throws -> (tree: SourceTree, diagnostics: [Diagnostic]) {
        let listing = try list()
        let (files, problems) = read(listing.files)
        return (SourceTree(files: files), listing.diagnostics + problems)
    }

    /// A file the build reads, found by `list()` but not read yet.
    package struct ListedFile: Sendable {
        /// Its path on disk (for a bundled theme file, its name in findings).
        package var path: String
        /// Its path relative to the source folder, as `SourceFile.path` and findings name it.
        package var display: String
        /// What it is.
        package var kind: SourceFile.Kind
        /// Whether it is left out when it is gone by the time it is read (an editor's scratch
        /// file under `content/`), rather than reported.
        var leftOutIfGone: Bool
        /// The bytes of a bundled theme file, which is inside the executable, not on disk.
        var bundled: Data? = nil
    }

    /// Every file the build reads, content first then the theme's (each folder's own files, then
    /// the bundled files they do not replace), each in path order, with the problems found while
    /// listing them. Throws only when there is no content folder.
    package func list() throws -> (files: [ListedFile], diagnostics: [Diagnostic]) {
        let content = root.appendingPathComponent("content")
        guard FileManager.default.fileExists(atPath: content.path) else {
            throw LoadError.missingContentFolder(content.path)
        }
        var diagnostics: [Diagnostic] = []
        let found = FolderWalker(showsHidden: StaticFiles.isInContentStatic).walk(content, displayPrefix: "content", diagnostics: &diagnostics)
        var files = found.compactMap { entry in
            Self.contentKind(of: entry.relative).map { ListedFile(path: entry.path, display: entry.display, kind: $0, leftOutIfGone: true) }
        }
        for (folder, kind) in [("templates", SourceFile.Kind.template), ("static", .themeStatic), ("archetypes", .archetype)] {
            let url = themeRoot.appendingPathComponent(folder)
            var own: Set<String> = []
            if FileManager.default.fileExists(atPath: url.path) {
                let walker = FolderWalker(showsHidden: { _ in kind == .themeStatic })
                for entry in walker.walk(url, displayPrefix: "theme/\(folder)", diagnostics: &diagnostics) {
                    if kind == .template && !entry.relative.hasSuffix(".mustache") { continue }
                    if kind == .archetype && !entry.relative.hasSuffix(".md") { continue }
                    // Even unreadable, the site's file is the one meant: the bundled one does not stand in.
                    own.insert(entry.relative)
                    files.append(ListedFile(path: entry.path, display: entry.display, kind: kind, leftOutIfGone: false))
                }
            }
            guard usesBundledTheme else { continue }
            for bundled in BundledTheme.files(under: folder) {
                let relative = String(bundled.path.dropFirst(folder.count + 1))
                if own.contains(relative) || (kind == .template && !relative.hasSuffix(".mustache"))
                    || (kind == .archetype && !relative.hasSuffix(".md")) { continue }
                let display = BundledTheme.displayPrefix + "/" + bundled.path
                files.append(ListedFile(path: display, display: display, kind: kind, leftOutIfGone: false, bundled: Data(bundled.bytes)))
            }
        }
        return (files, diagnostics)
    }

    /// The listed files read, on every core, in the order given, with the problems of those that
    /// could not be.
    package func read(_ listed: [ListedFile]) -> (files: [SourceFile], diagnostics: [Diagnostic]) {
        // A large site has thousands of small files: read them on every core, keep them in order.
        let read = ParallelMap.map(listed.count) { index -> Result<Data, Diagnostic>? in
            let file = listed[index]
            if let bundled = file.bundled { return .success(bundled) }
            let limit = [.asset, .themeStatic].contains(file.kind) ? nil : Self.maximumTextFileSize
            let result = Self.read(file.path, shownAs: file.display, limit: limit)
            // A file removed since the folder was listed (an editor's scratch file) is left out, as the listing would have.
            if case .failure = result, file.leftOutIfGone, access(file.path, F_OK) != 0 && errno == ENOENT { return nil }
            return result
        }
        var files: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
        files.reserveCapacity(listed.count)
        for (file, result) in zip(listed, read) {
            switch result {
            case .success(let data)?: files.append(SourceFile(path: file.display, kind: file.kind, data: data))
            case .failure(let problem)?: diagnostics.append(problem)
            case nil: continue
            }
        }
        return (files, diagnostics)
    }

    /// The largest page, settings, data or template file the build reads: 1 MiB, a hundred times
    /// the longest page of the Oxfordshire site. A bigger one is almost certainly a mistake (a
    /// pasted document, a log file named `.md`), and would make a page nobody can read on a phone.
    package static let maximumTextFileSize = 1 << 20

    /// What a file under `content/` is, or nil for files the build ignores (hidden files outside
    /// `content/static/`, editor backups and other junk, `StaticFiles.isJunk`). Everything in
    /// `content/static/` is copied as it is, Markdown included.
    package static func contentKind(of relativePath: String) -> SourceFile.Kind? {
        let parts = relativePath.split(separator: "/")
        guard let name = parts.last else { return nil }
        if parts.contains(where: StaticFiles.isJunk) { return nil }
        if StaticFiles.isInContentStatic(relativePath) { return .asset }
        if parts.contains(where: { $0.hasPrefix(".") }) || name.hasSuffix("~") { return nil }
        if relativePath == "_site.yaml" || relativePath == "_site.yml" { return .settings }
        if parts.first == "_data" {
            return [".yaml", ".yml", ".csv"].contains(where: name.hasSuffix) ? .data : nil
        }
        if parts.contains(where: { $0.hasPrefix("_") && $0 != "_index.md" }) { return nil }
        if name.hasSuffix(".md") {
            if relativePath == "index.md" { return .home }
            return name == "_index.md" ? .sectionIndex : .page
        }
        return .asset
    }
}

/// Why loading could not start at all.
public enum LoadError: Error, CustomStringConvertible {
    /// The source folder has no `content/` folder (its expected path).
    case missingContentFolder(String)

    /// The message for the person running the build.
    public var description: String {
        switch self {
        case .missingContentFolder(let path):
            "there is no content folder at \(path); run safersite in the site's folder or pass --source"
        }
    }
}

// MARK: - Helpers

extension SourceLoader {
    /// A file's bytes, or the problem when it cannot be read or is bigger than `limit` (only
    /// `limit + 1` bytes are ever read, so a huge file costs no memory). `display` is the path
    /// shown in the problem, e.g. `content/about.md`.
    ///
    /// Read with `open` and `read` on the path: Foundation's `URL` and `FileHandle` looked the
    /// file up twice more, which for a site of thousands of small files was a third of the load stage.
    static func read(_ path: String, shownAs display: String, limit: Int?) -> Result<Data, Diagnostic> {
        let unreadable = Diagnostic.error(LoadMessages.unreadable, at: SourceLocation(file: display),
                                          hint: LoadMessages.unreadableHint, code: "unreadable-file")
        // Not blocking: a pipe put in a file's place since the folder was listed must not hang the build.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(unreadable) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(unreadable) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return .failure(.error(LoadMessages.notRegularFile, at: SourceLocation(file: display),
                                   hint: LoadMessages.notRegularFileHint, code: "unreadable-file"))
        }
        // Another name for the same file may be anywhere on the disk (`ln ../.env notes.txt`):
        // what it would publish cannot be known (`FolderWalker` gives the rule for links).
        guard status.st_nlink <= 1 else {
            return .failure(.error(LoadMessages.hardLink, at: SourceLocation(file: display), hint: LoadMessages.hardLinkHint, code: "symlink"))
        }
        let most = limit.map { $0 + 1 } ?? Int.max
        // Room for one byte more than the file's size, so that a file that grew since is noticed.
        var capacity = min(most, max(Int(status.st_size) + 1, 64))
        guard var bytes = malloc(capacity) else { return .failure(unreadable) }
        var filled = 0
        while filled < most {
            if filled == capacity {
                capacity = min(most, capacity * 2)
                guard let grown = realloc(bytes, capacity) else {
                    free(bytes)
                    return .failure(unreadable)
                }
                bytes = grown
            }
            let got = Glibc.read(descriptor, bytes + filled, capacity - filled)
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                free(bytes)
                return .failure(unreadable)
            }
            filled += got
        }
        if let limit, filled > limit {
            free(bytes)
            return .failure(.error(LoadMessages.tooBig(limit: limit), at: SourceLocation(file: display),
                                   hint: LoadMessages.tooBigHint, code: "file-too-big"))
        }
        return .success(Data(bytesNoCopy: bytes, count: filled, deallocator: .free))
    }
}

/// The load stage's messages, named so tests can compare with them.
package enum LoadMessages {
    package static let unreadable = "this file could not be read"
    package static let unreadableHint = "check that the file exists and that you are allowed to read it"
    package static let symlinkOutside = "this is a link to a file outside its folder (content/, or the theme's), or to a hidden one, which the build does not follow"
    package static let symlinkOutsideHint = "copy the file into the folder instead of linking to it"
    package static let hardLink = "this file has other names elsewhere on the disk (hard links), so the build cannot tell what it would publish"
    package static let hardLinkHint = "replace it with a copy: cp FILE FILE.copy && mv FILE.copy FILE"
    package static let symlinkLoop = "this link leads round in a loop"
    package static let symlinkLoopHint = "remove the link or point it at a real file"
    package static let symlinkBroken = "this is a link to a file that does not exist"
    package static let symlinkBrokenHint = "remove the link or point it at a file that exists"
    package static let nameNotUTF8 = "this file is left out: its name has bytes that are not UTF-8 text, so the build cannot name it in a page's address"
    /// A file name holding a character that a web address reads as something else.
    package static func nameNotAddress(_ character: Character) -> String {
        "this file is left out: its name holds '\(character)', which a web address reads as something else, so no link could reach it"
    }
    package static let nameNotUTF8Hint = "rename it using letters, numbers and hyphens, e.g. cafe-opening-hours.md"
    package static let notRegularFile = "this is not a regular file (a pipe, socket or device), so the build does not read it"
    package static let notRegularFileHint = "remove it from the site's folder"
    package static let tooBigHint = "split it into several pages; a long report is better published as a PDF beside a page that summarises it"

    /// A page, settings, data or template file over the size limit.
    package static func tooBig(limit: Int) -> String {
        "this file is bigger than \(limit >> 20) MB, the most a page, data or template file may be"
    }
}
