import Foundation

/// The first stage: reads `content/` and `theme/` from a source folder into a `SourceTree`.
///
/// Problems with single files (unreadable, a symlink leading outside the source folder) are
/// reported as diagnostics; only a missing or unreadable source folder throws.
public struct SourceLoader: Sendable {
    /// The source folder: the one holding `content/` and `theme/`.
    public var root: URL
    /// The theme folder; `root/theme` unless set.
    public var themeRoot: URL

    /// Creates a loader for a source folder.
    public init(root: URL, themeRoot: URL? = nil) {
        self.root = root.standardizedFileURL
        self.themeRoot = (themeRoot ?? root.appendingPathComponent("theme")).standardizedFileURL
    }

    /// Reads every file of the site.
    public func load() throws -> (tree: SourceTree, diagnostics: [Diagnostic]) {
        let content = root.appendingPathComponent("content")
        guard FileManager.default.fileExists(atPath: content.path) else {
            throw LoadError.missingContentFolder(content.path)
        }
        var files: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
        let walker = FolderWalker(sourceRoot: root)
        for entry in walker.walk(content, displayPrefix: "content", diagnostics: &diagnostics) {
            guard let kind = Self.contentKind(of: entry.relative) else { continue }
            if let data = read(entry, diagnostics: &diagnostics) {
                files.append(SourceFile(path: entry.display, kind: kind, data: data))
            }
        }
        for (folder, kind) in [("templates", SourceFile.Kind.template), ("static", .themeStatic)] {
            let url = themeRoot.appendingPathComponent(folder)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let walkerForTheme = FolderWalker(sourceRoot: themeRoot)
            for entry in walkerForTheme.walk(url, displayPrefix: "theme/\(folder)", diagnostics: &diagnostics) {
                if kind == .template && !entry.relative.hasSuffix(".mustache") { continue }
                if let data = read(entry, diagnostics: &diagnostics) {
                    files.append(SourceFile(path: entry.display, kind: kind, data: data))
                }
            }
        }
        return (SourceTree(files: files), diagnostics)
    }

    /// What a file under `content/` is, or nil for files the build ignores (hidden files, editor backups).
    public static func contentKind(of relativePath: String) -> SourceFile.Kind? {
        let parts = relativePath.split(separator: "/").map(String.init)
        guard let name = parts.last else { return nil }
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
    case missingContentFolder(String)

    public var description: String {
        switch self {
        case .missingContentFolder(let path):
            "there is no content folder at \(path); run safersite in the site's folder or pass --source"
        }
    }
}

// MARK: - Helpers

private extension SourceLoader {
    func read(_ entry: FolderWalker.Entry, diagnostics: inout [Diagnostic]) -> Data? {
        do {
            return try Data(contentsOf: entry.url)
        } catch {
            diagnostics.append(.error(
                LoadMessages.unreadable, at: SourceLocation(file: entry.display),
                hint: LoadMessages.unreadableHint, code: "unreadable-file"))
            return nil
        }
    }
}

/// The load stage's messages, named so tests can compare with them.
public enum LoadMessages {
    public static let unreadable = "this file could not be read"
    public static let unreadableHint = "check that the file exists and that you are allowed to read it"
    public static let symlinkOutside = "this is a link to a file outside the site's folder, which the build does not follow"
    public static let symlinkOutsideHint = "copy the file into the site's folder instead of linking to it"
    public static let symlinkLoop = "this link leads round in a loop"
    public static let symlinkLoopHint = "remove the link or point it at a real file"
}
